/**
 * @module oauth/grants
 * The grant types the token endpoint dispatches to, by `grant_type`.
 */
import { authorizationCodeGrant } from './authorization-code.js';
import { clientCredentialsGrant } from './client-credentials.js';
import type { GrantTypeHandler } from './types.js';

export type { GrantTypeHandler, TokenRequest, TokenResponseBody } from './types.js';

export const grantTypes: ReadonlyMap<string, GrantTypeHandler> = new Map(
  [clientCredentialsGrant, authorizationCodeGrant].map((g) => [g.grantType, g]),
);
