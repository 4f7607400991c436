/**
 * The SDK's Node helpers against the real server on 127.0.0.1: the service-account token source
 * (discovery, client_credentials, caching) and verifyAccessToken (our JWKS, RFC 9068 checks),
 * through a key rotation.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { decodeProtectedHeader } from 'jose';
import { PREPUBLISH_MS } from './keys.js';
import { createServiceAccountTokenSource, TokenError, verifyAccessToken } from '@grantkit/sdk/node';
import { storeKinds } from '../testing/test-database.js';
import { listenTestApp, seedGroup, seedServiceAccount } from './testing.js';

describe.each(storeKinds)('@grantkit/sdk/node against the server (%s)', (kind) => {
  let server: Awaited<ReturnType<typeof listenTestApp>>;
  let creds: { id: string; clientId: string; clientSecret: string };
  let groupId: string;
  beforeAll(async () => {
    server = await listenTestApp({ kind });
    const fx = await seedGroup(server.app);
    groupId = fx.groupId;
    creds = await seedServiceAccount(server.app, fx);
  });
  afterAll(() => server.close());

  it('gets, caches and verifies a token, also after a key rotation', async () => {
    const source = createServiceAccountTokenSource({ issuer: server.url, clientId: creds.clientId, clientSecret: creds.clientSecret, scope: 'installation:read' });
    const token = await source.getToken();
    expect(await source.getToken()).toBe(token); // cached
    const claims = await verifyAccessToken(token, { issuer: server.url, audience: server.url });
    expect(claims).toMatchObject({ sub: creds.id, client_id: creds.clientId, scope: 'installation:read', group_id: groupId });

    const { kid } = await server.app.deps.tokens.keys.rotate();
    // The new key signs after the pre-publication delay; move both clocks past it (the SDK's
    // JWKS cache and jose's refetch cool-down run on Date).
    server.app.clock.advance(PREPUBLISH_MS + 1_000);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + PREPUBLISH_MS + 1_000);
    try {
      source.invalidate();
      const fresh = await source.getToken();
      expect(decodeProtectedHeader(fresh).kid).toBe(kid);
      await verifyAccessToken(fresh, { issuer: server.url, audience: server.url });
      // The old token still verifies: its retired key stays published until it expires.
      await verifyAccessToken(token, { issuer: server.url, audience: server.url });
    } finally {
      vi.useRealTimers();
    }
  });

  it('reports a wrong secret as token_request_failed and a wrong audience as token_claim_invalid', async () => {
    const bad = createServiceAccountTokenSource({ issuer: server.url, clientId: creds.clientId, clientSecret: 'gks_wrong' });
    const error = await bad.getToken().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TokenError);
    expect((error as TokenError).code).toBe('token_request_failed');
    expect((error as Error).message).toMatch(/invalid_client/);

    const token = await createServiceAccountTokenSource({ issuer: server.url, clientId: creds.clientId, clientSecret: creds.clientSecret, authMethod: 'client_secret_post' }).getToken();
    const wrongAudience = await verifyAccessToken(token, { issuer: server.url, audience: 'https://other.example' }).catch((e: unknown) => e);
    expect((wrongAudience as TokenError).code).toBe('token_claim_invalid');
  });
});
