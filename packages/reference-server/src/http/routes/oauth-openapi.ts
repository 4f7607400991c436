/**
 * @module http/routes/oauth-openapi
 * How the authorization server's endpoints appear in the OpenAPI document: form-encoded request
 * bodies parameter by parameter (RFC 6749 §4.1.3, §4.4.2; RFC 7636 §4.5; RFC 7009 §2.1;
 * RFC 7662 §2.1), their JSON answers and the RFC 6749 §5.2 errors. Documentation only: the
 * handlers (oauth/*.ts) parse the raw form themselves so the Node fast path can share them.
 */
import { OAUTH_ERROR_CODES } from '@grantkit/sdk/problems';
import { z, type OpenAPIHono } from '@hono/zod-openapi';
import { GRANT_PERMISSIONS } from '../../domain/permissions.js';
import { OAUTH_CLIENT_SECURITY } from '../api-security.js';
import type { AppEnv } from '../context.js';

export const OAuthErrorSchema = z
  .object({
    error: z.enum(OAUTH_ERROR_CODES).openapi({ description: 'RFC 6749 §5.2 error code' }),
    error_description: z.string().optional().openapi({ description: 'Human-readable detail (English)' }),
  })
  .openapi('OAuthError', { description: 'RFC 6749 §5.2 error response' });

const clientSecret = z.string().optional().openapi({ description: 'client_secret_post (RFC 6749 §2.3.1): the service account’s secret, when not sent with HTTP Basic.' });
const scopeDescription = `Space-delimited (RFC 6749 §3.3) from: ${GRANT_PERMISSIONS.join(', ')}. Omitted: every scope.`;

const ClientCredentialsRequest = z
  .object({
    grant_type: z.literal('client_credentials'),
    scope: z.string().optional().openapi({ description: scopeDescription, example: 'installation:read' }),
    resource: z.string().optional().openapi({ description: 'RFC 8707 §2: must be the platform API’s audience when sent.' }),
    client_id: z.string().optional().openapi({ description: 'The service account’s client id, when not sent with HTTP Basic.' }),
    client_secret: clientSecret,
  })
  .openapi('ClientCredentialsTokenRequest', { description: 'RFC 6749 §4.4.2: a service account’s token. The client authenticates (Basic or client_secret_post).' });

const AuthorizationCodeRequest = z
  .object({
    grant_type: z.literal('authorization_code'),
    code: z.string().openapi({ description: 'The authorization code from the return URL (single use, short-lived).' }),
    code_verifier: z.string().min(43).max(128).openapi({ description: 'RFC 7636 §4.5: the PKCE verifier whose S256 challenge opened the access request.' }),
    redirect_uri: z.string().openapi({ description: 'The return URL the code was sent to, exactly as registered (RFC 6749 §4.1.3).' }),
    client_id: z.string().openapi({ description: 'The public client: the group’s lookup key. No secret (client authentication method `none`).' }),
  })
  .openapi('AuthorizationCodeTokenRequest', { description: 'RFC 6749 §4.1.3 with PKCE (RFC 7636): a token bound to the grant the customer approved.' });

const TokenRequest = z.discriminatedUnion('grant_type', [ClientCredentialsRequest, AuthorizationCodeRequest]).openapi('TokenRequest');

/** RFC 9396 §2: one authorization details object of grantkit's one type. */
export const AuthorizationDetailSchema = z
  .object({
    type: z.literal('installation'),
    actions: z.array(z.enum(GRANT_PERMISSIONS)),
    identifier: z.string().optional().openapi({ description: 'The installation id; absent when asking for any installation the owner chooses.' }),
  })
  .openapi('AuthorizationDetail', { description: 'RFC 9396 §2' });

export const TokenResponse = z
  .object({
    access_token: z.string().openapi({ description: 'An RFC 9068 JWT; verify it with the JWKS.' }),
    token_type: z.literal('Bearer'),
    expires_in: z.number().int(),
    scope: z.string(),
    grant_id: z.string().optional().openapi({ description: 'authorization_code only: the grant the token is bound to.' }),
    installation_id: z.string().optional().openapi({ description: 'authorization_code only: the installation of that grant.' }),
    lookup_key: z.string().optional(),
    authorization_details: z.array(AuthorizationDetailSchema).optional().openapi({ description: 'RFC 9396 §7: what the token allows (authorization_code only).' }),
  })
  .openapi('TokenResponse', { description: 'RFC 6749 §5.1' });

const tokenTypeHint = z.enum(['access_token', 'refresh_token']).optional().openapi({ description: 'RFC 7009 §2.1 / RFC 7662 §2.1; optional, and only access tokens exist here.' });

const RevocationRequest = z
  .object({
    token: z.string().openapi({ description: 'The access token to revoke.' }),
    token_type_hint: tokenTypeHint,
    client_id: z.string().optional().openapi({ description: 'client_secret_post: the service account’s client id; or the public client’s lookup key, which may revoke tokens issued to it (RFC 7009 §2.1).' }),
    client_secret: clientSecret,
  })
  .openapi('RevocationRequest', { description: 'RFC 7009 §2.1' });

const IntrospectionRequest = z
  .object({
    token: z.string().openapi({ description: 'The access token to examine.' }),
    token_type_hint: tokenTypeHint,
    client_id: z.string().optional().openapi({ description: 'client_secret_post: the service account’s client id. A service account learns only about its own group’s tokens.' }),
    client_secret: clientSecret,
  })
  .openapi('IntrospectionRequest', { description: 'RFC 7662 §2.1: the caller authenticates as a service account (Basic or client_secret_post).' });

