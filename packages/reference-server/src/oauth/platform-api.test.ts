/**
 * What a token allows on the sample platform API (the core's installation routes, which read
 * c.var.token): a service account reads and changes the installations its group holds a grant
 * on, within its data set and scopes, and nothing else; revocation takes effect at once. It lists
 * exactly those installations (GET /api/installations).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app.js';
import { storeKinds } from '../testing/test-database.js';
import { getToken, seedGroup, seedServiceAccount, type TokenFixture } from './testing.js';

const credentials = (sa: { clientId: string; clientSecret: string }): [string, string] => [sa.clientId, sa.clientSecret];

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

  describe('GET /api/installations with a bearer token', () => {
    const list = async (token: string) => {
      const res = await call(token, 'GET', '/api/installations');
      expect(res.status).toBe(200);
      return ((await res.json()) as { items: { id: string; role: string }[] }).items;
    };

    it('lists exactly the installations its group holds a grant on', async () => {
      const own = await seedGroup(app);
      const foreign = await seedGroup(app);
      await app.deps.store.installations.create({ name: 'Nobody’s grant' });
      const token = await getToken(app, ...credentials(await seedServiceAccount(app, own)));
      const items = await list(token);
      expect(items.map((i) => i.id).sort()).toEqual([own.installationId, own.otherInstallationId].sort());
      expect(items.every((i) => i.role === 'group')).toBe(true);
      expect(items.map((i) => i.id)).not.toContain(foreign.installationId);
    });

    it('shows another group’s token none of ours', async () => {
      const ours = await seedGroup(app);
      const theirs = await seedGroup(app);
      await app.deps.store.grants.revoke(theirs.grantId, null, app.clock.now());
      const otherId = (await app.deps.store.grants.findActive(theirs.groupId, theirs.otherInstallationId))!.id;
      await app.deps.store.grants.revoke(otherId, null, app.clock.now());
      const token = await getToken(app, ...credentials(await seedServiceAccount(app, theirs)));
      const items = await list(token);
      expect(items).toEqual([]);
      expect(items.map((i) => i.id)).not.toContain(ours.installationId);
    });

    it('lists only the one installation of a data-set account', async () => {
      const own = await seedGroup(app);
      const token = await getToken(app, ...credentials(await seedServiceAccount(app, own, { installationId: own.otherInstallationId })));
      expect((await list(token)).map((i) => i.id)).toEqual([own.otherInstallationId]);
    });

    it('drops a revoked grant’s installation from the next answer', async () => {
      const own = await seedGroup(app);
      const token = await getToken(app, ...credentials(await seedServiceAccount(app, own)));
      expect((await list(token)).map((i) => i.id)).toContain(own.installationId);
      await app.deps.store.grants.revoke(own.grantId, null, app.clock.now());
      expect((await list(token)).map((i) => i.id)).toEqual([own.otherInstallationId]);
    });

    it('refuses a token without installation:read with insufficient_scope (RFC 6750 §3.1)', async () => {
      const own = await seedGroup(app);
      const token = await getToken(app, ...credentials(await seedServiceAccount(app, own)), { scope: 'installation:settings' });
      const res = await call(token, 'GET', '/api/installations');
      expect(res.status).toBe(403);
      expect((await res.json()).code).toBe('insufficient_scope');
    });

    it('answers 401 with a Bearer challenge to an invalid, expired or missing token (RFC 6750 §3)', async () => {
      const own = await seedGroup(app);
      const token = await getToken(app, ...credentials(await seedServiceAccount(app, own)));
      for (const bad of ['not-a-jwt', `${token.slice(0, -4)}AAAA`]) {
        const res = await call(bad, 'GET', '/api/installations');
        expect(res.status).toBe(401);
        expect(res.headers.get('www-authenticate')).toMatch(/^Bearer realm="grantkit", error="invalid_token"/);
      }
      const anonymous = await app.app.request(`${app.config.publicUrl}/api/installations`);
      expect(anonymous.status).toBe(401);
      expect(anonymous.headers.get('www-authenticate')).toBe('Bearer realm="grantkit"');
      app.clock.advance(24 * 3600_000);
      const expired = await call(token, 'GET', '/api/installations');
      expect(expired.status).toBe(401);
      expect(expired.headers.get('www-authenticate')).toMatch(/error="invalid_token"/);
    });
  });
});
