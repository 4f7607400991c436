/**
 * The webhook endpoint API for a group's admins: who may use it, every bad input answered with
 * problem+json and a stable code (nothing stored), SSRF refusals at registration, paging.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_GROUPS, DEMO_PASSWORD, DEMO_USERS } from '../../seed/demo-data.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { storeKinds } from '../../testing/test-database.js';

const ACME = DEMO_GROUPS.acme.id;
const HOOK = 'https://127.0.0.1/hooks';

describe.each(storeKinds)('webhook endpoint API on %s', { timeout: 60_000 }, (kind) => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  async function as(app: TestApp, email: string) {
    const client = app.client();
    await client.login(email, DEMO_PASSWORD);
    return client;
  }
  const stored = async (app: TestApp) => (await app.database.db.query('SELECT id FROM webhook_endpoints')).length;

  it('lets only the group’s admins in: 401 logged out, 403 for members, 404 for outsiders', async () => {
    t = await createTestApp({ kind, seed: true });
    const admin = await as(t, DEMO_USERS.acmeAdmin.email);
    const { id } = await (await admin.post(`/api/groups/${ACME}/webhooks`, { json: { url: HOOK } })).json();
    expect((await t.client().get(`/api/groups/${ACME}/webhooks`)).status).toBe(401);
    const installer = await as(t, DEMO_USERS.acmeInstaller.email);
    expect(await (await installer.get(`/api/groups/${ACME}/webhooks`)).json()).toMatchObject({ status: 403, code: 'not_group_admin' });
    expect(await (await installer.get(`/api/webhooks/${id}`)).json()).toMatchObject({ status: 403, code: 'not_group_admin' });
    const outsider = await as(t, DEMO_USERS.nordlysAdmin.email);
    expect((await outsider.post(`/api/groups/${ACME}/webhooks`, { json: { url: HOOK } })).status).toBe(404);
    for (const [method, path] of [['GET', ''], ['PATCH', ''], ['DELETE', ''], ['POST', '/rotate-secret'], ['POST', '/test'], ['GET', '/deliveries']] as const) {
      const res = await outsider.request(method, `/api/webhooks/${id}${path}`, method === 'PATCH' ? { json: { enabled: false } } : {});
      expect(await res.json()).toMatchObject({ status: 404, code: 'webhook_not_found' });
    }
    expect(await (await admin.get(`/api/webhooks/${crypto.randomUUID()}`)).json()).toMatchObject({ status: 404, code: 'webhook_not_found' });
    expect(await stored(t)).toBe(1);
  });

  it('answers every bad input with problem+json and stores nothing', async () => {
    t = await createTestApp({ kind, seed: true, env: { PUBLIC_URL: 'https://access.example.com' } });
    const admin = await as(t, DEMO_USERS.acmeAdmin.email);
    const cases: [unknown, string, string?][] = [
      [{}, 'validation_failed'],
      [{ url: 42 }, 'validation_failed'],
      [{ url: 'https://hooks.partner.example', events: ['grant.exploded'] }, 'validation_failed'],
      [{ url: 'x'.repeat(3000) }, 'validation_failed'],
      [{ url: 'not a url' }, 'webhook_url_refused', 'malformed'],
      [{ url: 'http://hooks.partner.example/x' }, 'webhook_url_refused', 'scheme'],
      [{ url: 'https://10.1.2.3/x' }, 'webhook_url_refused', 'forbidden_address'],
      [{ url: 'https://169.254.169.254/latest/meta-data/' }, 'webhook_url_refused', 'forbidden_address'],
      [{ url: 'https://[fd00:ec2::254]/' }, 'webhook_url_refused', 'forbidden_address'],
      // A name resolving to 127.0.0.1, when the server's own public URL is not loopback.
      [{ url: 'https://localhost/hooks' }, 'webhook_url_refused', 'forbidden_address'],
      [{ url: 'http://127.0.0.1:8080/hooks' }, 'webhook_url_refused', 'scheme'],
    ];
    for (const [json, code, reason] of cases) {
      const res = await admin.post(`/api/groups/${ACME}/webhooks`, { json });
      expect(res.status, JSON.stringify(json)).toBe(400);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      const body = await res.json();
      expect(body, JSON.stringify(json)).toMatchObject({ code, ...(reason ? { reason } : {}) });
    }
    const malformed = await admin.request('POST', `/api/groups/${ACME}/webhooks`, { headers: { 'content-type': 'application/json' } });
    expect(malformed.status).toBe(400);
    expect((await admin.get(`/api/groups/${ACME}/webhooks?cursor=nonsense`)).status).toBe(400);
    expect((await admin.get(`/api/groups/not-a-uuid/webhooks`)).status).toBe(400);
    expect(await stored(t)).toBe(0);
  });

  it('lets the operator allow a private network for internal receivers', async () => {
    t = await createTestApp({ kind, seed: true, env: { PUBLIC_URL: 'https://access.example.com', GRANTKIT_WEBHOOK_ALLOWED_HOSTS: '10.1.2.0/24' } });
    const admin = await as(t, DEMO_USERS.acmeAdmin.email);
    expect((await admin.post(`/api/groups/${ACME}/webhooks`, { json: { url: 'https://10.1.2.3/x' } })).status).toBe(201);
    expect((await admin.post(`/api/groups/${ACME}/webhooks`, { json: { url: 'https://10.1.3.3/x' } })).status).toBe(400);
  });

  it('lists newest first in pages, changes, disables, and never shows the secret again', async () => {
    t = await createTestApp({ kind, seed: true });
    const admin = await as(t, DEMO_USERS.acmeAdmin.email);
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      ids.push((await (await admin.post(`/api/groups/${ACME}/webhooks`, { json: { url: `${HOOK}/${i}`, events: ['grant.revoked', 'grant.created', 'grant.revoked'] } })).json()).id);
      t.clock.advance(1000);
    }
    const first = await (await admin.get(`/api/groups/${ACME}/webhooks?limit=2`)).json();
    expect(first.items.map((e: { id: string }) => e.id)).toEqual([ids[2], ids[1]]);
    expect(first.items[0].events).toEqual(['grant.created', 'grant.revoked']);
    expect(first.items[0]).not.toHaveProperty('secret');
    const second = await (await admin.get(`/api/groups/${ACME}/webhooks?limit=2&cursor=${first.next_cursor}`)).json();
    expect(second).toMatchObject({ items: [{ id: ids[0] }], next_cursor: null });

    const patched = await admin.request('PATCH', `/api/webhooks/${ids[0]}`, { json: { url: 'https://127.0.0.2/new', events: ['member.joined'], enabled: false } });
    expect(patched.status).toBe(200);
    expect(await patched.json()).toMatchObject({ url: 'https://127.0.0.2/new', events: ['member.joined'], enabled: false, disabled_reason: 'admin' });
    const refused = await admin.request('PATCH', `/api/webhooks/${ids[0]}`, { json: { url: 'https://169.254.169.254/' } });
    expect(await refused.json()).toMatchObject({ status: 400, code: 'webhook_url_refused' });
    expect((await (await admin.get(`/api/webhooks/${ids[0]}`)).json()).url).toBe('https://127.0.0.2/new');
    expect(await (await admin.post(`/api/webhooks/${ids[0]}/test`)).json()).toMatchObject({ status: 409, code: 'webhook_disabled' });

    expect((await admin.request('DELETE', `/api/webhooks/${ids[1]}`)).status).toBe(204);
    expect(await (await admin.request('DELETE', `/api/webhooks/${ids[1]}`)).json()).toMatchObject({ status: 404, code: 'webhook_not_found' });
    expect((await (await admin.get(`/api/webhooks/${ids[2]}/deliveries`)).json())).toEqual({ items: [], next_cursor: null });
    expect((await admin.post(`/api/webhooks/${ids[2]}/rotate-secret`)).status).toBe(200);

    // The group's history names each change and who made it; never a secret.
    const audit = (await (await admin.get(`/api/audit?group_id=${ACME}&limit=100`)).json()) as { items: { type: string; subject_id: string; actor: { name: string }; data: Record<string, unknown> }[] };
    const about = (type: string) => audit.items.filter((e) => e.type === type);
    expect(about('webhook.endpoint_created').map((e) => e.subject_id).sort()).toEqual([...ids].sort());
    expect(about('webhook.endpoint_updated')).toEqual([
      expect.objectContaining({ subject_id: ids[0], actor: expect.objectContaining({ name: DEMO_USERS.acmeAdmin.name }), data: expect.objectContaining({ changes: { url: 'https://127.0.0.2/new', events: ['member.joined'], enabled: false } }) }),
    ]);
    expect(about('webhook.endpoint_deleted')).toEqual([expect.objectContaining({ subject_id: ids[1] })]);
    expect(about('webhook.secret_rotated')).toEqual([expect.objectContaining({ subject_id: ids[2] })]);
    expect(JSON.stringify(audit)).not.toMatch(/whsec_/);
  });
});