const IntrospectionResponse = z
  .object({
    active: z.boolean(),
    scope: z.string().optional(),
    client_id: z.string().optional(),
    token_type: z.literal('Bearer').optional(),
    exp: z.number().int().optional(),
    iat: z.number().int().optional(),
    sub: z.string().optional(),
    aud: z.union([z.string(), z.array(z.string())]).optional(),
    iss: z.string().optional(),
    jti: z.string().optional(),
    group_id: z.string().optional(),
    lookup_key: z.string().optional(),
    installation_id: z.string().optional(),
    grant_id: z.string().optional(),
    authorization_details: z
      .array(AuthorizationDetailSchema)
      .optional()
      .openapi({ description: 'RFC 9396 §9.2: tokens from an access request — the grant’s permissions when the token was issued.' }),
  })
  .openapi('IntrospectionResponse', { description: 'RFC 7662 §2.2: only `active: false` for any token that is not usable or not the caller’s group’s.' });

const MetadataSchema = z
  .object({
    issuer: z.string(),
    authorization_endpoint: z.string(),
    token_endpoint: z.string(),
    jwks_uri: z.string(),
    revocation_endpoint: z.string(),
    introspection_endpoint: z.string(),
    scopes_supported: z.array(z.string()),
    response_types_supported: z.array(z.string()),
    grant_types_supported: z.array(z.string()),
    token_endpoint_auth_methods_supported: z.array(z.string()),
    code_challenge_methods_supported: z.array(z.string()),
    service_documentation: z.string().openapi({ description: 'The human API reference (/docs).' }),
  })
  .passthrough()
  .openapi('AuthorizationServerMetadata', { description: 'RFC 8414 §2' });

const form = <T extends z.ZodType>(schema: T) => ({ required: true, content: { 'application/x-www-form-urlencoded': { schema } } });
const oauthJson = (description: string, headers?: Record<string, { description: string; schema: { type: 'string' } }>) => ({
  description,
  ...(headers ? { headers } : {}),
  content: { 'application/json': { schema: OAuthErrorSchema } },
});
const oauthErrors = {
  400: oauthJson('OAuth error (RFC 6749 §5.2), e.g. invalid_request'),
  401: oauthJson('invalid_client: client authentication failed (RFC 6749 §5.2)', {
    'WWW-Authenticate': { description: 'Basic realm="grantkit"', schema: { type: 'string' } },
  }),
  429: oauthJson('Too many failed client authentications', {
    'Retry-After': { description: 'Seconds to wait', schema: { type: 'string' } },
  }),
};
const tags = ['OAuth'];

export function documentOAuthEndpoints(router: OpenAPIHono<AppEnv>): void {
  const registry = router.openAPIRegistry;
  registry.registerPath({
    operationId: 'getAuthorizationServerMetadata',
    security: [],
    method: 'get',
    path: '/.well-known/oauth-authorization-server',
    tags,
    summary: 'Authorization server metadata (RFC 8414); there is no OpenID discovery document',
    responses: { 200: { description: 'Metadata', content: { 'application/json': { schema: MetadataSchema } } } },
  });
  registry.registerPath({
    operationId: 'getJwks',
    security: [],
    method: 'get',
    path: '/oauth/jwks',
    tags,
    summary: 'Public signing keys (RFC 7517), including retired keys until their tokens expire',
    responses: {
      200: { description: 'JWK Set', content: { 'application/jwk-set+json': { schema: z.object({ keys: z.array(z.record(z.string(), z.unknown())) }).openapi('JwkSet') } } },
    },
  });
  registry.registerPath({
    operationId: 'requestToken',
    security: OAUTH_CLIENT_SECURITY,
    method: 'post',
    path: '/oauth/token',
    tags,
    summary: 'Token endpoint: client_credentials (service accounts) and authorization_code with PKCE S256',
    description:
      'client_credentials: the service account authenticates with HTTP Basic or client_secret_post. authorization_code: the public client sends its lookup key as `client_id` and no secret. Repeated parameters are invalid_request.',
    request: { body: form(TokenRequest) },
    responses: { 200: { description: 'Access token', content: { 'application/json': { schema: TokenResponse } } }, ...oauthErrors },
  });
  registry.registerPath({
    operationId: 'revokeToken',
    security: OAUTH_CLIENT_SECURITY,
    method: 'post',
    path: '/oauth/revoke',
    tags,
    summary: 'Token revocation (RFC 7009)',
    description: 'A service account (Basic or client_secret_post) revokes its group’s tokens; the public client (lookup key as `client_id`) revokes tokens issued to it. Unknown, expired or foreign tokens answer 200 too (§2.2).',
    request: { body: form(RevocationRequest) },
    responses: { 200: { description: 'Revoked, or nothing to revoke', content: { 'application/json': { schema: z.object({}).openapi('RevocationResponse') } } }, ...oauthErrors },
  });
  registry.registerPath({
    operationId: 'introspectToken',
    security: OAUTH_CLIENT_SECURITY,
    method: 'post',
    path: '/oauth/introspect',
    tags,
    summary: 'Token introspection (RFC 7662)',
    description: 'The caller authenticates as a service account (Basic or client_secret_post; §2.1 requires the endpoint be protected). The public client may not introspect.',
    request: { body: form(IntrospectionRequest) },
    responses: { 200: { description: 'Introspection response', content: { 'application/json': { schema: IntrospectionResponse } } }, ...oauthErrors },
  });
}
