import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError, ValidationError } from '../errors.js';
import { createStore, type Store } from '../storage/store.js';
import { createTestGroup, createTestUser } from '../testing/group-fixtures.js';
import { createTestDatabase, storeKinds, TEST_SECRET, type TestDatabase } from '../testing/test-database.js';
import { changeMemberRoles, listMembers, listRoleCatalogue, removeMember } from './members.js';

async function rejection(fn: () => Promise<unknown>): Promise<DomainError> {
  try {
    await fn();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return error as DomainError;
  }
  throw new Error('expected a DomainError');
}

describe.each(storeKinds)('members on %s', (kind) => {
  let database: TestDatabase;
  let store: Store;
  const now = new Date('2026-11-21T09:00:00Z');
  beforeAll(async () => {
    database = await createTestDatabase(kind);
    store = createStore(database.db, TEST_SECRET);
  });
  afterAll(async () => database?.close());

  async function groupWithMember() {
    const { group, admin } = await createTestGroup(store);
    const member = await createTestUser(store, 'Mia Member');
    await store.groups.upsertMember(group.id, member.id, ['installer']);
    return { group, admin, member };
  }

  it('lists members with roles and admin flag to admins only', async () => {
    const { group, admin, member } = await groupWithMember();
    const { items } = await listMembers(store, { actor: admin, groupId: group.id, page: { limit: 50 } });
    expect(items.map((m) => [m.userId, m.roles, m.isAdmin])).toEqual(
      expect.arrayContaining([
        [admin.id, ['admin'], true],
        [member.id, ['installer'], false],
      ]),
    );
    expect((await rejection(() => listMembers(store, { actor: member, groupId: group.id, page: { limit: 50 } }))).status).toBe(403);
    const outsider = await createTestUser(store);
    expect((await rejection(() => listMembers(store, { actor: outsider, groupId: group.id, page: { limit: 50 } }))).status).toBe(404);
    expect((await listRoleCatalogue(store, { actor: member, groupId: group.id })).map((r) => r.key)).toContain('auditor');
    expect((await rejection(() => listRoleCatalogue(store, { actor: outsider, groupId: group.id }))).status).toBe(404);
  });

  it('changes roles with the catalogue rules and audits it', async () => {
    const { group, admin, member } = await groupWithMember();
    const changed = await changeMemberRoles(store, { actor: admin, groupId: group.id, userId: member.id, roles: ['operator', 'admin'], now });
    expect([changed.roles, changed.isAdmin]).toEqual([['admin', 'operator'], true]);
    expect((await store.groups.findMembership(group.id, member.id))?.roles).toEqual(['admin', 'operator']);
    for (const [roles, code] of [
      [[], 'roles_required'],
      [['nope'], 'unknown_role'],
      [['auditor', 'operator'], 'exclusive_role'],
    ] as const) {
      const error = await rejection(() => changeMemberRoles(store, { actor: admin, groupId: group.id, userId: member.id, roles, now }));
      expect((error as ValidationError).errors.map((e) => e.code)).toEqual([code]);
    }
    expect((await store.groups.findMembership(group.id, member.id))?.roles).toEqual(['admin', 'operator']);
    const events = ((await store.audit.listForGroup(group.id, { limit: 200 })).items).filter((e) => e.action === 'group_member.roles_changed');
    expect(events).toHaveLength(1);
    expect(events[0]!.data).toMatchObject({ previous_roles: ['installer'], roles: ['admin', 'operator'] });
  });

  it('refuses demoting or removing the last admin with last_admin, allows it once another admin exists', async () => {
    const { group, admin, member } = await groupWithMember();
    const demote = await rejection(() => changeMemberRoles(store, { actor: admin, groupId: group.id, userId: admin.id, roles: ['installer'], now }));
    expect([demote.code, demote.status]).toEqual(['last_admin', 409]);
    const remove = await rejection(() => removeMember(store, { actor: admin, groupId: group.id, userId: admin.id, now }));
    expect(remove.code).toBe('last_admin');
    expect((await store.groups.findMembership(group.id, admin.id))?.isAdmin).toBe(true);
    await changeMemberRoles(store, { actor: admin, groupId: group.id, userId: member.id, roles: ['admin'], now });
    await removeMember(store, { actor: admin, groupId: group.id, userId: admin.id, now });
    expect(await store.groups.findMembership(group.id, admin.id)).toBeUndefined();
    // Now the former member is the last admin.
    expect((await rejection(() => removeMember(store, { actor: member, groupId: group.id, userId: member.id, now }))).code).toBe('last_admin');
  });

  it('removes a member, who loses the membership at once; audits it; 404 for non-members', async () => {
    const { group, admin, member } = await groupWithMember();
    await removeMember(store, { actor: admin, groupId: group.id, userId: member.id, now });
    expect(await store.groups.findMembership(group.id, member.id)).toBeUndefined();
    expect(((await store.audit.listForGroup(group.id, { limit: 200 })).items).map((e) => e.action)).toContain('group_member.removed');
    expect((await rejection(() => removeMember(store, { actor: admin, groupId: group.id, userId: member.id, now }))).status).toBe(404);
    expect((await rejection(() => removeMember(store, { actor: admin, groupId: group.id, userId: randomUUID(), now }))).status).toBe(404);
    // A removed member can no longer manage anything.
    expect((await rejection(() => listMembers(store, { actor: member, groupId: group.id, page: { limit: 50 } }))).status).toBe(404);
  });

  it('lets only admins change or remove (403 for members, 404 for other groups’ admins)', async () => {
    const { group, admin, member } = await groupWithMember();
    expect((await rejection(() => removeMember(store, { actor: member, groupId: group.id, userId: admin.id, now }))).status).toBe(403);
    const other = await createTestGroup(store, { name: 'Other' });
    expect((await rejection(() => changeMemberRoles(store, { actor: other.admin, groupId: group.id, userId: member.id, roles: ['operator'], now }))).status).toBe(404);
  });

  it('keeps an admin when two admins remove each other at the same time', async () => {
    const { group, admin } = await createTestGroup(store);
    const second = await createTestUser(store, 'Second Admin');
    await store.groups.upsertMember(group.id, second.id, ['admin']);
    const results = await Promise.allSettled([
      removeMember(store, { actor: admin, groupId: group.id, userId: second.id, now }),
      removeMember(store, { actor: second, groupId: group.id, userId: admin.id, now }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const admins = ((await store.groups.listMembers(group.id, { limit: 200 })).items).filter((m) => m.roles.includes('admin'));
    expect(admins).toHaveLength(1);
  });
});
