/**
 * @module http/routes/oauth
 * The authorization server's endpoints: RFC 8414 metadata, the JWKS, token (RFC 6749),
 * revocation (RFC 7009) and introspection (RFC 7662). Thin adapters over oauth/*: the same
 * handlers also serve the Node adapter's token fast path (http/node/), which is why the token
 * route and its CORS are marked as reproduced by it. CORS is open (http/oauth-cors.ts).
 */
import type { Context } from 'hono';
import { bodyTooLarge, errorResponse, MAX_FORM_BYTES, type EndpointResponse, type RawOAuthRequest } from '../../oauth/endpoint-response.js';
import type { BodyLimitRoute } from '../middleware/body-limit.js';
import { accessRequestLocation } from '../../oauth/authorization-endpoint.js';
import { OAuthError } from '../../oauth/errors.js';
import { introspectionEndpoint } from '../../oauth/introspection.js';
import { authorizationServerMetadata } from '../../oauth/metadata.js';
import { revocationEndpoint } from '../../oauth/revocation.js';
import { tokenEndpoint } from '../../oauth/token-endpoint.js';
import { clientAddress } from '../client-address.js';
import { createRouter, type AppDeps, type AppEnv } from '../context.js';
import { OAUTH_CORS_RESPONSE_HEADERS, oauthCors } from '../oauth-cors.js';
import { reproducedByTokenFastPath } from '../token-fast-path-contract.js';
import { documentOAuthEndpoints } from './oauth-openapi.js';

async function rawRequest(c: Context<AppEnv>, deps: AppDeps): Promise<RawOAuthRequest> {
  return {
    contentType: c.req.header('content-type'),
    authorization: c.req.header('authorization'),
    body: await c.req.text(),
    address: clientAddress(c, deps.config.trustedProxies),
  };
}

function send(r: EndpointResponse): Response {
  return new Response(r.body, { status: r.status, headers: r.headers });
}

/** The OAuth endpoints read at most a 16 KiB form, like the token fast path, and refuse more the OAuth way. */
export const oauthBodyLimits: readonly BodyLimitRoute[] = [
  {
    path: '/oauth/*',
    maxSize: MAX_FORM_BYTES,
    // Refused before this module's CORS middleware runs: its headers are added here.
    tooLarge: (c) => {
      const r = errorResponse(bodyTooLarge(), c.get('log'));
      return send({ ...r, headers: { ...r.headers, ...OAUTH_CORS_RESPONSE_HEADERS } });
    },
  },
];

export function oauthRoutes(deps: AppDeps) {
  const router = createRouter();
  const service = deps.tokens;
  documentOAuthEndpoints(router);
  const open = oauthCors();
  router.use('/oauth/*', open);
  router.use('/.well-known/oauth-authorization-server', open);

  router.get('/.well-known/oauth-authorization-server', (c) => {
    c.header('cache-control', 'public, max-age=300');
    return c.json(authorizationServerMetadata(deps.config));
  });
  // The authorization endpoint of the metadata: OAuth parameters → the access-request page.
  router.get('/access/request', (c) => {
    try {
      return c.redirect(accessRequestLocation(new URL(c.req.url).searchParams), 303);
    } catch (error) {
      if (!(error instanceof OAuthError)) throw error;
      return c.json(error.toJSON(), 400);
    }
  });
  router.get('/oauth/jwks', async (c) => {
    await service.ready;
    // Short cache: a rotation must reach resource servers well within a token lifetime.
    c.header('cache-control', 'public, max-age=60');
    c.header('content-type', 'application/jwk-set+json');
    return c.body(JSON.stringify(service.keys.jwks()));
  });
  router.post(
    '/oauth/token',
    reproducedByTokenFastPath(async (c: Context<AppEnv>) => send(await tokenEndpoint(service, await rawRequest(c, deps), c.get('log')))),
  );
  router.post('/oauth/revoke', async (c) => send(await revocationEndpoint(service, await rawRequest(c, deps), c.get('log'))));
  router.post('/oauth/introspect', async (c) => send(await introspectionEndpoint(service, await rawRequest(c, deps), c.get('log'))));
  return router;
}
