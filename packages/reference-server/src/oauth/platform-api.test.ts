/**
 * What a token allows on the sample platform API (the core's installation routes, which read
 * c.var.token): a service account reads and changes the installations its group holds a grant
 * on, within its data set and scopes, and nothing else; revocation takes effect at once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app.js';
import { storeKinds } from '../testing/test-database.js';
import { getToken, seedGroup, seedServiceAccount, type TokenFixture } from './testing.js';

describe.each(storeKinds)('bearer tokens on the platform API (%s)', (kind) => {
  let app: TestApp;
  let fx: TokenFixture;
  beforeAll(async () => {
    app = await createTestApp({ kind });
    fx = await seedGroup(app);
  });
  afterAll(() => app.close());

  const call = (token: string, method: string, path: string, json?: unknown) =>
    app.app.request(`${app.config.publicUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(json ? { 'content-type': 'application/json' } : {}) },
      ...(json ? { body: JSON.stringify(json) } : {}),
    });

  it('reads and changes granted installations, not others', async () => {
    const sa = await seedServiceAccount(app, fx);
    const token = await getToken(app, sa.clientId, sa.clientSecret);
    expect((await call(token, 'GET', `/api/installations/${fx.installationId}`)).status).toBe(200);
    expect((await call(token, 'GET', `/api/installations/${fx.installationId}/charging-history`)).status).toBe(200);
    const patched = await call(token, 'PATCH', `/api/installations/${fx.installationId}/settings`, { name: 'Renamed by robot' });
    expect(patched.status).toBe(200);
    const stranger = await app.deps.store.installations.create({ name: 'Not granted' });
    expect((await call(token, 'GET', `/api/installations/${stranger.id}`)).status).toBe(404);
  });

  it('keeps a data-set account to its installation and a read-only token to reading', async () => {
    const limited = await seedServiceAccount(app, fx, { installationId: fx.installationId });
    const token = await getToken(app, limited.clientId, limited.clientSecret, { scope: 'installation:read' });
    expect((await call(token, 'GET', `/api/installations/${fx.installationId}`)).status).toBe(200);
    expect((await call(token, 'GET', `/api/installations/${fx.otherInstallationId}`)).status).toBe(404);
    expect((await call(token, 'PATCH', `/api/installations/${fx.installationId}/settings`, { name: 'nope' })).status).toBe(403);
  });

  it('loses access at once when the grant is revoked', async () => {
    const own = await seedGroup(app);
    const sa = await seedServiceAccount(app, own);
    const token = await getToken(app, sa.clientId, sa.clientSecret);
    expect((await call(token, 'GET', `/api/installations/${own.installationId}`)).status).toBe(200);
    await app.deps.store.grants.revoke(own.grantId, null, app.clock.now());
    expect((await call(token, 'GET', `/api/installations/${own.installationId}`)).status).toBe(404);
  });
});
