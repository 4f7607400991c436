import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ROLE_CATALOGUE } from '../../seed/invitation-codes.js';
import { testLookupKey } from '../../testing/group-fixtures.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { storeKinds } from '../../testing/test-database.js';

async function expectProblem(res: Response, status: number, code: string): Promise<Record<string, unknown>> {
  const body = (await res.json()) as Record<string, unknown>;
  expect({ status: res.status, code: body.code }).toEqual({ status, code });
  expect(res.headers.get('content-type')).toBe('application/problem+json');
  return body;
}

describe.each(storeKinds)('members API on %s', (kind) => {
  let t: TestApp;
  let n = 0;
  beforeAll(async () => {
    t = await createTestApp({ kind });
  });
  afterAll(async () => t?.close());

  async function setup() {
    n += 1;
    const store = t.deps.store;
    const group = await store.groups.create({ name: `Volt ${n}`, lookupKey: testLookupKey() });
    await store.groups.setRoles(group.id, DEMO_ROLE_CATALOGUE);
    const admin = await t.createUser(`madmin${n}@volt.example`, undefined, `Ada Admin ${n}`);
    const member = await t.createUser(`mmember${n}@volt.example`, undefined, `Max Member ${n}`);
    await store.groups.upsertMember(group.id, admin.id, ['admin']);
    await store.groups.upsertMember(group.id, member.id, ['installer']);
    const adminClient = t.client();
    await adminClient.login(admin.email);
    const memberClient = t.client();
    await memberClient.login(member.email);
    return { group, admin, member, adminClient, memberClient, base: `/api/groups/${group.id}` };
  }

  it('serves the role catalogue to members and 404 to outsiders', async () => {
    const { base, memberClient } = await setup();
    const res = await memberClient.get(`${base}/roles`);
    expect(res.status).toBe(200);
    expect((await res.json()).items).toEqual(
      expect.arrayContaining([
        { key: 'admin', name: 'Administrator', kind: 'admin', exclusive: false },
        { key: 'auditor', name: 'Auditor (read-only)', kind: 'user', exclusive: true },
      ]),
    );
    const stranger = await setup();
    await expectProblem(await stranger.adminClient.get(`${base}/roles`), 404, 'not_found');
  });

  it('lists members with roles for admins; 403 for members', async () => {
    const { base, admin, member, adminClient, memberClient } = await setup();
    const { items } = await (await adminClient.get(`${base}/members`)).json();
    expect(items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ user_id: admin.id, email: admin.email, name: admin.name, roles: ['admin'], is_admin: true }),
        expect.objectContaining({ user_id: member.id, roles: ['installer'], is_admin: false }),
      ]),
    );
    expect(typeof items[0].joined_at).toBe('string');
    await expectProblem(await memberClient.get(`${base}/members`), 403, 'not_group_admin');
  });

  it('changes roles (200), refuses bad selections (400) and demoting the last admin (409 last_admin)', async () => {
    const { base, admin, member, adminClient } = await setup();
    const res = await adminClient.request('PATCH', `${base}/members/${member.id}`, { json: { roles: ['operator', 'installer'] } });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ user_id: member.id, roles: ['installer', 'operator'], is_admin: false });
    const bad = await expectProblem(await adminClient.request('PATCH', `${base}/members/${member.id}`, { json: { roles: ['auditor', 'operator'] } }), 400, 'validation_failed');
    expect(bad.errors).toEqual([expect.objectContaining({ field: 'roles', code: 'exclusive_role' })]);
    await expectProblem(await adminClient.request('PATCH', `${base}/members/${admin.id}`, { json: { roles: ['operator'] } }), 409, 'last_admin');
    await expectProblem(await adminClient.request('PATCH', `${base}/members/${crypto.randomUUID()}`, { json: { roles: ['operator'] } }), 404, 'not_found');
    const { items } = await (await adminClient.get(`${base}/members`)).json();
    expect(items.find((m: { user_id: string }) => m.user_id === admin.id).roles).toEqual(['admin']);
  });

  it('removes a member (204), who then loses access; refuses removing the last admin (409)', async () => {
    const { group, base, admin, member, adminClient, memberClient } = await setup();
    await expectProblem(await memberClient.request('DELETE', `${base}/members/${admin.id}`), 403, 'not_group_admin');
    expect((await adminClient.request('DELETE', `${base}/members/${member.id}`)).status).toBe(204);
    await expectProblem(await memberClient.get(`${base}/roles`), 404, 'not_found');
    await expectProblem(await adminClient.request('DELETE', `${base}/members/${member.id}`), 404, 'not_found');
    await expectProblem(await adminClient.request('DELETE', `${base}/members/${admin.id}`), 409, 'last_admin');
    const audit = ((await t.deps.store.audit.listForGroup(group.id, { limit: 200 })).items).map((e) => e.action);
    expect(audit).toContain('group_member.removed');
  });
});
