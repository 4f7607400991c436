/**
 * @module http/routes/oauth
 * The authorization server's endpoints: RFC 8414 metadata, the JWKS, token (RFC 6749),
 * revocation (RFC 7009) and introspection (RFC 7662). Thin adapters over oauth/*: the same
 * handlers also serve the Node fast path. CORS is open (no credentials): browser clients of the
 * authorization_code grant exchange codes from their own origin.
 */
import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { cors } from 'hono/cors';
import type { EndpointResponse, RawOAuthRequest } from '../../oauth/endpoint-response.js';
import { accessRequestLocation } from '../../oauth/authorization-endpoint.js';
import { OAuthError } from '../../oauth/errors.js';
import { introspectionEndpoint } from '../../oauth/introspection.js';
import { authorizationServerMetadata } from '../../oauth/metadata.js';
import { revocationEndpoint } from '../../oauth/revocation.js';
import { tokenEndpoint } from '../../oauth/token-endpoint.js';
import { tokenService } from '../../oauth/token-service.js';
import { clientAddress } from '../client-address.js';
import { createRouter, type AppDeps, type AppEnv } from '../context.js';

async function rawRequest(c: Context<AppEnv>): Promise<RawOAuthRequest> {
  return {
    contentType: c.req.header('content-type'),
    authorization: c.req.header('authorization'),
    body: await c.req.text(),
    address: clientAddress(c),
  };
}

function send(r: EndpointResponse): Response {
  return new Response(r.body, { status: r.status, headers: r.headers });
}

const OAuthErrorSchema = z
  .object({ error: z.string(), error_description: z.string().optional() })
  .openapi('OAuthError', { description: 'RFC 6749 §5.2 error response' });

const formBody = (description: string) => ({
  content: { 'application/x-www-form-urlencoded': { schema: z.record(z.string(), z.string()).openapi({ description }) } },
});

function documented(router: ReturnType<typeof createRouter>) {
  const oauthErrors = {
    400: { description: 'OAuth error', content: { 'application/json': { schema: OAuthErrorSchema } } },
    401: { description: 'invalid_client (with WWW-Authenticate)', content: { 'application/json': { schema: OAuthErrorSchema } } },
    429: { description: 'Too many failed client authentications (Retry-After)', content: { 'application/json': { schema: OAuthErrorSchema } } },
  };
  router.openAPIRegistry.registerPath({
    method: 'get',
    path: '/.well-known/oauth-authorization-server',
    tags: ['OAuth'],
    summary: 'Authorization server metadata (RFC 8414)',
    responses: { 200: { description: 'Metadata', content: { 'application/json': { schema: z.record(z.string(), z.unknown()) } } } },
  });
  router.openAPIRegistry.registerPath({
    method: 'get',
    path: '/oauth/jwks',
    tags: ['OAuth'],
    summary: 'Public signing keys (RFC 7517), including retired keys until their tokens expire',
    responses: { 200: { description: 'JWK Set', content: { 'application/json': { schema: z.object({ keys: z.array(z.record(z.string(), z.unknown())) }) } } } },
  });
  router.openAPIRegistry.registerPath({
    method: 'post',
    path: '/oauth/token',
    tags: ['OAuth'],
    summary: 'Token endpoint: client_credentials (service accounts) and authorization_code with PKCE S256',
    request: { body: formBody('grant_type, scope | code, code_verifier, redirect_uri, client_id') },
    responses: {
      200: {
        description: 'Access token (RFC 9068 JWT)',
        content: {
          'application/json': {
            schema: z.object({
              access_token: z.string(),
              token_type: z.literal('Bearer'),
              expires_in: z.number(),
              scope: z.string(),
              grant_id: z.string().optional(),
              installation_id: z.string().optional(),
              lookup_key: z.string().optional(),
            }),
          },
        },
      },
      ...oauthErrors,
    },
  });
  router.openAPIRegistry.registerPath({
    method: 'post',
    path: '/oauth/revoke',
    tags: ['OAuth'],
    summary: 'Token revocation (RFC 7009)',
    request: { body: formBody('token, token_type_hint') },
    responses: { 200: { description: 'Revoked, or nothing to revoke' }, ...oauthErrors },
  });
  router.openAPIRegistry.registerPath({
    method: 'post',
    path: '/oauth/introspect',
    tags: ['OAuth'],
    summary: 'Token introspection (RFC 7662); service-account authentication required',
    request: { body: formBody('token') },
    responses: { 200: { description: 'Introspection response', content: { 'application/json': { schema: z.record(z.string(), z.unknown()) } } }, ...oauthErrors },
  });
}

export function oauthRoutes(deps: AppDeps) {
  const router = createRouter();
  const service = tokenService(deps);
  documented(router);
  const open = cors({ origin: '*', allowMethods: ['GET', 'POST'], allowHeaders: ['authorization', 'content-type'], maxAge: 600 });
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
  router.post('/oauth/token', async (c) => send(await tokenEndpoint(service, await rawRequest(c), c.get('log'))));
  router.post('/oauth/revoke', async (c) => send(await revocationEndpoint(service, await rawRequest(c), c.get('log'))));
  router.post('/oauth/introspect', async (c) => send(await introspectionEndpoint(service, await rawRequest(c), c.get('log'))));
  return router;
}
