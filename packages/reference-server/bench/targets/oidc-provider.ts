/**
 * The same grant on oidc-provider (panva's certified OpenID provider): client_credentials with
 * client_secret_basic, JWT access tokens (resource indicators, RFC 8707) signed with ES256, its
 * default in-memory adapter, served by node:http.
 */
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair } from 'jose';
import Provider from 'oidc-provider';
import { reportReady } from '../child.js';

const clientId = 'gksa_' + randomBytes(12).toString('hex');
const clientSecret = 'gks_' + randomBytes(32).toString('base64url');
const { privateKey } = await generateKeyPair('ES256', { extractable: true });
const jwk = { ...(await exportJWK(privateKey)), kid: 'k1', alg: 'ES256', use: 'sig' };
const scope = 'installation:read installation:settings chargers:control';

const server = createServer();
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const provider = new Provider(url, {
  clients: [
    {
      client_id: clientId,
      client_secret: clientSecret,
      grant_types: ['client_credentials'],
      redirect_uris: [],
      response_types: [],
      token_endpoint_auth_method: 'client_secret_basic',
      id_token_signed_response_alg: 'ES256',
      scope,
    },
  ],
  jwks: { keys: [jwk] },
  scopes: scope.split(' '),
  features: {
    devInteractions: { enabled: false },
    clientCredentials: { enabled: true },
    resourceIndicators: {
      enabled: true,
      defaultResource: () => url,
      useGrantedResource: () => true,
      getResourceServerInfo: () => ({ scope, audience: url, accessTokenTTL: 900, accessTokenFormat: 'jwt', jwt: { sign: { alg: 'ES256' } } }),
    },
  },
  routes: { token: '/oauth/token' },
  ttl: { ClientCredentials: 900 },
});
// Only server errors are printed: oidc-provider writes no access log of its own (grantkit writes one
// line per request, and pays for it in this benchmark).
provider.on('server_error', (_ctx: unknown, error: Error) => console.error(error));
server.on('request', provider.callback());
reportReady({ url, clientId, clientSecret }, () => void server.close());
