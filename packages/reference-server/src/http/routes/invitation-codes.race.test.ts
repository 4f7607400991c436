/**
 * Two server instances on one PostgreSQL schema, as behind a load balancer: many concurrent
 * redemptions of one code give exactly one success. Needs DATABASE_URL (PGlite has a single
 * connection, so it cannot race).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.js';
import { silentLogger } from '../../logger.js';
import { hashPassword } from '../../security/passwords.js';
import { DEMO_ROLE_CATALOGUE } from '../../seed/invitation-codes.js';
import { createServer, type GrantkitServer } from '../../server.js';
import { openPostgres } from '../../storage/drivers/postgres.js';
import type { User } from '../../domain/model/user.js';
import { testLookupKey } from '../../testing/group-fixtures.js';
import { TEST_PUBLIC_URL, TestClient } from '../../testing/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database.js';

const RACERS = 16;

describe.skipIf(!process.env.DATABASE_URL)('redeeming one code on two server instances sharing PostgreSQL', () => {
  let database: TestDatabase;
  let first: GrantkitServer;
  let second: GrantkitServer;
  const origin = new URL(TEST_PUBLIC_URL).origin;

  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    const config = loadConfig({ PUBLIC_URL: TEST_PUBLIC_URL, GRANTKIT_PASSWORD_COST: '10' }, { persistSecret: false });
    first = await createServer({ config, logger: silentLogger, db: database.db });
    // A second pool on the same schema: its own connections, as another process would have.
    const otherPool = await openPostgres({ ...database.connection!, max: 8 });
    second = await createServer({ config, logger: silentLogger, db: otherPool });
  });
  afterAll(async () => {
    await second?.close();
    await database?.close();
  });

  async function user(name: string): Promise<User> {
    const email = `${name.toLowerCase().replace(/\W+/g, '.')}.${crypto.randomUUID().slice(0, 8)}@example.com`;
    return first.deps.store.users.create({ email, name, passwordHash: await hashPassword('correct horse battery staple', 10) });
  }

  /** A logged-in browser-like client on one of the two instances. */
  async function clientOn(server: GrantkitServer, u: User): Promise<TestClient> {
    const client = new TestClient(server, origin);
    await client.login(u.email);
    return client;
  }

  async function groupWithAdmin() {
    const store = first.deps.store;
    const group = await store.groups.create({ name: 'Race Group', lookupKey: testLookupKey() });
    await store.groups.setRoles(group.id, DEMO_ROLE_CATALOGUE);
    const admin = await user('Race Admin');
    await store.groups.upsertMember(group.id, admin.id, ['admin']);
    return { group, admin: await clientOn(first, admin) };
  }

  it(`gives exactly one 200 among ${RACERS} concurrent redemptions; the rest get code_already_used`, async () => {
    const { group, admin } = await groupWithAdmin();
    const created = await admin.post(`/api/groups/${group.id}/invitation-codes`, { json: { count: 1, roles: ['installer'] } });
    expect(created.status).toBe(201);
    const [{ code, id }] = (await created.json()).items;
    const racers = await Promise.all(Array.from({ length: RACERS }, (_, i) => user(`Racer ${i}`)));
    const clients = await Promise.all(racers.map((u, i) => clientOn(i % 2 ? second : first, u)));

    const responses = await Promise.all(clients.map((c) => c.post('/api/invitation-codes/redeem', { json: { code } })));
    const bodies = await Promise.all(responses.map((r) => r.json()));
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(RACERS - 1);
    expect(bodies.filter((b) => b.code === 'code_already_used')).toHaveLength(RACERS - 1);

    const winner = racers[statuses.indexOf(200)]!;
    const members = (await first.deps.store.groups.listMembers(group.id, { limit: 200 })).items;
    expect(members.map((m) => m.userId).sort()).toEqual([winner.id, members.find((m) => m.roles.includes('admin'))!.userId].sort());
    const row = await second.deps.store.invitationCodes.findById(id);
    expect([row?.storedStatus, row?.usedBy]).toEqual(['used', winner.id]);
    const redeemed = ((await first.deps.store.audit.listForGroup(group.id, { limit: 200 })).items).filter((e) => e.action === 'invitation_code.redeemed');
    expect(redeemed).toHaveLength(1);
  });

  it('merges two codes one user redeems at once on both instances (no lost update)', async () => {
    const { group, admin } = await groupWithAdmin();
    const create = async (roles: string[]) =>
      (await (await admin.post(`/api/groups/${group.id}/invitation-codes`, { json: { count: 1, roles } })).json()).items[0].code as string;
    const [installer, operator] = [await create(['installer']), await create(['operator'])];
    const u = await user('Double Redeemer');
    const [a, b] = [await clientOn(first, u), await clientOn(second, u)];
    const results = await Promise.all([
      a.post('/api/invitation-codes/redeem', { json: { code: installer } }),
      b.post('/api/invitation-codes/redeem', { json: { code: operator } }),
    ]);
    expect(results.map((r) => r.status)).toEqual([200, 200]);
    expect((await first.deps.store.groups.findMembership(group.id, u.id))?.roles).toEqual(['installer', 'operator']);
  });
});
