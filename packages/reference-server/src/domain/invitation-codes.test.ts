import { randomUUID } from 'node:crypto';
import { isUuid } from '@grantkit/sdk/rules';
import { DEFAULT_RATE_LIMITS } from '../security/rate-limit-policy.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError, ValidationError } from '../errors.js';
import { sealClearInvitationCodes } from '../storage/invitation-code-store.js';
import { createStore, type Store } from '../storage/store.js';
import { createCodeSealer } from '../security/code-sealing.js';
import { createTestGroup, createTestUser } from '../testing/group-fixtures.js';
import { createTestDatabase, storeKinds, TEST_SECRET, type TestDatabase } from '../testing/test-database.js';
import {
  copyText,
  createInvitationCodes,
  deactivateInvitationCode,
  generateCode,
  listInvitationCodes,
  normalizeCode,
  redeemInvitationCode,
} from './invitation-codes.js';

const DAY = 86_400_000;

/** The DomainError `fn` rejects with (fails the test if it resolves). */
async function rejection(fn: () => Promise<unknown>): Promise<DomainError> {
  try {
    await fn();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return error as DomainError;
  }
  throw new Error('expected a DomainError');
}

describe('code format', () => {
  it('generates codes in the 8-4-4-4-12 lowercase hex layout, all different', () => {
    const codes = Array.from({ length: 500 }, generateCode);
    for (const code of codes) expect(isUuid(code) && code === code.toLowerCase(), code).toBe(true);
    expect(new Set(codes).size).toBe(codes.length);
    // All 32 hex digits are random (no fixed UUID version nibble): position 14 varies.
    expect(new Set(codes.map((c) => c[14])).size).toBeGreaterThan(8);
  });

  it('trims and lower-cases typed codes and refuses anything else with code_malformed', () => {
    expect(normalizeCode('  0601152C-6AA0-4F6D-5E85-464249405207\n')).toBe('0601152c-6aa0-4f6d-5e85-464249405207');
    for (const bad of ['', 'hello', '0601152c6aa04f6d5e85464249405207', 'f6c9a4ac-c908-4476-4740-6ae827de98e', '0601152g-6aa0-4f6d-5e85-464249405207']) {
      expect(() => normalizeCode(bad)).toThrow(expect.objectContaining({ code: 'code_malformed', status: 400 }));
    }
  });

  it('copy text names the group and the validity date, one code per line', () => {
    const text = copyText({ name: 'Acme Energy', lookupKey: 'TZBV' }, new Date('2026-12-01T09:00:00Z'), ['a', 'b']);
    expect(text).toBe('Invitation codes for Acme Energy (TZBV)\nValid until: 2026-12-01\n\na\nb');
  });
});

