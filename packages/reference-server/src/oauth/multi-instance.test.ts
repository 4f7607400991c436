/**
 * The token service on two instances sharing one PostgreSQL database: one signing key for both
 * (whoever starts first creates it), a code used on A and replayed on B revokes A's token, a
 * rotation made on A is verified on B, a token revoked on B is refused on A, and a secret
 * regenerated on A ends the old secret on B once B's short credential cache has expired.
 * Runs when DATABASE_URL is set.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeProtectedHeader } from 'jose';
import { regenerateSecret } from '../domain/service-accounts.js';
import { randomToken } from '../security/random.js';
import { createServer, type GrantkitServer } from '../server.js';
import { openPostgres } from '../storage/drivers/postgres.js';
import { createTestApp, type TestApp } from '../testing/test-app.js';
import { CREDENTIAL_CACHE_MS } from './credential-cache.js';
import { PREPUBLISH_MS } from './keys.js';
import { basic, seedAuthorizationCode, seedGroup, seedServiceAccount, type TokenFixture } from './testing.js';

type Json = Record<string, unknown>;

describe.skipIf(!process.env.DATABASE_URL)('token service on two instances of one PostgreSQL', () => {
  let a: TestApp;
  let b: GrantkitServer;
  let fx: TokenFixture;
  let sa: { id: string; clientId: string; clientSecret: string };
  beforeAll(async () => {
    a = await createTestApp({ kind: 'postgres' });
    const { connectionString, schema } = a.database.connection!;
    b = await createServer({ config: a.config, logger: a.deps.logger, db: await openPostgres({ connectionString, schema, max: 4 }), clock: a.clock.now });
    fx = await seedGroup(a);
    sa = await seedServiceAccount(a, fx);
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  const post = (server: GrantkitServer, path: string, form: Record<string, string>, headers: Record<string, string> = {}) =>
    server.app.request(`${a.config.publicUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
      body: new URLSearchParams(form).toString(),
    });
  const token = async (server: GrantkitServer, secret = sa.clientSecret) => {
    const res = await post(server, '/oauth/token', { grant_type: 'client_credentials' }, { authorization: basic(sa.clientId, secret) });
    return { status: res.status, token: res.status === 200 ? (((await res.json()) as Json).access_token as string) : '' };
  };
  const active = async (server: GrantkitServer, value: string) =>
    ((await (await post(server, '/oauth/introspect', { token: value }, { authorization: basic(sa.clientId, sa.clientSecret) })).json()) as Json).active;

  it('signs with one shared key and verifies each other\'s tokens', async () => {
    const [fromA, fromB] = [await token(a), await token(b)];
    expect(decodeProtectedHeader(fromA.token).kid).toBe(decodeProtectedHeader(fromB.token).kid);
    expect(await active(b, fromA.token)).toBe(true);
    expect(await active(a, fromB.token)).toBe(true);
  });

  it('a code used on A and replayed on B is refused, and A\'s token dies everywhere', async () => {
    const verifier = randomToken();
    const code = await seedAuthorizationCode(a, fx, { verifier });
    const form = { grant_type: 'authorization_code', code, code_verifier: verifier, redirect_uri: 'https://partner.example/return', client_id: fx.lookupKey };
    const first = (await (await post(a, '/oauth/token', form)).json()) as Json;
    const replay = await post(b, '/oauth/token', form);
    expect(replay.status).toBe(400);
    expect(await active(a, first.access_token as string)).toBe(false);
  });

  it('a token revoked on B is refused on A', async () => {
    const { token: value } = await token(a);
    await post(b, '/oauth/revoke', { token: value }, { authorization: basic(sa.clientId, sa.clientSecret) });
    expect(await active(a, value)).toBe(false);
  });

  it('a key rotated on A is published by B and verified there', async () => {
    const { kid } = await a.deps.tokens.keys.rotate();
    a.clock.advance(PREPUBLISH_MS + 1_000);
    const fromA = await token(a);
    expect(decodeProtectedHeader(fromA.token).kid).toBe(kid);
    // B meets an unknown kid and reloads the keys from the database (at most once a second).
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect(await active(b, fromA.token)).toBe(true);
  });

  it('a secret regenerated on A stops working on B within the credential cache lifetime; B\'s stale tokens are refused', async () => {
    await token(b); // B caches the credentials
    const { clientSecret } = await regenerateSecret({ store: a.deps.store, now: a.clock.now(), passwordCost: a.config.passwordCost }, { userId: null, label: 'test' }, fx.groupId, sa.id);
    const stale = await token(b, sa.clientSecret);
    if (stale.status === 200) expect(await active(a, stale.token)).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, CREDENTIAL_CACHE_MS + 200));
    expect((await token(b, sa.clientSecret)).status).toBe(401);
    sa = { ...sa, clientSecret };
    expect((await token(b)).status).toBe(200);
  });
});
