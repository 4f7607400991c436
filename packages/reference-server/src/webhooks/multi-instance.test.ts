/**
 * Webhooks on several instances sharing one PostgreSQL database: every event is attempted once
 * per attempt, whichever instance claims it (SKIP LOCKED and a lease); and a server killed with
 * SIGKILL between the commit and the delivery loses nothing — a restart delivers it, with the
 * same webhook-id. Runs when DATABASE_URL is set.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Webhook } from 'standardwebhooks';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_GROUPS, DEMO_PASSWORD, DEMO_USERS } from '../seed/demo-data.js';
import { createServer, type GrantkitServer } from '../server.js';
import { openPostgres } from '../storage/drivers/postgres.js';
import { createTestApp, TestClient, type TestApp } from '../testing/test-app.js';
import { startWebhookReceiver, type WebhookReceiver } from '../testing/webhook-receiver.js';
import { createWebhookWorker } from './webhook-worker.js';

const ACME = DEMO_GROUPS.acme.id;
const SECRET = Buffer.alloc(32, 9).toString('base64url');
const FAST = { GRANTKIT_WEBHOOK_RETRY_SCHEDULE: '0.1', GRANTKIT_WEBHOOK_POLL_MS: '20', GRANTKIT_SECRET: SECRET };

describe.skipIf(!process.env.DATABASE_URL)('webhooks on several instances of one PostgreSQL', { timeout: 120_000 }, () => {
  let a: TestApp | undefined;
  let b: GrantkitServer | undefined;
  let receiver: WebhookReceiver | undefined;
  afterEach(async () => {
    await b?.close();
    await a?.close();
    await receiver?.close();
    a = b = receiver = undefined;
  });

  async function adminOf(app: TestApp) {
    // The seed's events happened before the endpoint exists (the test clock stands still otherwise).
    app.clock.advance(1000);
    const admin = app.client();
    await admin.login(DEMO_USERS.acmeAdmin.email, DEMO_PASSWORD);
    return admin;
  }

  it('attempts each event once per attempt across two instances', async () => {
    a = await createTestApp({ kind: 'postgres', seed: true, env: FAST });
    const { connectionString, schema } = a.database.connection!;
    b = await createServer({ config: a.config, logger: a.deps.logger, db: await openPostgres({ connectionString, schema, max: 4 }), clock: a.clock.now });
    // Every first attempt fails: each event is then attempted exactly twice.
    const seen = new Set<string>();
    receiver = await startWebhookReceiver((_, w) => {
      const first = !seen.has(w.headers['webhook-id']!);
      seen.add(w.headers['webhook-id']!);
      return first ? 500 : 204;
    });
    const admin = await adminOf(a);
    const onB = new TestClient(b, new URL(a.config.publicUrl).origin);
    for (const [k, v] of admin.cookies) onB.cookies.set(k, v);
    const endpoint = await (await admin.post(`/api/groups/${ACME}/webhooks`, { json: { url: receiver.url } })).json();

    // Events through the outbox (service accounts created on either instance) and test events.
    const events = 12;
    await Promise.all(
      Array.from({ length: events / 2 }, (_, i) => (i % 2 ? admin : onB).post(`/api/groups/${ACME}/service-accounts`, { json: { name: `robot ${i}` } })),
    );
    await Promise.all(Array.from({ length: events / 2 }, (_, i) => (i % 2 ? onB : admin).post(`/api/webhooks/${endpoint.id}/test`)));
    await receiver.waitFor(events);
    // Each failed attempt is recorded (its retry due 0.1 s later) before the clock moves on.
    const failed = async () => (await a!.database.db.query(`SELECT 1 FROM webhook_deliveries WHERE last_error = 'HTTP 500'`)).length;
    while ((await failed()) < events) await new Promise((resolve) => setTimeout(resolve, 20));
    a.clock.advance(1000);
    const requests = await receiver.waitFor(events * 2);
    // Let both workers run a few more passes: nothing more arrives.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(receiver.received).toHaveLength(events * 2);
    const counts = new Map<string, number>();
    for (const r of requests) counts.set(r.headers['webhook-id']!, (counts.get(r.headers['webhook-id']!) ?? 0) + 1);
    expect(counts.size).toBe(events);
    expect([...counts.values()].every((n) => n === 2)).toBe(true);
    const wh = new Webhook(endpoint.secret);
    const types = requests.map((r) => (wh.verify(r.body, r.headers) as { type: string }).type);
    expect(types.filter((t) => t === 'service_account.created')).toHaveLength(events);
    expect(types.filter((t) => t === 'webhook.test')).toHaveLength(events);
  });

  it('loses nothing when a server is killed with SIGKILL between commit and delivery', async () => {
    a = await createTestApp({ kind: 'postgres', seed: true, env: FAST });
    // This process only commits; the child delivers, and dies mid-attempt.
    await a.deps.webhooks.close();
    receiver = await startWebhookReceiver((n) => (n === 0 ? 'hang' : 204));
    const admin = await adminOf(a);
    const endpoint = await (await admin.post(`/api/groups/${ACME}/webhooks`, { json: { url: receiver.url, events: ['service_account.created'] } })).json();
    expect((await admin.post(`/api/groups/${ACME}/service-accounts`, { json: { name: 'before the crash' } })).status).toBe(201);

    const { connectionString, schema } = a.database.connection!;
    const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('../testing/webhook-worker-child.ts', import.meta.url))], {
      env: { ...process.env, ...FAST, DATABASE_URL: connectionString, GRANTKIT_TEST_SCHEMA: schema, PUBLIC_URL: a.config.publicUrl, GRANTKIT_WEBHOOK_TIMEOUT_SECONDS: '60' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const exited = new Promise((resolve) => child.once('exit', resolve));
    try {
      // The child fans the event out and is in the middle of the attempt (the receiver hangs).
      const [inFlight] = await receiver.waitFor(1, 60_000);
      child.kill('SIGKILL');
      await exited;
      // Committed while no server runs.
      expect((await admin.post(`/api/groups/${ACME}/service-accounts`, { json: { name: 'during the outage' } })).status).toBe(201);

      // A restart, once the dead attempt's lease (timeout + 60 s) has run out, delivers both.
      a.clock.advance(5 * 60_000);
      const restarted = createWebhookWorker({ store: a.deps.store, config: a.config.webhooks, secret: a.config.secret, mail: a.deps.mail, publicUrl: a.config.publicUrl, logger: a.deps.logger, clock: a.clock.now });
      try {
        await restarted.runOnce();
      } finally {
        await restarted.close();
      }
      const requests = await receiver.waitFor(3);
      const wh = new Webhook(endpoint.secret);
      const names = requests.slice(1).map((r) => (wh.verify(r.body, r.headers) as { data: { name: string } }).data.name).sort();
      expect(names).toEqual(['before the crash', 'during the outage']);
      expect(requests.slice(1).map((r) => r.headers['webhook-id'])).toContain(inFlight!.headers['webhook-id']);
      const { items } = await (await admin.get(`/api/webhooks/${endpoint.id}/deliveries`)).json();
      expect(items.map((d: { status: string; attempts: number }) => [d.status, d.attempts]).sort()).toEqual([['succeeded', 1], ['succeeded', 2]]);
    } finally {
      child.kill('SIGKILL');
    }
  });
});
