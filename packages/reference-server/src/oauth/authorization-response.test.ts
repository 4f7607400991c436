/**
 * The signed return's JWT itself: the current key's `kid` and `alg`, `typ`, short-lived, and a
 * parameter can never override a registered claim. The HTTP stories check every outcome's return
 * URL with testing/signed-return.ts (jose and the JWKS alone).
 */
import { createLocalJWKSet, decodeProtectedHeader, errors, jwtVerify, type JSONWebKeySet } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TEST_PUBLIC_URL, type TestApp } from '../testing/test-app.js';
import { SIGNED_RETURN_TYP } from './authorization-response.js';
import { PREPUBLISH_MS, SIGNED_RETURN_TTL_SECONDS } from './keys.js';

describe('the signed return', () => {
  let app: TestApp;
  let jwks: () => Promise<ReturnType<typeof createLocalJWKSet>>;
  beforeAll(async () => {
    app = await createTestApp();
    await app.deps.tokens.ready;
    jwks = async () => createLocalJWKSet((await (await app.client().get('/oauth/jwks')).json()) as JSONWebKeySet);
  });
  afterAll(() => app.close());

  it('is signed by the current key for the lookup key, for five minutes, and keeps iss and aud its own', async () => {
    const jwt = await app.deps.tokens.signReturn('TZBV', { success: 'true', grant_id: 'g', iss: 'https://evil.example', aud: 'OTHR' });
    const header = decodeProtectedHeader(jwt);
    expect(header).toMatchObject({ typ: SIGNED_RETURN_TYP, alg: app.config.signingAlg, kid: app.deps.tokens.keys.signingKey().kid });
    const { payload } = await jwtVerify(jwt, await jwks(), { issuer: TEST_PUBLIC_URL, audience: 'TZBV', typ: SIGNED_RETURN_TYP, currentDate: app.clock.now() });
    expect(payload).toMatchObject({ success: 'true', grant_id: 'g' });
    expect(payload.exp! - payload.iat!).toBe(SIGNED_RETURN_TTL_SECONDS);
    // Past its expiry it no longer verifies.
    const later = new Date(app.clock.now().getTime() + (SIGNED_RETURN_TTL_SECONDS + 60) * 1000);
    await expect(jwtVerify(jwt, await jwks(), { issuer: TEST_PUBLIC_URL, audience: 'TZBV', currentDate: later })).rejects.toBeInstanceOf(errors.JWTExpired);
  });

  it('follows a key rotation, and the retired key stays published while its returns are valid', async () => {
    const before = await app.deps.tokens.signReturn('TZBV', { success: 'false', error: 'access_denied' });
    const { kid } = await app.deps.tokens.keys.rotate();
    app.clock.advance(PREPUBLISH_MS + 1000);
    const after = await app.deps.tokens.signReturn('TZBV', { success: 'false', error: 'access_denied' });
    expect(decodeProtectedHeader(after).kid).toBe(kid);
    expect(decodeProtectedHeader(before).kid).not.toBe(kid);
    await expect(jwtVerify(before, await jwks(), { issuer: TEST_PUBLIC_URL, audience: 'TZBV', currentDate: app.clock.now() })).resolves.toBeTruthy();
  });
});
