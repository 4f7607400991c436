import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCode } from '../../domain/invitation-codes.js';
import { DEMO_ROLE_CATALOGUE } from '../../seed/invitation-codes.js';
import { testLookupKey } from '../../testing/group-fixtures.js';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.js';
import { storeKinds } from '../../testing/test-database.js';

const DAY = 86_400_000;

async function expectProblem(res: Response, status: number, code: string): Promise<Record<string, unknown>> {
  const body = (await res.json()) as Record<string, unknown>;
  expect({ status: res.status, code: body.code }).toEqual({ status, code });
  expect(res.headers.get('content-type')).toBe('application/problem+json');
  expect(body.type).toBe(`https://grantkit.dev/problems/${code}`);
  expect(typeof body.detail).toBe('string');
  return body;
}

describe.each(storeKinds)('invitation code API on %s', (kind) => {
  let t: TestApp;
  let n = 0;
  beforeAll(async () => {
    // Sessions outlive the day the expiry test moves the clock by.
    // A lower redemption limit than the default: the route must take it from the configuration.
    t = await createTestApp({ kind, env: { GRANTKIT_SESSION_HOURS: '72', GRANTKIT_RATE_LIMIT_REDEEM_PER_USER: '3/900' } });
  });
  afterAll(async () => t?.close());

  /** A fresh group with the demo catalogue, its logged-in admin, and a logged-in stranger. */
  async function setup() {
    n += 1;
    const store = t.deps.store;
    const group = await store.groups.create({ name: `Acme ${n}`, lookupKey: testLookupKey() });
    await store.groups.setRoles(group.id, DEMO_ROLE_CATALOGUE);
    const admin = await t.createUser(`admin${n}@acme.example`, undefined, `Adam Admin ${n}`);
    await store.groups.upsertMember(group.id, admin.id, ['admin']);
    const adminClient = t.client();
    await adminClient.login(admin.email);
    const user = await t.createUser(`user${n}@example.com`, undefined, `Uma User ${n}`);
    const userClient = t.client();
    await userClient.login(user.email);
    return { group, admin, adminClient, user, userClient };
  }

  const createCodes = (client: TestClient, groupId: string, json: unknown) => client.post(`/api/groups/${groupId}/invitation-codes`, { json });
  const redeem = (client: TestClient, code: string) => client.post('/api/invitation-codes/redeem', { json: { code } });

  it('creates codes, answers 201 with the batch, copy text and the codes as the table shows them', async () => {
    const { group, admin, adminClient } = await setup();
    const res = await createCodes(adminClient, group.id, { count: 3, roles: ['installer', 'operator'] });
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body.group).toEqual({ id: group.id, name: group.name, lookup_key: group.lookupKey });
    expect(body.roles.map((r: { key: string }) => r.key)).toEqual(['installer', 'operator']);
    expect(Date.parse(body.expires_at) - t.clock.now().getTime()).toBeGreaterThan(10 * DAY - 5000);
    expect(body.items).toHaveLength(3);
    for (const item of body.items) {
      expect(item.code).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      expect(item).toMatchObject({ status: 'valid', mode: 'group', created_by: { id: admin.id, name: admin.name }, used_by: null, batch_id: body.batch_id });
      expect(body.copy_text).toContain(item.code);
    }
    expect(body.copy_text).toContain(group.name);
    expect(body.copy_text).toContain(body.expires_at.slice(0, 10));
  });

  it('refuses bad batches with validation_failed per field and creates nothing', async () => {
    const { group, adminClient } = await setup();
    const cases: [unknown, string, string][] = [
      [{ count: 11, roles: ['installer'] }, 'count', 'out_of_range'],
      [{ count: 0, roles: ['installer'] }, 'count', 'out_of_range'],
      [{ count: 1, validity_days: 91, roles: ['installer'] }, 'validity_days', 'out_of_range'],
      [{ count: 1, validity_days: 0, roles: ['installer'] }, 'validity_days', 'out_of_range'],
      [{ count: 1, roles: [] }, 'roles', 'roles_required'],
      [{ count: 1, roles: ['root'] }, 'roles', 'unknown_role'],
      [{ count: 1, roles: ['auditor', 'installer'] }, 'roles', 'exclusive_role'],
      [{ count: '3', roles: ['installer'] }, 'count', 'invalid_type'],
    ];
    for (const [json, field, code] of cases) {
      const body = await expectProblem(await createCodes(adminClient, group.id, json), 400, 'validation_failed');
      expect(body.errors).toEqual([expect.objectContaining({ field, code })]);
    }
    const malformed = await adminClient.request('POST', `/api/groups/${group.id}/invitation-codes`, { headers: { 'content-type': 'application/json' }, form: undefined });
    expect(malformed.status).toBe(400);
    const list = await (await adminClient.get(`/api/invitation-codes?group_id=${group.id}`)).json();
    expect(list.total).toBe(0);
  });

  it('lets only the group’s admins create: 401, 403 not_group_admin, 404, 403 origin_mismatch', async () => {
    const { group, user, userClient, adminClient } = await setup();
    await expectProblem(await createCodes(t.client(), group.id, { count: 1, roles: ['installer'] }), 401, 'unauthenticated');
    await expectProblem(await createCodes(userClient, group.id, { count: 1, roles: ['installer'] }), 404, 'not_found');
    await t.deps.store.groups.upsertMember(group.id, user.id, ['installer']);
    await expectProblem(await createCodes(userClient, group.id, { count: 1, roles: ['installer'] }), 403, 'not_group_admin');
    const cross = await adminClient.post(`/api/groups/${group.id}/invitation-codes`, { json: { count: 1, roles: ['installer'] }, origin: 'https://evil.example' });
    await expectProblem(cross, 403, 'origin_mismatch');
    await expectProblem(await createCodes(adminClient, 'not-a-uuid', { count: 1, roles: ['installer'] }), 400, 'validation_failed');
  });

  it('redeems once: 200 with the group and roles, then code_already_used; the admin table shows who used it', async () => {
    const { group, adminClient, user, userClient } = await setup();
    const [code] = (await (await createCodes(adminClient, group.id, { count: 1, roles: ['operator'] })).json()).items;
    const res = await redeem(userClient, `  ${code.code.toUpperCase()} `);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      outcome: 'joined',
      group: { id: group.id, name: group.name, lookup_key: group.lookupKey, logo_url: null },
      roles: [{ key: 'operator', name: 'Operator', kind: 'user', exclusive: false }],
      roles_added: ['operator'],
      is_admin: false,
    });
    await expectProblem(await redeem(userClient, code.code), 409, 'code_already_used');
    const list = await (await adminClient.get(`/api/invitation-codes?group_id=${group.id}&status=used`)).json();
    expect(list.items).toHaveLength(1);
    expect(list.items[0]).toMatchObject({ code: code.code, status: 'used', used_by: { id: user.id, name: user.name, email: user.email } });
    expect(list.items[0].used_at).toBe(t.clock.now().toISOString());
    const me = await t.deps.store.groups.findMembership(group.id, user.id);
    expect(me?.roles).toEqual(['operator']);
  });

  it('a member redeeming another code: roles_added uses it up, already_member leaves it valid and changes nothing', async () => {
    const { group, adminClient, user, userClient } = await setup();
    const { items } = await (await createCodes(adminClient, group.id, { count: 3, roles: ['installer'] })).json();
    const [operator] = (await (await createCodes(adminClient, group.id, { count: 1, roles: ['operator', 'installer'] })).json()).items;
    const usedCount = async () => (await (await adminClient.get(`/api/invitation-codes?group_id=${group.id}&status=used`)).json()).total;
    expect((await (await redeem(userClient, items[0].code)).json()).outcome).toBe('joined');

    const added = await redeem(userClient, operator.code);
    expect(added.status).toBe(200);
    expect(await added.json()).toMatchObject({ outcome: 'roles_added', roles_added: ['operator'], is_admin: false });
    expect((await t.deps.store.groups.findMembership(group.id, user.id))?.roles).toEqual(['installer', 'operator']);
    expect(await usedCount()).toBe(2);

    const audit = async () => (await t.deps.store.audit.listForGroup(group.id, { limit: 200 })).items.length;
    const eventsBefore = await audit();
    const same = await redeem(userClient, items[1].code);
    expect(same.status).toBe(200);
    expect(await same.json()).toEqual({
      outcome: 'already_member',
      group: { id: group.id, name: group.name, lookup_key: group.lookupKey, logo_url: null },
      roles: [
        { key: 'installer', name: 'Installer', kind: 'user', exclusive: false },
        { key: 'operator', name: 'Operator', kind: 'user', exclusive: false },
      ],
      roles_added: [],
      is_admin: false,
    });
    // Not used: the count of used codes, the code's row, the membership and the history stay as they were.
    expect(await usedCount()).toBe(2);
    const row = (await (await adminClient.get(`/api/invitation-codes?group_id=${group.id}&status=valid`)).json()).items.find((c: { id: string }) => c.id === items[1].id);
    expect(row).toMatchObject({ status: 'valid', used_by: null, used_at: null });
    expect((await t.deps.store.groups.findMembership(group.id, user.id))?.roles).toEqual(['installer', 'operator']);
    expect(await audit()).toBe(eventsBefore);
    // Still good for someone who is not a member yet.
    const other = await t.createUser(`other${n}@example.com`, undefined, `Otto Other ${n}`);
    const otherClient = t.client();
    await otherClient.login(other.email);
    expect((await (await redeem(otherClient, items[1].code)).json()).outcome).toBe('joined');
  });

  it('answers each unusable code with its own problem and changes nothing', async () => {
    const { group, adminClient, user, userClient } = await setup();
    const { items } = await (await createCodes(adminClient, group.id, { count: 2, validity_days: 1, roles: ['installer'] })).json();
    await expectProblem(await redeem(t.client(), items[0].code), 401, 'unauthenticated');
    await expectProblem(await redeem(userClient, 'abc'), 400, 'code_malformed');
    await expectProblem(await redeem(userClient, generateCode()), 404, 'code_unknown');
    const deactivate = await adminClient.post(`/api/invitation-codes/${items[0].id}/deactivate`);
    expect(deactivate.status).toBe(200);
    expect((await deactivate.json()).status).toBe('deactivated');
    await expectProblem(await redeem(userClient, items[0].code), 410, 'code_deactivated');
    t.clock.advance(DAY);
    try {
      const expired = await expectProblem(await redeem(userClient, items[1].code), 410, 'code_expired');
      expect(expired.expired_at).toBe(items[1].expires_at);
      const list = await (await adminClient.get(`/api/invitation-codes?group_id=${group.id}&status=expired`)).json();
      expect(list.items.map((i: { id: string }) => i.id)).toEqual([items[1].id]);
      await expectProblem(await adminClient.post(`/api/invitation-codes/${items[1].id}/deactivate`), 410, 'code_expired');
    } finally {
      t.clock.advance(-DAY);
    }
    expect(await t.deps.store.groups.findMembership(group.id, user.id)).toBeUndefined();
  });

  it('refuses a merge that breaks exclusivity with roles_conflict (409) and leaves the code valid', async () => {
    const { group, adminClient, user, userClient } = await setup();
    await t.deps.store.groups.upsertMember(group.id, user.id, ['auditor']);
    const [code] = (await (await createCodes(adminClient, group.id, { count: 1, roles: ['installer'] })).json()).items;
    await expectProblem(await redeem(userClient, code.code), 409, 'roles_conflict');
    const list = await (await adminClient.get(`/api/invitation-codes?group_id=${group.id}`)).json();
    expect(list.items[0].status).toBe('valid');
  });

  it('rate limits redemption attempts with 429 and Retry-After', async () => {
    const { userClient } = await setup();
    expect(t.config.rateLimits.redeemPerUser.max).toBe(3);
    for (let i = 0; i < 3; i++) expect((await redeem(userClient, generateCode())).status).toBe(404);
    const limited = await redeem(userClient, generateCode());
    await expectProblem(limited, 429, 'rate_limited');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('deactivates: 404 for other groups’ admins and unknown ids, 409 for a used code', async () => {
    const { group, adminClient, userClient } = await setup();
    const other = await setup();
    const { items } = await (await createCodes(adminClient, group.id, { count: 2, roles: ['installer'] })).json();
    await expectProblem(await other.adminClient.post(`/api/invitation-codes/${items[0].id}/deactivate`), 404, 'not_found');
    await expectProblem(await adminClient.post(`/api/invitation-codes/${crypto.randomUUID()}/deactivate`), 404, 'not_found');
    expect((await redeem(userClient, items[1].code)).status).toBe(200);
    await expectProblem(await adminClient.post(`/api/invitation-codes/${items[1].id}/deactivate`), 409, 'code_already_used');
    const audit = (await t.deps.store.audit.listForGroup(group.id, { limit: 200 })).items;
    expect(audit.map((e) => e.action).sort()).toEqual(['invitation_code.created', 'invitation_code.redeemed']);
  });

  it('lists my admin groups’ codes newest first with pagination and validates the query', async () => {
    const { group, adminClient } = await setup();
    await createCodes(adminClient, group.id, { count: 2, roles: ['installer'] });
    t.clock.advance(1000);
    const newer = (await (await createCodes(adminClient, group.id, { count: 3, roles: ['member'] })).json()).items;
    const page1 = await (await adminClient.get(`/api/invitation-codes?group_id=${group.id}&limit=3`)).json();
    expect(page1.total).toBe(5);
    expect(page1.items.map((i: { id: string }) => i.id).sort()).toEqual(newer.map((i: { id: string }) => i.id).sort());
    const page2 = await (await adminClient.get(`/api/invitation-codes?group_id=${group.id}&limit=3&cursor=${page1.next_cursor}`)).json();
    expect(page2.items).toHaveLength(2);
    expect(page2.next_cursor).toBeNull();
    await expectProblem(await adminClient.get('/api/invitation-codes?status=lost'), 400, 'validation_failed');
    await expectProblem(await adminClient.get('/api/invitation-codes?limit=1000'), 400, 'validation_failed');
    await expectProblem(await adminClient.get('/api/invitation-codes?cursor=bm90LWEtY3Vyc29y'), 400, 'invalid_cursor');
    await expectProblem(await t.client().get('/api/invitation-codes'), 401, 'unauthenticated');
  });

  it('documents the endpoints in the OpenAPI document', async () => {
    const doc = await (await t.client().get('/openapi.json')).json();
    for (const path of ['/api/groups/{id}/invitation-codes', '/api/invitation-codes', '/api/invitation-codes/{id}/deactivate', '/api/invitation-codes/redeem', '/api/groups/{id}/roles', '/api/groups/{id}/members', '/api/groups/{id}/members/{userId}']) {
      expect(Object.keys(doc.paths)).toContain(path);
    }
  });
});
