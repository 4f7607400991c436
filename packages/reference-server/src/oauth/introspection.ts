/**
 * @module oauth/introspection
 * POST /oauth/introspect (RFC 7662). Callers authenticate as a service account (§2.1 requires
 * the endpoint be protected). The answer is `active: false` — and nothing else (§2.2) — for
 * tokens that are malformed, expired, revoked, of a deleted account or a revoked grant, signed
 * by a removed key, or belonging to another group.
 */
import type { Logger } from '../logger.js';
import { authenticateServiceAccount, readClientCredentials } from './client-authentication.js';
import { errorResponse, jsonResponse, parseForm, type EndpointResponse, type RawOAuthRequest } from './endpoint-response.js';
import { invalidClient, invalidRequest } from './errors.js';
import { checkAccessToken } from './token-check.js';
import type { TokenService } from './token-service.js';

export async function introspectionEndpoint(service: TokenService, request: RawOAuthRequest, log: Logger): Promise<EndpointResponse> {
  try {
    const form = parseForm(request.contentType, request.body);
    const client = readClientCredentials(request.authorization, form);
    if (!client || client.method === 'none') throw invalidClient();
    await service.ready;
    const { account } = await authenticateServiceAccount(service, client, request.address);
    const token = form.get('token');
    if (!token) throw invalidRequest('token is required.');
    const check = await checkAccessToken(service, token);
    if (!check.active || check.claims.group_id !== account.groupId) return jsonResponse(200, { active: false });
    const { claims } = check;
    return jsonResponse(200, {
      active: true,
      scope: claims.scope,
      client_id: claims.client_id,
      token_type: 'Bearer',
      exp: claims.exp,
      iat: claims.iat,
      sub: claims.sub,
      aud: claims.aud,
      iss: claims.iss,
      jti: claims.jti,
      group_id: claims.group_id,
      lookup_key: claims.lookup_key,
      ...(claims.installation_id ? { installation_id: claims.installation_id } : {}),
      ...(claims.grant_id ? { grant_id: claims.grant_id } : {}),
      // RFC 9396 §9.2: introspection returns the token's authorization details.
      ...(claims.authorization_details ? { authorization_details: claims.authorization_details } : {}),
    });
  } catch (error) {
    return errorResponse(error, log);
  }
}
