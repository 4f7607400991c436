/**
 * Every error of the token endpoint (RFC 6749 §5.2), client authentication and its rate limit,
 * and the life of a service account's secret (grace period, password, deletion).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app.js';
import { storeKinds } from '../testing/test-database.js';
import { changePassword, deleteServiceAccount, regenerateSecret } from '../domain/service-accounts.js';
import { basic, getToken, introspect, postForm, seedGroup, seedServiceAccount, type TokenFixture } from './testing.js';
import { decodeJwt } from 'jose';

type Json = Record<string, unknown>;

describe.each(storeKinds)('token endpoint errors on %s', (kind) => {
  let app: TestApp;
  let fx: TokenFixture;
  let sa: { id: string; clientId: string; clientSecret: string };
  beforeAll(async () => {
    app = await createTestApp({ kind });
    fx = await seedGroup(app);
    sa = await seedServiceAccount(app, fx);
  });
  afterAll(() => app.close());
  const ctx = () => ({ store: app.deps.store, now: app.clock.now(), passwordCost: app.config.passwordCost });
  const actor = () => ({ userId: fx.adminId, label: 'test admin' });

  it('wrong secret and unknown client get the same 401 invalid_client with a Basic challenge', async () => {
    const wrong = await postForm(app, '/oauth/token', { grant_type: 'client_credentials' }, { authorization: basic(sa.clientId, 'gks_wrong') });
    const unknown = await postForm(app, '/oauth/token', { grant_type: 'client_credentials' }, { authorization: basic('gksa_nobody', sa.clientSecret) });
    for (const res of [wrong, unknown]) {
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toMatch(/^Basic realm="grantkit"/);
      expect(res.headers.get('cache-control')).toBe('no-store');
    }
    const [a, b] = [(await wrong.json()) as Json, (await unknown.json()) as Json];
    expect(a).toEqual({ error: 'invalid_client', error_description: 'Client authentication failed.' });
    expect(b).toEqual(a);
  });

  it('accepts client_secret_post and refuses two authentication methods at once', async () => {
    const post = await postForm(app, '/oauth/token', { grant_type: 'client_credentials', client_id: sa.clientId, client_secret: sa.clientSecret });
    expect(post.status).toBe(200);
    const both = await postForm(
      app,
      '/oauth/token',
      { grant_type: 'client_credentials', client_secret: sa.clientSecret },
      { authorization: basic(sa.clientId, sa.clientSecret) },
    );
    expect(both.status).toBe(400);
    expect(((await both.json()) as Json).error).toBe('invalid_request');
  });

  it('refuses a client_credentials request without a secret as invalid_client', async () => {
    const res = await postForm(app, '/oauth/token', { grant_type: 'client_credentials', client_id: sa.clientId });
    expect(res.status).toBe(401);
    expect(((await res.json()) as Json).error).toBe('invalid_client');
  });

  it('unsupported grant type, missing grant type, bad scope, wrong resource', async () => {
    const auth = { authorization: basic(sa.clientId, sa.clientSecret) };
    const cases: [Record<string, string>, string][] = [
      [{ grant_type: 'password', username: 'a', password: 'b' }, 'unsupported_grant_type'],
      [{ grant_type: 'refresh_token', refresh_token: 'x' }, 'unsupported_grant_type'],
      [{}, 'invalid_request'],
      [{ grant_type: 'client_credentials', scope: 'installation:read admin:everything' }, 'invalid_scope'],
      [{ grant_type: 'client_credentials', resource: 'https://elsewhere.example' }, 'invalid_target'],
    ];
    for (const [form, error] of cases) {
      const res = await postForm(app, '/oauth/token', form, auth);
      expect(res.status, error).toBe(400);
      const body = (await res.json()) as Json;
      expect(body.error).toBe(error);
      expect(typeof body.error_description).toBe('string');
    }
  });

  it('refuses JSON bodies and repeated parameters with invalid_request', async () => {
    const jsonBody = await app.app.request(`${app.config.publicUrl}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: basic(sa.clientId, sa.clientSecret) },
      body: JSON.stringify({ grant_type: 'client_credentials' }),
    });
    expect(jsonBody.status).toBe(400);
    expect(((await jsonBody.json()) as Json).error).toBe('invalid_request');
    const repeated = await app.app.request(`${app.config.publicUrl}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: basic(sa.clientId, sa.clientSecret) },
      body: 'grant_type=client_credentials&scope=installation:read&scope=chargers:control',
    });
    expect(repeated.status).toBe(400);
    expect(((await repeated.json()) as Json).error_description).toMatch(/repeated/);
  });

  it('limits the token to the data set and narrows the scope on request', async () => {
    const limited = await seedServiceAccount(app, fx, { installationId: fx.installationId });
    const claims = decodeJwt(await getToken(app, limited.clientId, limited.clientSecret, { scope: 'installation:read' }));
    expect(claims).toMatchObject({ installation_id: fx.installationId, scope: 'installation:read' });
    expect(decodeJwt(await getToken(app, sa.clientId, sa.clientSecret)).installation_id).toBeUndefined();
  });

  it('a deleted account can no longer get tokens, and its tokens become inactive', async () => {
    const doomed = await seedServiceAccount(app, fx);
    const token = await getToken(app, doomed.clientId, doomed.clientSecret);
    expect((await introspect(app, sa.clientId, sa.clientSecret, token)).active).toBe(true);
    await deleteServiceAccount(ctx(), actor(), fx.groupId, doomed.id);
    const res = await postForm(app, '/oauth/token', { grant_type: 'client_credentials' }, { authorization: basic(doomed.clientId, doomed.clientSecret) });
    expect(res.status).toBe(401);
    expect(await introspect(app, sa.clientId, sa.clientSecret, token)).toEqual({ active: false });
  });

  it('regeneration without grace ends the old secret and its tokens; with grace the old secret works until it ends', async () => {
    const acc = await seedServiceAccount(app, fx);
    const oldToken = await getToken(app, acc.clientId, acc.clientSecret);
    app.clock.advance(2_000);
    const { clientSecret: second } = await regenerateSecret(ctx(), actor(), fx.groupId, acc.id);
    expect(second).not.toBe(acc.clientSecret);
    const refused = await postForm(app, '/oauth/token', { grant_type: 'client_credentials' }, { authorization: basic(acc.clientId, acc.clientSecret) });
    expect(refused.status).toBe(401);
    expect(await introspect(app, sa.clientId, sa.clientSecret, oldToken)).toEqual({ active: false });
    const secondToken = await getToken(app, acc.clientId, second);

    app.clock.advance(2_000);
    const { clientSecret: third } = await regenerateSecret(ctx(), actor(), fx.groupId, acc.id, { graceMinutes: 30 });
    await getToken(app, acc.clientId, second); // still valid during the grace period
    await getToken(app, acc.clientId, third);
    expect((await introspect(app, sa.clientId, sa.clientSecret, secondToken)).active).toBe(true);
    app.clock.advance(31 * 60_000);
    const late = await postForm(app, '/oauth/token', { grant_type: 'client_credentials' }, { authorization: basic(acc.clientId, second) });
    expect(late.status).toBe(401);
    await getToken(app, acc.clientId, third);
  });

  it('a secret changed on another instance: the stale cache may still issue a token, but that token is refused', async () => {
    const acc = await seedServiceAccount(app, fx);
    await getToken(app, acc.clientId, acc.clientSecret); // now cached on this instance
    // Another instance regenerates the secret: the row changes without this process hearing of it.
    await app.deps.store.db.query(`UPDATE service_accounts SET secret_hash = 'sha256$other', secret_changed_at = now() WHERE id = $1`, [acc.id]);
    const stale = await getToken(app, acc.clientId, acc.clientSecret);
    expect(await introspect(app, sa.clientId, sa.clientSecret, stale)).toEqual({ active: false });
    const api = await app.app.request(`${app.config.publicUrl}/api/groups`, { headers: { authorization: `Bearer ${stale}` } });
    expect(api.status).toBe(401);
  });

  it('an admin-chosen password works (scrypt) and a new password replaces it', async () => {
    const acc = await seedServiceAccount(app, fx, { name: 'nightly-export', password: 'Tr4ceParts-export!' });
    await getToken(app, acc.clientId, 'Tr4ceParts-export!');
    await getToken(app, acc.clientId, 'Tr4ceParts-export!'); // served from the verification cache
    app.clock.advance(2_000);
    await changePassword(ctx(), actor(), fx.groupId, acc.id, 'An0ther-long-secret');
    const old = await postForm(app, '/oauth/token', { grant_type: 'client_credentials' }, { authorization: basic(acc.clientId, 'Tr4ceParts-export!') });
    expect(old.status).toBe(401);
    await getToken(app, acc.clientId, 'An0ther-long-secret');
  });
});

describe('failed client authentication is rate limited', () => {
  let app: TestApp;
  beforeAll(async () => {
    // Not the defaults (10 in 300 s): the limiter must take its numbers from the configuration.
    app = await createTestApp({ env: { GRANTKIT_RATE_LIMIT_CLIENT_AUTH_PER_CLIENT_ADDRESS: '4/120' } });
  });
  afterAll(() => app.close());

  it('answers 429 with Retry-After after too many failures from one address, even to the right secret from it, until the window ends', async () => {
    const fx = await seedGroup(app);
    const sa = await seedServiceAccount(app, fx);
    const { max, windowSeconds } = app.config.rateLimits.clientAuthPerClientAddress;
    expect([max, windowSeconds]).toEqual([4, 120]);
    for (let i = 0; i < max; i++) {
      const res = await postForm(app, '/oauth/token', { grant_type: 'client_credentials' }, { authorization: basic(sa.clientId, `wrong-${i}`) });
      expect(res.status).toBe(401);
    }
    const blocked = await postForm(app, '/oauth/token', { grant_type: 'client_credentials' }, { authorization: basic(sa.clientId, 'wrong-again') });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    const right = await postForm(app, '/oauth/token', { grant_type: 'client_credentials' }, { authorization: basic(sa.clientId, sa.clientSecret) });
    expect(right.status).toBe(429);
    app.clock.advance(windowSeconds * 1000);
    await getToken(app, sa.clientId, sa.clientSecret);
  });
});
