import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRouter } from '../context.js';
import { requestContext } from './request-context.js';
import { bearerAuth } from './bearer-auth.js';
import { silentLogger } from '../../logger.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { deleteServiceAccount } from '../../domain/service-accounts.js';
import { getToken, seedGroup, seedServiceAccount, type TokenFixture } from '../../oauth/testing.js';

describe('bearer-auth middleware', () => {
  let app: TestApp;
  let fx: TokenFixture;
  let probe: ReturnType<typeof createRouter>;
  beforeAll(async () => {
    app = await createTestApp();
    fx = await seedGroup(app);
    // A probe route that shows what the platform API sees in c.var.token / c.var.user.
    probe = createRouter();
    probe.use('*', requestContext(silentLogger));
    probe.use('/api/*', async (c, next) => {
      c.set('user', { id: 'cookie-user', email: 'u@example.com', name: 'U' } as never);
      await next();
    });
    probe.use('/api/*', bearerAuth(app.deps));
    probe.get('/api/whoami', (c) => c.json({ token: c.get('token') ?? null, user: c.get('user') ?? null }));
  });
  afterAll(() => app.close());

  const call = (authorization?: string) =>
    probe.request('http://localhost/api/whoami', { headers: authorization ? { authorization } : {} });

  it('sets c.var.token for a valid token and drops the cookie user', async () => {
    const sa = await seedServiceAccount(app, fx, { installationId: fx.installationId });
    const token = await getToken(app, sa.clientId, sa.clientSecret, { scope: 'installation:read' });
    const res = await call(`Bearer ${token}`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      user: null,
      token: {
        kind: 'service_account',
        subject: sa.id,
        clientId: sa.clientId,
        groupId: fx.groupId,
        installationId: fx.installationId,
        scopes: ['installation:read'],
        grantId: null,
      },
    });
  });

  it('leaves requests without a bearer token alone', async () => {
    expect(await (await call()).json()).toMatchObject({ token: null, user: { id: 'cookie-user' } });
    expect(await (await call('Basic abc')).json()).toMatchObject({ token: null });
  });

  it('answers 401 invalid_token with a challenge for a malformed header or a dead token', async () => {
    const sa = await seedServiceAccount(app, fx);
    const token = await getToken(app, sa.clientId, sa.clientSecret);
    await deleteServiceAccount({ store: app.deps.store, now: app.clock.now() }, { userId: null, label: 'test' }, fx.groupId, sa.id);
    for (const header of ['Bearer', 'Bearer a b', `Bearer ${token}`]) {
      const res = await call(header);
      expect(res.status, header).toBe(401);
      expect(res.headers.get('www-authenticate')).toBe('Bearer realm="grantkit", error="invalid_token"');
      expect(res.headers.get('content-type')).toBe('application/problem+json');
    }
  });
});
