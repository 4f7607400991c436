/**
 * Tokens that must never be accepted — tampered, `alg: none`, signed by a retired-and-removed
 * key — and key rotation: the retired key stays in the JWKS until its tokens have expired.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { base64url, decodeJwt, decodeProtectedHeader, importJWK, SignJWT, type JWK } from 'jose';
import { createTestApp, type TestApp } from '../testing/test-app.js';
import { storeKinds } from '../testing/test-database.js';
import { decryptPrivateKey } from './key-encryption.js';
import { PREPUBLISH_MS, retentionMs } from './keys.js';
import { getToken, introspect, seedGroup, seedServiceAccount, type TokenFixture } from './testing.js';

describe.each(storeKinds)('token validation on %s', (kind) => {
  let app: TestApp;
  let fx: TokenFixture;
  let sa: { id: string; clientId: string; clientSecret: string };
  beforeAll(async () => {
    app = await createTestApp({ kind });
    fx = await seedGroup(app);
    sa = await seedServiceAccount(app, fx);
  });
  afterAll(() => app.close());

  const bearer = (token: string) =>
    app.app.request(`${app.config.publicUrl}/api/installations/${fx.installationId}`, { headers: { authorization: `Bearer ${token}` } });
  const jwks = async () => ((await (await app.app.request(`${app.config.publicUrl}/oauth/jwks`)).json()) as { keys: JWK[] }).keys;

  it('a tampered token (changed claims, same signature) is inactive and refused by the API', async () => {
    const token = await getToken(app, sa.clientId, sa.clientSecret, { scope: 'installation:read' });
    const [h, p, s] = token.split('.');
    const claims = JSON.parse(new TextDecoder().decode(base64url.decode(p!)));
    const forged = [h, base64url.encode(JSON.stringify({ ...claims, scope: 'installation:read chargers:control' })), s].join('.');
    expect(await introspect(app, sa.clientId, sa.clientSecret, forged)).toEqual({ active: false });
    const res = await bearer(forged);
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toMatch(/^Bearer .*error="invalid_token"/);
    expect(((await res.json()) as { code: string }).code).toBe('invalid_token');
  });

  it('an unsigned token (alg: none) is inactive and refused', async () => {
    const token = await getToken(app, sa.clientId, sa.clientSecret);
    const { kid } = decodeProtectedHeader(token);
    const unsigned = [
      base64url.encode(JSON.stringify({ alg: 'none', typ: 'at+jwt', kid })),
      token.split('.')[1],
      '',
    ].join('.');
    expect(await introspect(app, sa.clientId, sa.clientSecret, unsigned)).toEqual({ active: false });
    expect((await bearer(unsigned)).status).toBe(401);
  });

  it('garbage and a token of another issuer are inactive', async () => {
    expect(await introspect(app, sa.clientId, sa.clientSecret, 'not-a-jwt')).toEqual({ active: false });
    expect((await bearer('not-a-jwt')).status).toBe(401);
  });

  it('a token of another group is inactive for this group', async () => {
    const other = await seedGroup(app);
    const otherSa = await seedServiceAccount(app, other);
    const token = await getToken(app, otherSa.clientId, otherSa.clientSecret);
    expect(await introspect(app, sa.clientId, sa.clientSecret, token)).toEqual({ active: false });
    expect((await introspect(app, otherSa.clientId, otherSa.clientSecret, token)).active).toBe(true);
  });

  it('rotation keeps the retired key in the JWKS until its tokens expire; a removed key signs nothing we accept', async () => {
    const service = app.deps.tokens;
    await service.ready;
    const before = await getToken(app, sa.clientId, sa.clientSecret);
    const oldKid = decodeProtectedHeader(before).kid!;
    const stored = (await app.deps.store.signingKeys.listPublished(app.clock.now())).find((k) => k.kid === oldKid)!;
    // What a thief of the old private key would hold (decrypted with the configured secret).
    const stolen = await importJWK(JSON.parse(decryptPrivateKey(app.config.secret, oldKid, stored.privateJwkEncrypted)) as JWK, 'ES256');

    const { kid: newKid, retired } = await service.keys.rotate();
    expect(retired).toBe(oldKid);
    // Published first, signing later: verifiers with a cached JWKS learn the key in time.
    expect((await jwks()).map((k) => k.kid).sort()).toEqual([newKid, oldKid].sort());
    expect(decodeProtectedHeader(await getToken(app, sa.clientId, sa.clientSecret)).kid).toBe(oldKid);
    app.clock.advance(PREPUBLISH_MS);
    const after = await getToken(app, sa.clientId, sa.clientSecret);
    expect(decodeProtectedHeader(after).kid).toBe(newKid);
    expect((await introspect(app, sa.clientId, sa.clientSecret, before)).active).toBe(true);

    app.clock.advance(retentionMs(app.config) + 1_000);
    expect((await jwks()).map((k) => k.kid)).toEqual([newKid]);
    // A token freshly forged with the removed key, with every claim valid, is refused.
    const claims = decodeJwt(before);
    const now = Math.floor(app.clock.now().getTime() / 1000);
    const forged = await new SignJWT({ ...claims, iat: now, exp: now + 600, jti: crypto.randomUUID() })
      .setProtectedHeader({ alg: 'ES256', typ: 'at+jwt', kid: oldKid })
      .sign(stolen);
    const fresh = await getToken(app, sa.clientId, sa.clientSecret);
    expect(await introspect(app, sa.clientId, sa.clientSecret, forged)).toEqual({ active: false });
    expect((await bearer(forged)).status).toBe(401);
    expect((await introspect(app, sa.clientId, sa.clientSecret, fresh)).active).toBe(true);
  });

  it('keys are stored encrypted: no private key material in the table', async () => {
    const rows = await app.deps.store.db.query<{ private_jwk_encrypted: string; public_jwk: Record<string, unknown> }>('SELECT * FROM signing_keys');
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.private_jwk_encrypted).toMatch(/^v1\./);
      expect(row.private_jwk_encrypted).not.toMatch(/"d"/);
      expect(row.public_jwk.d).toBeUndefined();
      expect(() => decryptPrivateKey(new Uint8Array(32), 'x', row.private_jwk_encrypted)).toThrow(/cannot be decrypted/);
    }
  });
});

describe('EdDSA signing', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp({ env: { GRANTKIT_SIGNING_ALG: 'EdDSA', GRANTKIT_TOKEN_TTL_MINUTES: '5' } });
  });
  afterAll(() => app.close());

  it('signs with Ed25519 and the configured lifetime', async () => {
    const fx = await seedGroup(app);
    const sa = await seedServiceAccount(app, fx);
    const token = await getToken(app, sa.clientId, sa.clientSecret);
    expect(decodeProtectedHeader(token)).toMatchObject({ alg: 'EdDSA', typ: 'at+jwt' });
    const claims = decodeJwt(token);
    expect(claims.exp! - claims.iat!).toBe(300);
    expect((await introspect(app, sa.clientId, sa.clientSecret, token)).active).toBe(true);
  });
});
