import { afterEach, describe, expect, it } from 'vitest';
import { createStore } from '../storage/store.js';
import { createTestDatabase, storeKinds, TEST_SECRET, type TestDatabase } from '../testing/test-database.js';
import { coreSeeder } from './core-seeder.js';
import { DEMO_GROUPS, runSeeders } from './index.js';
import { invitationSeeder } from './invitation-codes.js';

const ctx = { publicUrl: 'http://localhost:4000', passwordCost: 10, clock: () => new Date('2026-03-01T12:00:00Z') };

describe.each(storeKinds)('invitation role seeder on %s', (kind) => {
  let database: TestDatabase | undefined;
  afterEach(async () => database?.close());

  it('extends the demo groups’ catalogue with user roles and an exclusive one, once', async () => {
    database = await createTestDatabase(kind);
    const store = createStore(database.db, TEST_SECRET);
    await runSeeders(store, ctx, [coreSeeder]);
    const [first] = await runSeeders(store, ctx, [invitationSeeder]);
    expect(first).toMatch(/added 6 roles/);
    const roles = await store.groups.listRoles(DEMO_GROUPS.acme.id);
    expect(roles.map((r) => r.key).sort()).toEqual(['admin', 'auditor', 'installer', 'member', 'operator']);
    expect(roles.find((r) => r.key === 'auditor')?.exclusive).toBe(true);
    // Existing memberships stay valid and the admin stays admin.
    const members = (await store.groups.listMembers(DEMO_GROUPS.acme.id, { limit: 200 })).items;
    expect(members.some((m) => m.roles.includes('admin'))).toBe(true);
    const [second] = await runSeeders(store, ctx, [invitationSeeder]);
    expect(second).toMatch(/already present/);
    expect(await store.groups.listRoles(DEMO_GROUPS.acme.id)).toHaveLength(5);
  });
});
