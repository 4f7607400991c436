/**
 * Issue 17's story: a partner's admin registers a webhook endpoint, the owner approves and then
 * revokes a grant, and every delivery verifies with the `standardwebhooks` library (written by
 * others) — including the retry of the attempt the receiver failed, with the same webhook-id.
 * The SDK's verifyWebhook accepts them and refuses forged and replayed ones.
 */
import { Webhook } from 'standardwebhooks';
import type { WebhookEvent } from '@grantkit/sdk';
import { verifyWebhook, WebhookVerificationError } from '@grantkit/sdk/node';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_GROUPS, DEMO_INSTALLATIONS, DEMO_PASSWORD, DEMO_USERS } from '../seed/demo-data.js';
import { openConsent } from '../testing/access-request-helpers.js';
import { createTestApp, type TestApp } from '../testing/test-app.js';
import { storeKinds } from '../testing/test-database.js';
import { startWebhookReceiver, type WebhookReceiver } from '../testing/webhook-receiver.js';

const ACME = DEMO_GROUPS.acme.id;
const HOME = DEMO_INSTALLATIONS.home.id;
/** Short waits so retries happen within the test (configuration, not sleeps). */
const FAST = { GRANTKIT_WEBHOOK_RETRY_SCHEDULE: '0.1,0.1,0.1', GRANTKIT_WEBHOOK_POLL_MS: '20' };

