/**
 * @module oauth/token-endpoint
 * POST /oauth/token (RFC 6749 §3.2): parse, reject repeated parameters, pick the grant type,
 * read client credentials, dispatch. Framework-free: takes the raw request parts.
 */
import type { Logger } from '../logger.js';
import { readClientCredentials } from './client-authentication.js';
import { errorResponse, jsonResponse, parseForm, type EndpointResponse, type RawOAuthRequest } from './endpoint-response.js';
import { invalidRequest, unsupportedGrantType } from './errors.js';
import { grantTypes } from './grants/index.js';
import type { TokenService } from './token-service.js';

export async function tokenEndpoint(service: TokenService, request: RawOAuthRequest, log: Logger): Promise<EndpointResponse> {
  try {
    const form = parseForm(request.contentType, request.body);
    const grantType = form.get('grant_type');
    if (!grantType) throw invalidRequest('grant_type is required.');
    const handler = grantTypes.get(grantType);
    if (!handler) throw unsupportedGrantType(grantType);
    const client = readClientCredentials(request.authorization, form);
    await service.ready;
    const body = await handler.handle(service, { form, client, address: request.address });
    return jsonResponse(200, body);
  } catch (error) {
    return errorResponse(error, log);
  }
}
