import { afterEach, describe, expect, it } from 'vitest';
import { verifyPassword } from '../security/passwords.js';
import { createTestDatabase, storeKinds, TEST_SECRET, type TestDatabase } from '../testing/test-database.js';
import { createStore } from '../storage/store.js';
import { coreSeeder } from './core-seeder.js';
import { DEMO_GROUPS, DEMO_INSTALLATIONS, DEMO_PASSWORD, DEMO_USERS, isSeeded, runSeeders } from './index.js';
import { listInstallationsFor } from '../domain/access-policy.js';

const ctx = { publicUrl: 'http://localhost:4000', passwordCost: 10, clock: () => new Date('2026-03-01T12:00:00Z') };

describe.each(storeKinds)('core demo seeder on %s', (kind) => {
  let database: TestDatabase | undefined;
  afterEach(async () => database?.close());

  it('creates the demo story once, and a second run changes nothing', async () => {
    database = await createTestDatabase(kind);
    const store = createStore(database.db, TEST_SECRET);
    expect(await isSeeded(store)).toBe(false);
    const [first] = await runSeeders(store, ctx, [coreSeeder]);
    expect(first).toMatch(/created/);
    expect(await isSeeded(store)).toBe(true);

    const count = async () =>
      Object.fromEntries(
        await Promise.all(
          ['users', 'installations', 'chargers', 'charging_sessions', 'groups', 'group_members', 'group_return_urls', 'group_roles'].map(async (table) => [
            table,
            Number((await database!.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0]!.n),
          ]),
        ),
      );
    const before = await count();
    expect(before).toMatchObject({ users: 5, installations: 3, chargers: 5, charging_sessions: 90, groups: 2, group_members: 3 });
    const [second] = await runSeeders(store, ctx, [coreSeeder]);
    expect(second).toMatch(/already present/);
    expect(await count()).toEqual(before);

    const owner = await store.users.findByEmail(DEMO_USERS.owner.email);
    expect(await verifyPassword(DEMO_PASSWORD, owner!.passwordHash)).toBe(true);
    expect((await listInstallationsFor(store, { kind: 'user', user: owner! }, 'manage')).map((i) => i.id).sort()).toEqual([DEMO_INSTALLATIONS.home.id, DEMO_INSTALLATIONS.cabin.id].sort());
    const acme = await store.groups.findByLookupKey('tzbv');
    expect(acme).toMatchObject({ id: DEMO_GROUPS.acme.id, name: 'Acme Energy', logoUrl: 'http://localhost:4000/assets/logos/acme-energy.svg' });
    expect(await store.groups.listReturnUrls(acme!.id)).toContain('http://localhost:5173/partner/return.html');
    expect((await store.groups.findMembership(acme!.id, DEMO_USERS.acmeAdmin.id))?.isAdmin).toBe(true);
    expect((await store.groups.findMembership(acme!.id, DEMO_USERS.acmeInstaller.id))?.isAdmin).toBe(false);
    const history = await store.installations.listChargingHistory(DEMO_INSTALLATIONS.home.id, 100);
    expect(history).toHaveLength(30);
    const oldest = history.at(-1)!.startedAt.getTime();
    expect(ctx.clock().getTime() - oldest).toBeLessThanOrEqual(30 * 86_400_000);
    expect(history.every((s) => s.endedAt && s.endedAt > s.startedAt && s.energyKwh >= 4 && s.energyKwh <= 40)).toBe(true);
  });
});