describe.each(storeKinds)('webhook delivery on %s', { timeout: 90_000 }, (kind) => {
  let t: TestApp | undefined;
  let receiver: WebhookReceiver | undefined;
  afterEach(async () => {
    await t?.close();
    await receiver?.close();
    t = receiver = undefined;
  });

  async function acmeAdmin(app: TestApp) {
    // The seed's events happened before the endpoint exists (the test clock stands still otherwise).
    app.clock.advance(1000);
    const admin = app.client();
    await admin.login(DEMO_USERS.acmeAdmin.email, DEMO_PASSWORD);
    return admin;
  }

  it('signs every delivery as Standard Webhooks says, and retries a failed attempt with the same id', async () => {
    t = await createTestApp({ kind, seed: true, env: FAST });
    receiver = await startWebhookReceiver((n) => (n === 0 ? 500 : 204));
    const admin = await acmeAdmin(t);
    const created = await admin.post(`/api/groups/${ACME}/webhooks`, { json: { url: receiver.url, events: ['grant.created', 'grant.revoked'] } });
    expect(created.status).toBe(201);
    expect(created.headers.get('cache-control')).toBe('no-store');
    const endpoint = await created.json();
    expect(endpoint).toMatchObject({ group_id: ACME, url: receiver.url, events: ['grant.created', 'grant.revoked'], enabled: true, disabled_reason: null });
    expect(endpoint.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    // Stored encrypted: the secret is nowhere in the row.
    const [row] = await t.database.db.query<Record<string, string>>('SELECT * FROM webhook_endpoints WHERE id = $1', [endpoint.id]);
    expect(JSON.stringify(row)).not.toContain(endpoint.secret.slice(6));

    // The owner approves Acme's request, then revokes the grant.
    const owner = t.client();
    const { requestId } = await openConsent(owner, '/access/request/TZBV', DEMO_USERS.owner.email, DEMO_PASSWORD);
    const approved = await owner.post(`/api/access-requests/${requestId}/approve`, { json: { installation_id: HOME } });
    expect(approved.status).toBe(200);
    const access = await (await owner.get(`/api/installations/${HOME}/access`)).json();
    const grantId = access.items.find((a: { id: string }) => a.id === ACME).grant_id as string;
    expect((await owner.request('DELETE', `/api/grants/${grantId}`)).status).toBe(204);

    // Two events, three requests: one of them failed with 500 and was retried.
    await receiver.waitFor(2);
    // The test clock stands still: once the failure is recorded, move it past the retry's due
    // time (0.1 s + jitter).
    await waitUntil(async () => (await t!.database.db.query(`SELECT 1 FROM webhook_deliveries WHERE last_error = 'HTTP 500'`)).length === 1);
    t.clock.advance(1000);
    const requests = await receiver.waitFor(3);
    const wh = new Webhook(endpoint.secret);
    const events = requests.map((r) => wh.verify(r.body, r.headers) as WebhookEvent);
    const ids = requests.map((r) => r.headers['webhook-id']!);
    expect(ids[0]).toMatch(/^msg_[A-Za-z0-9_-]+$/);
    expect(ids.filter((id) => id === ids[0])).toHaveLength(2);
    expect(new Set(ids).size).toBe(2);
    for (const r of requests) {
      expect(r.headers['content-type']).toBe('application/json');
      expect(Math.abs(Number(r.headers['webhook-timestamp']) - Date.now() / 1000)).toBeLessThan(60);
    }
    const byType = Object.fromEntries(events.map((e) => [e.type, e]));
    expect(byType['grant.created']).toEqual({
      type: 'grant.created',
      timestamp: expect.any(String),
      data: { grant_id: grantId, group_id: ACME, installation_id: HOME, lookup_key: 'TZBV', permissions: expect.arrayContaining([expect.any(String)]), actor: { kind: 'user', id: DEMO_USERS.owner.id } },
    });
    expect(byType['grant.revoked']).toMatchObject({ data: { grant_id: grantId, installation_id: HOME, lookup_key: 'TZBV', how: 'revoked', actor: { kind: 'user', id: DEMO_USERS.owner.id } } });

    // The SDK's verifier agrees, and refuses a forged body and a replay after the tolerance.
    const first = requests[requests.length - 1]!;
    await expect(verifyWebhook({ body: first.body, headers: first.headers }, endpoint.secret)).resolves.toMatchObject({ type: expect.stringMatching(/^grant\./) });
    await expect(verifyWebhook({ body: first.body.replace('TZBV', 'XXXX'), headers: first.headers }, endpoint.secret)).rejects.toMatchObject({ code: 'webhook_signature_invalid' });
    const later = new Date(Number(first.headers['webhook-timestamp']) * 1000 + 10 * 60_000);
    const replay = verifyWebhook({ body: first.body, headers: first.headers }, endpoint.secret, { currentDate: later });
    await expect(replay).rejects.toBeInstanceOf(WebhookVerificationError);
    await expect(replay).rejects.toMatchObject({ code: 'webhook_timestamp_too_old' });
    expect(() => wh.verify(first.body.replace('TZBV', 'XXXX'), first.headers)).toThrow();

    // The admin reads the deliveries: newest first, with attempts and the receiver's status.
    await waitUntil(async () => (await (await admin.get(`/api/webhooks/${endpoint.id}/deliveries`)).json()).items.every((d: { status: string }) => d.status === 'succeeded'));
    const { items } = await (await admin.get(`/api/webhooks/${endpoint.id}/deliveries`)).json();
    expect(items).toHaveLength(2);
    expect(items.map((d: { id: string }) => d.id).sort()).toEqual([...new Set(ids)].sort());
    const retried = items.find((d: { id: string }) => d.id === ids[0]);
    expect(retried).toMatchObject({ status: 'succeeded', attempts: 2, response_status: 204, last_error: null, next_attempt_at: null });
    expect(items[0].created_at >= items[1].created_at).toBe(true);
  });

  it('sends a test event, signs with both secrets during a rotation, and stops after delete', async () => {
    t = await createTestApp({ kind, seed: true, env: FAST });
    receiver = await startWebhookReceiver();
    const admin = await acmeAdmin(t);
    const endpoint = await (await admin.post(`/api/groups/${ACME}/webhooks`, { json: { url: receiver.url } })).json();
    expect(endpoint.events).toEqual(['grant.created', 'grant.updated', 'grant.revoked', 'member.joined', 'member.removed', 'service_account.created', 'service_account.deleted', 'partner.deactivated']);

    const test = await admin.post(`/api/webhooks/${endpoint.id}/test`);
    expect(test.status).toBe(202);
    const { delivery } = await test.json();
    expect(delivery).toMatchObject({ id: expect.stringMatching(/^msg_/), event_type: 'webhook.test', status: 'pending', attempts: 0 });
    const [sent] = await receiver.waitFor(1);
    expect(sent!.headers['webhook-id']).toBe(delivery.id);
    expect(await verifyWebhook({ body: sent!.body, headers: sent!.headers }, endpoint.secret)).toMatchObject({ type: 'webhook.test', data: { group_id: ACME, endpoint_id: endpoint.id } });

    const rotated = await admin.post(`/api/webhooks/${endpoint.id}/rotate-secret`);
    expect(rotated.status).toBe(200);
    const { secret } = await rotated.json();
    expect(secret).not.toBe(endpoint.secret);
    await admin.post(`/api/webhooks/${endpoint.id}/test`);
    const [, afterRotation] = await receiver.waitFor(2);
    expect(afterRotation!.headers['webhook-signature']!.split(' ')).toHaveLength(2);
    // Receivers on either secret accept it during the grace period.
    expect(new Webhook(secret).verify(afterRotation!.body, afterRotation!.headers)).toMatchObject({ type: 'webhook.test' });
    expect(new Webhook(endpoint.secret).verify(afterRotation!.body, afterRotation!.headers)).toMatchObject({ type: 'webhook.test' });

    expect((await admin.request('DELETE', `/api/webhooks/${endpoint.id}`)).status).toBe(204);
    expect((await admin.get(`/api/webhooks/${endpoint.id}`)).status).toBe(404);
  });

  it('disables an endpoint that keeps failing and tells the group’s admins by email', async () => {
    t = await createTestApp({ kind, seed: true, env: { ...FAST, GRANTKIT_WEBHOOK_DISABLE_AFTER_HOURS: '0' } });
    receiver = await startWebhookReceiver(() => 503);
    const admin = await acmeAdmin(t);
    const endpoint = await (await admin.post(`/api/groups/${ACME}/webhooks`, { json: { url: receiver.url } })).json();
    await admin.post(`/api/webhooks/${endpoint.id}/test`);
    await receiver.waitFor(1);
    await waitUntil(async () => (await (await admin.get(`/api/webhooks/${endpoint.id}`)).json()).enabled === false);
    expect(await (await admin.get(`/api/webhooks/${endpoint.id}`)).json()).toMatchObject({ enabled: false, disabled_reason: 'failing' });
    const mail = (await t.deps.store.outbox.list('email')).filter((m) => m.subject === 'Webhook endpoint disabled for Acme Energy');
    expect(mail.map((m) => m.recipient)).toContain(DEMO_USERS.acmeAdmin.email);
    expect(String(mail[0]!.payload.text)).toContain(receiver.url);
    // A disabled endpoint gets nothing more, and a test event is refused until it is enabled.
    expect(await (await admin.post(`/api/webhooks/${endpoint.id}/test`)).json()).toMatchObject({ status: 409, code: 'webhook_disabled' });
    const enabled = await admin.request('PATCH', `/api/webhooks/${endpoint.id}`, { json: { enabled: true } });
    expect(await enabled.json()).toMatchObject({ enabled: true, disabled_reason: null });
  });
});

async function waitUntil(check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
