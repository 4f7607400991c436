/**
 * @module oauth/revocation
 * POST /oauth/revoke (RFC 7009). A service account authenticates with its secret and may revoke
 * tokens of its own group; the public client (lookup key, no secret) may revoke tokens issued
 * to it (§2.1 allows public clients). Invalid, expired or foreign tokens answer 200 and change
 * nothing (§2.2), so the endpoint tells nobody whether a token exists.
 */
import type { Logger } from '../logger.js';
import { InvalidTokenError, verifyAccessToken } from './access-token.js';
import { authenticateServiceAccount, readClientCredentials } from './client-authentication.js';
import { errorResponse, jsonResponse, parseForm, type EndpointResponse, type RawOAuthRequest } from './endpoint-response.js';
import { invalidClient, invalidRequest } from './errors.js';
import type { TokenService } from './token-service.js';

export async function revocationEndpoint(service: TokenService, request: RawOAuthRequest, log: Logger): Promise<EndpointResponse> {
  try {
    const form = parseForm(request.contentType, request.body);
    const client = readClientCredentials(request.authorization, form);
    if (!client) throw invalidClient();
    await service.ready;
    const { store, clock } = service.deps;
    let mayRevoke: (claims: { client_id: string; group_id: string }) => boolean;
    if (client.method === 'none') {
      const group = await store.groups.findByLookupKey(client.clientId);
      if (!group) throw invalidClient();
      mayRevoke = (claims) => claims.client_id === group.lookupKey;
    } else {
      const { account } = await authenticateServiceAccount(service, client, request.address);
      mayRevoke = (claims) => claims.group_id === account.groupId;
    }
    const token = form.get('token');
    if (!token) throw invalidRequest('token is required.');
    try {
      const claims = await verifyAccessToken(service.keys, service.settings, token, clock());
      if (mayRevoke(claims)) {
        await store.accessTokens.revoke(claims.jti, new Date(claims.exp * 1000), clock());
        log.info('access token revoked', { jti: claims.jti, client_id: claims.client_id });
      }
    } catch (error) {
      if (!(error instanceof InvalidTokenError)) throw error;
    }
    return jsonResponse(200, {});
  } catch (error) {
    return errorResponse(error, log);
  }
}
