/**
 * Who may revoke (RFC 7009 §2.1) and introspect (RFC 7662 §2.1) what.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app.js';
import { randomToken } from '../security/random.js';
import { basic, getToken, introspect, postForm, seedAuthorizationCode, seedGroup, seedServiceAccount, type TokenFixture } from './testing.js';

type Json = Record<string, unknown>;

describe('revocation and introspection: authentication and scope', () => {
  let app: TestApp;
  let fx: TokenFixture;
  let other: TokenFixture;
  let sa: { clientId: string; clientSecret: string };
  let otherSa: { clientId: string; clientSecret: string };
  beforeAll(async () => {
    app = await createTestApp();
    fx = await seedGroup(app);
    other = await seedGroup(app);
    sa = await seedServiceAccount(app, fx);
    otherSa = await seedServiceAccount(app, other);
  });
  afterAll(() => app.close());

  const grantToken = async (fixture: TokenFixture) => {
    const verifier = randomToken();
    const code = await seedAuthorizationCode(app, fixture, { verifier });
    const res = await postForm(app, '/oauth/token', {
      grant_type: 'authorization_code',
      code,
      code_verifier: verifier,
      redirect_uri: 'https://partner.example/return',
      client_id: fixture.lookupKey,
    });
    return ((await res.json()) as Json).access_token as string;
  };

  it('introspection requires a service account; public clients and anonymous callers get 401', async () => {
    const token = await getToken(app, sa.clientId, sa.clientSecret);
    for (const [form, headers] of [
      [{ token }, {}],
      [{ token, client_id: fx.lookupKey }, {}],
      [{ token }, { authorization: basic(sa.clientId, 'wrong') }],
    ] as [Record<string, string>, Record<string, string>][]) {
      const res = await postForm(app, '/oauth/introspect', form, headers);
      expect(res.status).toBe(401);
      expect(((await res.json()) as Json).error).toBe('invalid_client');
    }
    const missing = await postForm(app, '/oauth/introspect', {}, { authorization: basic(sa.clientId, sa.clientSecret) });
    expect(missing.status).toBe(400);
  });

  it('a service account cannot revoke another group\'s token (200, nothing changes), but can revoke its own group\'s', async () => {
    const theirs = await getToken(app, otherSa.clientId, otherSa.clientSecret);
    const res = await postForm(app, '/oauth/revoke', { token: theirs }, { authorization: basic(sa.clientId, sa.clientSecret) });
    expect(res.status).toBe(200);
    expect((await introspect(app, otherSa.clientId, otherSa.clientSecret, theirs)).active).toBe(true);

    const colleague = await seedServiceAccount(app, fx);
    const ours = await getToken(app, colleague.clientId, colleague.clientSecret);
    await postForm(app, '/oauth/revoke', { token: ours, token_type_hint: 'access_token' }, { authorization: basic(sa.clientId, sa.clientSecret) });
    expect(await introspect(app, sa.clientId, sa.clientSecret, ours)).toEqual({ active: false });
  });

  it('the public client (lookup key) revokes its own grant token, not another group\'s; unknown clients get 401', async () => {
    const own = await grantToken(fx);
    const foreign = await grantToken(other);
    expect((await postForm(app, '/oauth/revoke', { token: foreign, client_id: fx.lookupKey })).status).toBe(200);
    expect((await introspect(app, otherSa.clientId, otherSa.clientSecret, foreign)).active).toBe(true);
    expect((await postForm(app, '/oauth/revoke', { token: own, client_id: fx.lookupKey })).status).toBe(200);
    expect(await introspect(app, sa.clientId, sa.clientSecret, own)).toEqual({ active: false });
    const unknown = await postForm(app, '/oauth/revoke', { token: own, client_id: 'NOPE99' });
    expect(unknown.status).toBe(401);
    const anonymous = await postForm(app, '/oauth/revoke', { token: own });
    expect(anonymous.status).toBe(401);
  });

  it('revoking garbage is a 200 no-op (RFC 7009 §2.2)', async () => {
    const res = await postForm(app, '/oauth/revoke', { token: 'garbage' }, { authorization: basic(sa.clientId, sa.clientSecret) });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({});
  });

  it('publishes RFC 8414 metadata that matches the endpoints', async () => {
    const res = await app.app.request(`${app.config.publicUrl}/.well-known/oauth-authorization-server`);
    const meta = (await res.json()) as Json;
    expect(meta).toMatchObject({
      issuer: app.config.publicUrl,
      token_endpoint: `${app.config.publicUrl}/oauth/token`,
      jwks_uri: `${app.config.publicUrl}/oauth/jwks`,
      revocation_endpoint: `${app.config.publicUrl}/oauth/revoke`,
      introspection_endpoint: `${app.config.publicUrl}/oauth/introspect`,
      grant_types_supported: ['client_credentials', 'authorization_code'],
      token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post', 'none'],
      code_challenge_methods_supported: ['S256'],
      response_types_supported: ['code'],
      authorization_response_iss_parameter_supported: true,
      // The signed return's algorithm (JARM §3): the token keys'.
      authorization_signing_alg_values_supported: [app.config.signingAlg],
    });
    const openapi = (await (await app.app.request(`${app.config.publicUrl}/openapi.json`)).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(openapi.paths)).toEqual(expect.arrayContaining(['/oauth/token', '/oauth/revoke', '/oauth/introspect', '/api/groups/{groupId}/service-accounts']));
  });
});
