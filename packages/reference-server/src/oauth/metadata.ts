/**
 * @module oauth/metadata
 * OAuth 2.0 Authorization Server Metadata (RFC 8414 §2), so standard clients configure
 * themselves from the issuer URL alone.
 */
import type { Config } from '../config.js';
import { SUPPORTED_SCOPES } from './scopes.js';
import { AUTHORIZATION_DETAILS_TYPE } from '../domain/asked-permissions.js';

export function authorizationServerMetadata(config: Pick<Config, 'publicUrl' | 'signingAlg'>) {
  const issuer = config.publicUrl;
  return {
    issuer,
    // The access-request page: GET /access/request/<lookup key>?code_challenge=…&state=…
    authorization_endpoint: `${issuer}/access/request`,
    token_endpoint: `${issuer}/oauth/token`,
    jwks_uri: `${issuer}/oauth/jwks`,
    revocation_endpoint: `${issuer}/oauth/revoke`,
    introspection_endpoint: `${issuer}/oauth/introspect`,
    scopes_supported: SUPPORTED_SCOPES,
    response_types_supported: ['code'],
    response_modes_supported: ['query'],
    grant_types_supported: ['client_credentials', 'authorization_code'],
    token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post', 'none'],
    revocation_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post', 'none'],
    introspection_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
    code_challenge_methods_supported: ['S256'],
    // RFC 9396 §10: the one authorization details type this server understands.
    authorization_details_types_supported: [AUTHORIZATION_DETAILS_TYPE],
    // RFC 9207: the return trip carries `iss`.
    authorization_response_iss_parameter_supported: true,
    // JARM §3: every return also carries `response`, the outcome signed with the token keys
    // (oauth/authorization-response.ts); clients check its algorithm against this list.
    authorization_signing_alg_values_supported: [config.signingAlg],
    // Not registered by RFC 8414; tells resource servers which JWS algorithms tokens use (RFC 9068 §4).
    access_token_signing_alg_values_supported: [config.signingAlg],
    // RFC 8414 §2: "information that developers might want or need to know" — the human
    // reference page; it links the machine-readable /openapi.json.
    service_documentation: `${issuer}/docs`,
  };
}
