/**
 * Two server instances on one PostgreSQL database (how grantkit scales out): an access request
 * opened on one can be decided on the other, and when both decide it at the same moment exactly
 * one decision wins. Runs when DATABASE_URL is set.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_GROUPS, DEMO_INSTALLATIONS, DEMO_PASSWORD, DEMO_USERS } from '../seed/demo-data.js';
import { createServer, type GrantkitServer } from '../server.js';
import { openPostgres } from '../storage/drivers/postgres.js';
import { openConsent } from '../testing/access-request-helpers.js';
import { createTestApp, TestClient, type TestApp } from '../testing/test-app.js';

describe.skipIf(!process.env.DATABASE_URL)('two instances on one PostgreSQL', () => {
  let a: TestApp;
  let b: GrantkitServer;
  beforeAll(async () => {
    a = await createTestApp({ kind: 'postgres', seed: true });
    const { connectionString, schema } = a.database.connection!;
    b = await createServer({ config: a.config, logger: a.deps.logger, db: await openPostgres({ connectionString, schema, max: 4 }), clock: a.clock.now });
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  /** A client of instance B that shares A's cookie jar (one browser, two load-balanced backends). */
  function onB(client: TestClient): TestClient {
    const other = new TestClient(b, new URL(a.config.publicUrl).origin);
    for (const [k, v] of client.cookies) other.cookies.set(k, v);
    return other;
  }

  it('lets exactly one of two simultaneous decisions win, and keeps one grant', async () => {
    for (let round = 0; round < 5; round++) {
      const browser = a.client();
      const { requestId } = await openConsent(browser, `/access/request/TZBV?show_existing=true`, DEMO_USERS.owner.email, DEMO_PASSWORD);
      const [approve, deny] = await Promise.all([
        browser.post(`/api/access-requests/${requestId}/approve`, { json: { installation_id: DEMO_INSTALLATIONS.home.id } }),
        onB(browser).post(`/api/access-requests/${requestId}/deny`),
      ]);
      const statuses = [approve.status, deny.status].sort();
      expect(statuses).toEqual([200, 409]);
      const loser = approve.status === 409 ? approve : deny;
      expect(await loser.json()).toMatchObject({ status: 409, code: 'access_request_decided' });
      const stored = await a.deps.store.accessRequests.findById(requestId);
      expect(stored?.status).toBe(approve.status === 200 ? 'approved' : 'denied');
    }
    expect(((await a.deps.store.grants.listForGroup(DEMO_GROUPS.acme.id, { limit: 200 })).items).length).toBeLessThanOrEqual(1);
  });
});