describe.each(storeKinds)('invitation codes on %s', (kind) => {
  let database: TestDatabase;
  let store: Store;
  const now = new Date('2026-11-21T09:00:00Z');
  beforeAll(async () => {
    database = await createTestDatabase(kind);
    store = createStore(database.db, TEST_SECRET);
  });
  afterAll(async () => database?.close());

  const create = (actor: { id: string; name: string; email: string; createdAt: Date }, groupId: string, extra: Partial<{ count: number; validityDays: number; roles: string[]; at: Date }> = {}) =>
    createInvitationCodes(store, { actor, groupId, count: extra.count ?? 1, validityDays: extra.validityDays, roles: extra.roles ?? ['installer'], now: extra.at ?? now });
  const redeem = (user: { id: string; name: string; email: string; createdAt: Date }, code: string, at = now, address = randomUUID()) =>
    redeemInvitationCode(store, { user, code, address, now: at, limits: DEFAULT_RATE_LIMITS });

  describe('create', () => {
    it('creates 1-10 equivalent codes sharing roles, batch and a 10-day default validity, and audits it', async () => {
      const { group, admin } = await createTestGroup(store);
      const batch = await create(admin, group.id, { count: 3, roles: ['operator', 'installer'] });
      expect(batch.codes).toHaveLength(3);
      expect(new Set(batch.codes.map((c) => c.code)).size).toBe(3);
      expect(batch.expiresAt.getTime()).toBe(now.getTime() + 10 * DAY);
      for (const code of batch.codes) {
        expect(code.roles).toEqual(['installer', 'operator']);
        expect(code.batchId).toBe(batch.batchId);
        expect(code.createdByName).toBe(admin.name);
        expect(code.storedStatus).toBe('valid');
        expect(code.mode).toBe('group');
      }
      expect(batch.copyText).toContain(group.name);
      expect(batch.copyText).toContain('2026-12-01');
      for (const code of batch.codes) expect(batch.copyText).toContain(code.code);
      const audit = (await store.audit.listForGroup(group.id, { limit: 200 })).items;
      expect(audit.map((e) => e.action)).toEqual(['invitation_code.created']);
      expect(JSON.stringify(audit[0]!.data)).not.toContain(batch.codes[0]!.code);
      const ten = await create(admin, group.id, { count: 10, validityDays: 90 });
      expect(ten.codes).toHaveLength(10);
      expect(ten.expiresAt.getTime()).toBe(now.getTime() + 90 * DAY);
    });

    it('refuses out-of-range count and validity, naming each field, and creates nothing', async () => {
      const { group, admin } = await createTestGroup(store);
      for (const [count, validityDays, fields] of [
        [0, 10, ['count']],
        [11, 10, ['count']],
        [2.5, 10, ['count']],
        [1, 0, ['validity_days']],
        [1, 91, ['validity_days']],
        [0, 100, ['count', 'validity_days']],
      ] as const) {
        const error = await rejection(() => create(admin, group.id, { count, validityDays }));
        expect(error).toBeInstanceOf(ValidationError);
        expect((error as ValidationError).errors.map((e) => e.field)).toEqual(fields);
      }
      const listed = await listInvitationCodes(store, { actor: admin, page: { limit: 50 }, now, groupId: group.id });
      expect(listed.total).toBe(0);
      expect((await store.audit.listForGroup(group.id, { limit: 200 })).items).toEqual([]);
    });

    it('refuses empty, unknown and combined exclusive roles', async () => {
      const { group, admin } = await createTestGroup(store);
      const codes = async (roles: string[]) => ((await rejection(() => create(admin, group.id, { roles }))) as ValidationError).errors.map((e) => e.code);
      expect(await codes([])).toEqual(['roles_required']);
      expect(await codes(['superuser'])).toEqual(['unknown_role']);
      expect(await codes(['auditor', 'installer'])).toEqual(['exclusive_role']);
      expect((await create(admin, group.id, { roles: ['auditor'] })).codes[0]!.roles).toEqual(['auditor']);
    });

    it('lets only admins of that group create codes (403 for members, 404 for outsiders)', async () => {
      const { group } = await createTestGroup(store);
      const member = await createTestUser(store);
      await store.groups.upsertMember(group.id, member.id, ['installer']);
      expect((await rejection(() => create(member, group.id))).code).toBe('not_group_admin');
      const other = await createTestGroup(store, { name: 'Volt' });
      expect((await rejection(() => create(other.admin, group.id))).status).toBe(404);
    });

    it('marks codes of a partner group (a group under an organisation, issue 7) as partner mode', async () => {
      const { group, admin } = await createTestGroup(store);
      expect((await create(admin, group.id)).codes[0]!.mode).toBe('group');
      const column = await database.db.query(
        `SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'groups' AND column_name = 'organisation_id'`,
      );
      if (!column.length) return; // issue 7's migration is not in this tree
      const organisationId = randomUUID();
      await database.db.query(`INSERT INTO organisations (id, name) VALUES ($1, 'Org')`, [organisationId]);
      await database.db.query(`UPDATE groups SET organisation_id = $2 WHERE id = $1`, [group.id, organisationId]);
      expect((await create(admin, group.id)).codes[0]!.mode).toBe('partner');
    });
  });

  describe('redeem', () => {
    it('makes the user a member with the code’s roles, once, and audits it', async () => {
      const { group, admin } = await createTestGroup(store);
      const [code] = (await create(admin, group.id, { roles: ['installer', 'operator'] })).codes;
      const user = await createTestUser(store);
      const result = await redeem(user, code!.code.toUpperCase());
      expect(result.outcome).toBe('joined');
      expect(result.group.id).toBe(group.id);
      expect(result.roles.map((r) => r.key)).toEqual(['installer', 'operator']);
      expect(result.added).toEqual(['installer', 'operator']);
      expect(result.isAdmin).toBe(false);
      const membership = await store.groups.findMembership(group.id, user.id);
      expect(membership?.roles).toEqual(['installer', 'operator']);
      const row = await store.invitationCodes.findById(code!.id);
      expect(row?.storedStatus).toBe('used');
      expect(row?.usedBy).toBe(user.id);
      expect(row?.usedAt?.getTime()).toBe(now.getTime());
      expect(((await store.audit.listForGroup(group.id, { limit: 200 })).items).map((e) => e.action)).toContain('invitation_code.redeemed');
      const stranger = await createTestUser(store);
      const again = await rejection(() => redeem(stranger, code!.code));
      expect([again.code, again.status]).toEqual(['code_already_used', 409]);
      const self = await rejection(() => redeem(user, code!.code));
      expect(self.code).toBe('code_already_used');
    });

    it('merges roles into an existing membership', async () => {
      const { group, admin } = await createTestGroup(store);
      const user = await createTestUser(store);
      await store.groups.upsertMember(group.id, user.id, ['operator']);
      const [code] = (await create(admin, group.id, { roles: ['admin'] })).codes;
      const result = await redeem(user, code!.code);
      expect(result.outcome).toBe('roles_added');
      expect(result.added).toEqual(['admin']);
      expect(result.roles.map((r) => r.key)).toEqual(['admin', 'operator']);
      expect(result.isAdmin).toBe(true);
      expect((await store.groups.findMembership(group.id, user.id))?.isAdmin).toBe(true);
      expect((await store.invitationCodes.findById(code!.id))?.storedStatus).toBe('used');
    });

    it('answers already_member to a member who has every role of the code, and leaves the code valid and nothing changed', async () => {
      const { group, admin } = await createTestGroup(store);
      const user = await createTestUser(store);
      await store.groups.upsertMember(group.id, user.id, ['installer', 'operator']);
      const [code] = (await create(admin, group.id, { roles: ['operator'] })).codes;
      const used = async () => (await listInvitationCodes(store, { actor: admin, groupId: group.id, status: 'used', page: { limit: 10 }, now })).total;
      const history = async () => (await store.audit.listForGroup(group.id, { limit: 200 })).items.length;
      const [usedBefore, eventsBefore] = [await used(), await history()];
      const result = await redeem(user, code!.code);
      expect(result.outcome).toBe('already_member');
      expect(result.added).toEqual([]);
      expect(result.roles.map((r) => r.key)).toEqual(['installer', 'operator']);
      const row = await store.invitationCodes.findById(code!.id);
      expect([row?.storedStatus, row?.usedBy, row?.usedAt]).toEqual(['valid', null, null]);
      expect(await used()).toBe(usedBefore);
      expect(await history()).toBe(eventsBefore);
      expect((await store.groups.findMembership(group.id, user.id))?.roles).toEqual(['installer', 'operator']);
      // A code that is no longer usable still says why, member or not.
      await deactivateInvitationCode(store, { actor: admin, id: code!.id, now });
      expect((await rejection(() => redeem(user, code!.code))).code).toBe('code_deactivated');
    });

    it('refuses a merge that breaks exclusivity with roles_conflict and leaves the code valid and the membership unchanged', async () => {
      const { group, admin } = await createTestGroup(store);
      const user = await createTestUser(store);
      await store.groups.upsertMember(group.id, user.id, ['auditor']);
      const [code] = (await create(admin, group.id, { roles: ['installer'] })).codes;
      const error = await rejection(() => redeem(user, code!.code));
      expect([error.code, error.status]).toEqual(['roles_conflict', 409]);
      expect((await store.invitationCodes.findById(code!.id))?.storedStatus).toBe('valid');
      expect((await store.groups.findMembership(group.id, user.id))?.roles).toEqual(['auditor']);
      expect(((await store.audit.listForGroup(group.id, { limit: 200 })).items).map((e) => e.action)).not.toContain('invitation_code.redeemed');
      // Someone else can still use it.
      const other = await createTestUser(store);
      expect((await redeem(other, code!.code)).roles.map((r) => r.key)).toEqual(['installer']);
    });

    it('gives unknown, malformed, deactivated and expired codes their own errors', async () => {
      const { group, admin } = await createTestGroup(store);
      const user = await createTestUser(store);
      expect((await rejection(() => redeem(user, generateCode()))).code).toBe('code_unknown');
      expect((await rejection(() => redeem(user, 'not a code'))).code).toBe('code_malformed');
      const [a, b] = (await create(admin, group.id, { count: 2, validityDays: 1 })).codes;
      await deactivateInvitationCode(store, { actor: admin, id: a!.id, now });
      const deactivated = await rejection(() => redeem(user, a!.code));
      expect([deactivated.code, deactivated.status]).toEqual(['code_deactivated', 410]);
      const expired = await rejection(() => redeem(user, b!.code, new Date(now.getTime() + DAY)));
      expect([expired.code, expired.status]).toEqual(['code_expired', 410]);
      // One millisecond before the end it still works.
      expect((await redeem(user, b!.code, new Date(now.getTime() + DAY - 1))).group.id).toBe(group.id);
    });

    it('treats codes of a deactivated group as unknown and leaves them unused', async () => {
      const { group, admin } = await createTestGroup(store);
      const [code] = (await create(admin, group.id)).codes;
      await database.db.query(`UPDATE groups SET deactivated_at = $2 WHERE id = $1`, [group.id, now]);
      const user = await createTestUser(store);
      expect((await rejection(() => redeem(user, code!.code))).code).toBe('code_unknown');
      expect((await store.invitationCodes.findById(code!.id))?.storedStatus).toBe('valid');
      expect(await store.groups.findMembership(group.id, user.id)).toBeUndefined();
    });

    it('rate limits attempts per user and per address', async () => {
      const user = await createTestUser(store);
      for (let i = 0; i < DEFAULT_RATE_LIMITS.redeemPerUser.max; i++) expect((await rejection(() => redeem(user, generateCode()))).code).toBe('code_unknown');
      const limited = await rejection(() => redeem(user, generateCode()));
      expect([limited.code, limited.status]).toEqual(['rate_limited', 429]);
      expect(Number(limited.extras.retry_after)).toBeGreaterThan(0);
      // Several users behind one address share the address budget.
      const address = randomUUID();
      const users = await Promise.all(Array.from({ length: 6 }, () => createTestUser(store)));
      for (let i = 0; i < DEFAULT_RATE_LIMITS.redeemPerAddress.max; i++) {
        expect((await rejection(() => redeem(users[i % users.length]!, generateCode(), now, address))).code).toBe('code_unknown');
      }
      const newcomer = await createTestUser(store);
      const byAddress = await rejection(() => redeem(newcomer, generateCode(), now, address));
      expect(byAddress.code).toBe('rate_limited');
    });
  });

  describe('deactivate and list', () => {
    it('deactivates only valid codes of a group the actor administers', async () => {
      const { group, admin } = await createTestGroup(store);
      const [a, b, c] = (await create(admin, group.id, { count: 3, validityDays: 2 })).codes;
      const done = await deactivateInvitationCode(store, { actor: admin, id: a!.id, now });
      expect(done.storedStatus).toBe('deactivated');
      expect((await rejection(() => deactivateInvitationCode(store, { actor: admin, id: a!.id, now }))).code).toBe('code_deactivated');
      const redeemer = await createTestUser(store);
      await redeem(redeemer, b!.code);
      expect((await rejection(() => deactivateInvitationCode(store, { actor: admin, id: b!.id, now }))).code).toBe('code_already_used');
      expect((await rejection(() => deactivateInvitationCode(store, { actor: admin, id: c!.id, now: new Date(now.getTime() + 3 * DAY) }))).code).toBe('code_expired');
      const outsider = await createTestGroup(store, { name: 'Other' });
      expect((await rejection(() => deactivateInvitationCode(store, { actor: outsider.admin, id: c!.id, now }))).status).toBe(404);
      expect((await rejection(() => deactivateInvitationCode(store, { actor: admin, id: randomUUID(), now }))).status).toBe(404);
      const actions = ((await store.audit.listForGroup(group.id, { limit: 200 })).items).map((e) => e.action);
      expect(actions.filter((a) => a === 'invitation_code.deactivated')).toHaveLength(1);
    });

    it('lists the codes of every group I administer, newest first, filtered and paginated, with computed expiry', async () => {
      const admin = await createTestUser(store, 'Multi Admin');
      const g1 = await createTestGroup(store, { name: 'One', admin });
      const g2 = await createTestGroup(store, { name: 'Two', admin });
      const foreign = await createTestGroup(store, { name: 'Foreign' });
      await create(foreign.admin, foreign.group.id, { count: 2 });
      const early = await create(admin, g1.group.id, { count: 2, validityDays: 1, at: new Date(now.getTime() - 2 * DAY) });
      const mid = await create(admin, g2.group.id, { count: 1, at: new Date(now.getTime() - DAY) });
      const late = await create(admin, g1.group.id, { count: 3 });
      const user = await createTestUser(store);
      await redeem(user, late.codes[0]!.code);
      await deactivateInvitationCode(store, { actor: admin, id: late.codes[1]!.id, now });

      const all = await listInvitationCodes(store, { actor: admin, page: { limit: 50 }, now });
      expect(all.total).toBe(6);
      expect(all.items.map((c) => c.createdAt.getTime())).toEqual([...all.items.map((c) => c.createdAt.getTime())].sort((x, y) => y - x));
      expect(all.items.every((c) => [g1.group.id, g2.group.id].includes(c.groupId))).toBe(true);
      const used = all.items.find((c) => c.id === late.codes[0]!.id)!;
      expect([used.usedByName, used.usedByEmail]).toEqual([user.name, user.email]);

      const by = async (status: 'valid' | 'used' | 'deactivated' | 'expired', groupId?: string) =>
        (await listInvitationCodes(store, { actor: admin, status, groupId, page: { limit: 50 }, now })).items.map((c) => c.id).sort();
      expect(await by('expired')).toEqual(early.codes.map((c) => c.id).sort());
      expect(await by('used')).toEqual([late.codes[0]!.id]);
      expect(await by('deactivated')).toEqual([late.codes[1]!.id]);
      expect(await by('valid')).toEqual([late.codes[2]!.id, mid.codes[0]!.id].sort());
      expect(await by('valid', g2.group.id)).toEqual([mid.codes[0]!.id]);

      const page1 = await listInvitationCodes(store, { actor: admin, page: { limit: 4 }, now });
      // Two groups' codes merged newest first: the second page starts after the first one's last code.
      const page2 = await listInvitationCodes(store, { actor: admin, page: { limit: 4, after: page1.nextAfter! }, now });
      expect([page1.items.length, page2.items.length, page2.total, page2.nextAfter]).toEqual([4, 2, 6, null]);
      expect([...page1.items, ...page2.items].map((c) => c.id)).toEqual(all.items.map((c) => c.id));
      expect(new Set([...page1.items, ...page2.items].map((c) => c.id)).size).toBe(6);

      expect((await rejection(() => listInvitationCodes(store, { actor: admin, groupId: foreign.group.id, page: { limit: 5 }, now }))).status).toBe(404);
      expect((await listInvitationCodes(store, { actor: user, page: { limit: 5 }, now })).total).toBe(0);
    });
  });

  // Codes at rest (security/code-sealing.ts): the row holds neither the clear code nor anything
  // that reveals it without GRANTKIT_SECRET; redeem finds it by its keyed hash; the list shows it.
  describe('sealed at rest', () => {
    const rowOf = async (id: string) => {
      const [row] = await database.db.query<Record<string, unknown>>('SELECT * FROM invitation_codes WHERE id = $1', [id]);
      return row!;
    };

    it('the row holds no clear code; the list shows it; redeem finds it by its keyed hash', async () => {
      const { group, admin } = await createTestGroup(store);
      const batch = await createInvitationCodes(store, { actor: admin, groupId: group.id, count: 2, roles: ['installer'], now });
      for (const code of batch.codes) {
        const row = await rowOf(code.id);
        expect(row.code).toBeNull();
        expect(JSON.stringify(row)).not.toContain(code.code);
        expect(JSON.stringify(row)).not.toContain(code.code.replaceAll('-', ''));
        expect(row.code_lookup).toBe(createCodeSealer(TEST_SECRET).lookup(code.code));
      }
      const listed = await listInvitationCodes(store, { actor: admin, groupId: group.id, status: undefined, page: { limit: 10 }, now });
      expect(JSON.stringify(listed)).toContain(batch.codes[0]!.code);
      expect(JSON.stringify(listed)).toContain(batch.codes[1]!.code);

      const user = await createTestUser(store);
      const redeemed = await redeemInvitationCode(store, { user, code: batch.codes[0]!.code, address: randomUUID(), now, limits: DEFAULT_RATE_LIMITS });
      expect(redeemed).toBeDefined();
      expect((await store.invitationCodes.findById(batch.codes[0]!.id))?.storedStatus).toBe('used');
      // Another secret can neither find nor open the code.
      const other = createStore(database.db, new Uint8Array(32).fill(8));
      expect(await other.invitationCodes.findByCode(batch.codes[1]!.code)).toBeUndefined();
    });

    it('codes stored in clear by an older version are sealed at start, and still redeem', async () => {
      const { group, admin } = await createTestGroup(store);
      const batch = await createInvitationCodes(store, { actor: admin, groupId: group.id, count: 1, roles: ['installer'], now });
      const { id, code } = batch.codes[0]!;
      // What a row looked like before migration 0011.
      await database.db.query('UPDATE invitation_codes SET code = $2, code_lookup = NULL, code_sealed = NULL WHERE id = $1', [id, code]);
      expect(await sealClearInvitationCodes(database.db, createCodeSealer(TEST_SECRET))).toBeGreaterThanOrEqual(1);
      expect(await sealClearInvitationCodes(database.db, createCodeSealer(TEST_SECRET))).toBe(0);
      const row = await rowOf(id);
      expect(row.code).toBeNull();
      expect(JSON.stringify(row)).not.toContain(code);
      expect((await store.invitationCodes.findByCode(code))?.id).toBe(id);
      const user = await createTestUser(store);
      await redeemInvitationCode(store, { user, code, address: randomUUID(), now, limits: DEFAULT_RATE_LIMITS });
      expect((await store.invitationCodes.findById(id))?.storedStatus).toBe('used');
    });
  });
});
