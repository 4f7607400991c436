/**
 * An independent, standard OAuth client (oauth4webapi, and openid-client) that knows only the
 * issuer URL and the service account's credentials: discovery, client_credentials,
 * RFC 9068 validation of the JWT, introspection, revocation, introspection again; and the
 * openid-client call the READMEs show, up to listing installations with the bearer token.
 */
import * as oauth from 'oauth4webapi';
import * as openid from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeKinds } from '../testing/test-database.js';
import { listenTestApp, seedGroup, seedServiceAccount, type TokenFixture } from './testing.js';

describe.each(storeKinds)('a standard client against the real server on %s', (kind) => {
  let server: Awaited<ReturnType<typeof listenTestApp>>;
  let credentials: { clientId: string; clientSecret: string };
  let fx: TokenFixture;
  beforeAll(async () => {
    server = await listenTestApp({ kind });
    fx = await seedGroup(server.app);
    credentials = await seedServiceAccount(server.app, fx);
  });
  afterAll(() => server.close());

  it('oauth4webapi: discovers, gets a token, validates it, introspects, revokes, sees it inactive', async () => {
    const issuer = new URL(server.url);
    const http = { [oauth.allowInsecureRequests]: true } as const;
    const as = await oauth.processDiscoveryResponse(issuer, await oauth.discoveryRequest(issuer, { algorithm: 'oauth2', ...http }));
    expect(as.token_endpoint).toBe(`${server.url}/oauth/token`);
    expect(as.code_challenge_methods_supported).toEqual(['S256']);

    const client: oauth.Client = { client_id: credentials.clientId };
    const auth = oauth.ClientSecretBasic(credentials.clientSecret);
    const tokenResponse = await oauth.processClientCredentialsResponse(
      as,
      client,
      await oauth.clientCredentialsGrantRequest(as, client, auth, new URLSearchParams({ scope: 'installation:read' }), http),
    );
    expect(tokenResponse.token_type).toBe('bearer');
    expect(tokenResponse.scope).toBe('installation:read');

    // The resource-server side of RFC 9068, done by the library against our JWKS.
    const claims = await oauth.validateJwtAccessToken(
      as,
      new Request(`${server.url}/api/me`, { headers: { authorization: `Bearer ${tokenResponse.access_token}` } }),
      server.url,
      http,
    );
    expect(claims.client_id).toBe(credentials.clientId);

    const introspect = async () =>
      oauth.processIntrospectionResponse(as, client, await oauth.introspectionRequest(as, client, auth, tokenResponse.access_token, http));
    const active = await introspect();
    expect(active).toMatchObject({ active: true, client_id: credentials.clientId, scope: 'installation:read', token_type: 'Bearer' });

    await oauth.processRevocationResponse(await oauth.revocationRequest(as, client, auth, tokenResponse.access_token, http));
    expect(await introspect()).toEqual({ active: false });
  });

  it('openid-client: the READMEs’ call — RFC 8414 discovery (no OpenID document), client_credentials, the platform API', async () => {
    // Exactly the call README.md and packages/reference-server/README.md show; `execute` only
    // because this test server is plain http on loopback.
    const config = await openid.discovery(new URL(server.url), credentials.clientId, credentials.clientSecret, undefined, {
      algorithm: 'oauth2',
      execute: [openid.allowInsecureRequests],
    });
    // Without algorithm: 'oauth2' the library asks for /.well-known/openid-configuration, which this server does not publish.
    await expect(openid.discovery(new URL(server.url), credentials.clientId, credentials.clientSecret, undefined, { execute: [openid.allowInsecureRequests] })).rejects.toThrow();
    const tokens = await openid.clientCredentialsGrant(config, { scope: 'installation:read' });
    const res = await openid.fetchProtectedResource(config, tokens.access_token, new URL(`${server.url}/api/installations`), 'GET');
    expect(res.status).toBe(200);
    expect(((await res.json()) as { items: { id: string }[] }).items.map((i) => i.id).sort()).toEqual([fx.installationId, fx.otherInstallationId].sort());
  });

  it('openid-client: discovery and client_credentials with client_secret_post', async () => {
    const config = await openid.discovery(
      new URL(server.url),
      credentials.clientId,
      undefined,
      openid.ClientSecretPost(credentials.clientSecret),
      { algorithm: 'oauth2', execute: [openid.allowInsecureRequests] },
    );
    const tokens = await openid.clientCredentialsGrant(config, { scope: 'installation:read chargers:control' });
    expect(tokens.access_token.split('.')).toHaveLength(3);
    expect(tokens.expires_in).toBe(900);
    const introspection = await openid.tokenIntrospection(config, tokens.access_token);
    expect(introspection.active).toBe(true);
    await openid.tokenRevocation(config, tokens.access_token);
    expect((await openid.tokenIntrospection(config, tokens.access_token)).active).toBe(false);
  });
});
