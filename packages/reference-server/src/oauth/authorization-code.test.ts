/**
 * The authorization_code grant with PKCE (RFC 6749 §4.1.3, RFC 7636 §4.6): success, replay
 * (revokes what the code produced), expiry, wrong verifier / redirect / client, revoked grant.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeJwt } from 'jose';
import { createTestApp, type TestApp } from '../testing/test-app.js';
import { storeKinds } from '../testing/test-database.js';
import { randomToken } from '../security/random.js';
import { introspect, postForm, seedAuthorizationCode, seedGroup, seedServiceAccount, type TokenFixture } from './testing.js';

type Json = Record<string, unknown>;
const REDIRECT = 'https://partner.example/return';

describe.each(storeKinds)('authorization_code with PKCE on %s', (kind) => {
  let app: TestApp;
  let fx: TokenFixture;
  let sa: { clientId: string; clientSecret: string };
  beforeAll(async () => {
    app = await createTestApp({ kind });
    fx = await seedGroup(app);
    sa = await seedServiceAccount(app, fx);
  });
  afterAll(() => app.close());

  const exchange = (code: string, verifier: string, extra: Record<string, string> = {}) =>
    postForm(app, '/oauth/token', { grant_type: 'authorization_code', code, code_verifier: verifier, redirect_uri: REDIRECT, client_id: fx.lookupKey, ...extra });

  it('exchanges the code for a token bound to the grant', async () => {
    const verifier = randomToken();
    const code = await seedAuthorizationCode(app, fx, { verifier });
    const res = await exchange(code, verifier);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Json;
    expect(body).toMatchObject({ token_type: 'Bearer', grant_id: fx.grantId, installation_id: fx.installationId, lookup_key: fx.lookupKey });
    expect(decodeJwt(body.access_token as string)).toMatchObject({ grant_id: fx.grantId, client_id: fx.lookupKey, sub: fx.lookupKey, installation_id: fx.installationId });
    expect((await introspect(app, sa.clientId, sa.clientSecret, body.access_token as string)).active).toBe(true);
  });

  it('a replayed code is refused and revokes the token it produced', async () => {
    const verifier = randomToken();
    const code = await seedAuthorizationCode(app, fx, { verifier });
    const first = (await (await exchange(code, verifier)).json()) as Json;
    const replay = await exchange(code, verifier);
    expect(replay.status).toBe(400);
    expect(((await replay.json()) as Json).error).toBe('invalid_grant');
    expect(await introspect(app, sa.clientId, sa.clientSecret, first.access_token as string)).toEqual({ active: false });
  });

  it('refuses an expired code, a wrong verifier, another redirect URI or client, and an unknown code', async () => {
    const verifier = randomToken();
    const expired = await seedAuthorizationCode(app, fx, { verifier, ttlSeconds: 60 });
    app.clock.advance(61_000);
    const wrongVerifier = await seedAuthorizationCode(app, fx, { verifier });
    const wrongRedirect = await seedAuthorizationCode(app, fx, { verifier });
    const wrongClient = await seedAuthorizationCode(app, fx, { verifier });
    const results = [
      await exchange(expired, verifier),
      await exchange(wrongVerifier, randomToken()),
      await exchange(wrongRedirect, verifier, { redirect_uri: 'https://partner.example/other' }),
      await exchange(wrongClient, verifier, { client_id: 'ZZZZ' }),
      await exchange(randomToken(), verifier),
    ];
    for (const res of results) {
      expect(res.status).toBe(400);
      expect(((await res.json()) as Json).error).toBe('invalid_grant');
    }
    // A code is spent by a failed attempt: the right verifier afterwards is a replay.
    expect((await exchange(wrongVerifier, verifier)).status).toBe(400);
  });

  it('requires code, code_verifier, redirect_uri and client_id, and no secret', async () => {
    const verifier = randomToken();
    const code = await seedAuthorizationCode(app, fx, { verifier });
    for (const missing of ['code', 'code_verifier', 'redirect_uri', 'client_id']) {
      const form: Record<string, string> = { grant_type: 'authorization_code', code, code_verifier: verifier, redirect_uri: REDIRECT, client_id: fx.lookupKey };
      delete form[missing];
      const res = await postForm(app, '/oauth/token', form);
      expect(res.status, missing).toBe(400);
      expect(((await res.json()) as Json).error).toBe('invalid_request');
    }
    const withSecret = await exchange(code, verifier, { client_secret: 'nope' });
    expect(((await withSecret.json()) as Json).error).toBe('unauthorized_client');
  });

  it('a token stops working when its grant is revoked, and a code for a revoked grant is refused', async () => {
    const own = await seedGroup(app);
    const ownSa = await seedServiceAccount(app, own);
    const verifier = randomToken();
    const code = await seedAuthorizationCode(app, own, { verifier });
    const later = await seedAuthorizationCode(app, own, { verifier });
    const token = ((await (await postForm(app, '/oauth/token', { grant_type: 'authorization_code', code, code_verifier: verifier, redirect_uri: REDIRECT, client_id: own.lookupKey })).json()) as Json)
      .access_token as string;
    expect((await introspect(app, ownSa.clientId, ownSa.clientSecret, token)).active).toBe(true);
    await app.deps.store.grants.revoke(own.grantId, null, app.clock.now());
    expect(await introspect(app, ownSa.clientId, ownSa.clientSecret, token)).toEqual({ active: false });
    const api = await app.app.request(`${app.config.publicUrl}/api/installations/${own.installationId}`, { headers: { authorization: `Bearer ${token}` } });
    expect(api.status).toBe(401);
    const res = await postForm(app, '/oauth/token', { grant_type: 'authorization_code', code: later, code_verifier: verifier, redirect_uri: REDIRECT, client_id: own.lookupKey });
    expect(res.status).toBe(400);
    expect(((await res.json()) as Json).error).toBe('invalid_grant');
  });
});
