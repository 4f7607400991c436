/**
 * @module testing/group-fixtures
 * Test fixtures for invitation codes and members: a group with the demo role catalogue and an
 * admin, plus helpers to add users to it.
 */
import { randomBytes } from 'node:crypto';
import { hashPassword } from '../security/passwords.js';
import { DEMO_ROLE_CATALOGUE } from '../seed/invitation-codes.js';
import type { Group } from '../domain/model/group.js';
import type { Store } from '../storage/store.js';
import type { User } from '../domain/model/user.js';

/** A unique lookup key in the unambiguous alphabet. */
export function testLookupKey(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  return Array.from(randomBytes(6), (b) => alphabet[b % alphabet.length]).join('');
}

let sequence = 0;

/** A user with a cheap password hash (password: `correct horse battery staple`). */
export async function createTestUser(store: Store, name = `User ${++sequence}`): Promise<User> {
  const email = `${name.toLowerCase().replace(/[^a-z0-9]+/g, '.')}.${randomBytes(3).toString('hex')}@example.com`;
  return store.users.create({ email, name, passwordHash: await hashPassword('correct horse battery staple', 10) });
}

export interface TestGroup {
  readonly group: Group;
  readonly admin: User;
}

/** A group with the demo catalogue (admin, member, installer, operator, auditor*) and one admin. */
export async function createTestGroup(store: Store, { name = 'Acme Energy', admin }: { name?: string; admin?: User } = {}): Promise<TestGroup> {
  const group = await store.groups.create({ name, lookupKey: testLookupKey() });
  await store.groups.setRoles(group.id, DEMO_ROLE_CATALOGUE);
  const owner = admin ?? (await createTestUser(store, `${name} Admin`));
  await store.groups.upsertMember(group.id, owner.id, ['admin']);
  return { group, admin: owner };
}
