/**
 * @module oauth/grants/authorization-code
 * The authorization_code grant (RFC 6749 §4.1.3) with PKCE S256 (RFC 7636 §4.6) for the public
 * client named by a group's lookup key. The code comes from an approved access request; it is
 * single use (consumed atomically in the store), short-lived, bound to client_id, redirect_uri
 * and the challenge; a replay revokes every token the code produced (RFC 6749 §4.1.2). The token
 * carries `grant_id` and stops working when the grant is revoked; its scope and
 * `authorization_details` (RFC 9396 §9) are the grant's permissions at issuance, and each call is
 * still decided on the grant's current ones (domain/access-policy.ts).
 */
import { sha256 } from '../../security/random.js';
import { issueAccessToken } from '../access-token.js';
import { invalidGrant, invalidRequest, OAuthError } from '../errors.js';
import { verifyPkceS256 } from '../pkce.js';
import type { GrantTypeHandler } from './types.js';
import { installationDetails } from '../../domain/asked-permissions.js';
import { normalisePermissions } from '../../domain/permissions.js';

/** One message for every bad code, so a caller learns nothing about which check failed. */
const BAD_CODE = 'The authorization code is invalid, expired, already used, or was issued to another client or redirect URI.';

export const authorizationCodeGrant: GrantTypeHandler = {
  grantType: 'authorization_code',
  parameters: new Set(['code', 'code_verifier', 'redirect_uri', 'client_id']),
  async handle(service, { form, client }) {
    const { store, clock, logger } = service.deps;
    if (!client) throw invalidRequest('client_id is required: the lookup key of the group the code was issued to.');
    if (client.method !== 'none') {
      throw new OAuthError('unauthorized_client', 'authorization_code is for the public client (client_id = lookup key, no secret).');
    }
    const code = form.get('code');
    const verifier = form.get('code_verifier');
    const redirectUri = form.get('redirect_uri');
    if (!code) throw invalidRequest('code is required.');
    if (!verifier) throw invalidRequest('code_verifier is required (PKCE, RFC 7636 §4.5).');
    if (!redirectUri) throw invalidRequest('redirect_uri is required: the return URL the code was sent to.');

    const now = clock();
    const codeHash = sha256(code);
    const found = await store.accessRequests.consumeAuthorizationCode(codeHash, now);
    if (!found) throw invalidGrant(BAD_CODE);
    if (found.alreadyUsed) {
      const revoked = await store.accessTokens.revokeCodeTokens(codeHash, now);
      logger.warn('authorization code replayed; its tokens are revoked', { grant_id: found.grantId, revoked });
      throw invalidGrant(BAD_CODE);
    }
    if (found.expired || found.clientId.toUpperCase() !== client.clientId.toUpperCase() || found.redirectUri !== redirectUri) {
      throw invalidGrant(BAD_CODE);
    }
    if (!verifyPkceS256(verifier, found.codeChallenge)) throw invalidGrant('The code_verifier does not match the code challenge (RFC 7636 §4.6).');
    const grant = await store.grants.findById(found.grantId);
    if (!grant || grant.revokedAt) throw invalidGrant('The grant this code was issued for has been revoked.');

    const permissions = normalisePermissions(grant.permissions);
    const scope = permissions.join(' ');
    // RFC 9396 §7 and §9: what the token allows, in the response and in the JWT.
    const authorizationDetails = installationDetails(permissions, grant.installationId);
    const token = await issueAccessToken(
      service.keys,
      service.settings,
      {
        sub: grant.lookupKey,
        client_id: grant.lookupKey,
        scope,
        group_id: grant.groupId,
        lookup_key: grant.lookupKey,
        installation_id: grant.installationId,
        grant_id: grant.id,
        authorization_details: authorizationDetails,
      },
      now,
    );
    await store.accessTokens.recordCodeToken(codeHash, token.jti, token.expiresAt);
    return {
      access_token: token.accessToken,
      token_type: 'Bearer',
      expires_in: token.expiresIn,
      scope,
      grant_id: grant.id,
      installation_id: grant.installationId,
      lookup_key: grant.lookupKey,
      authorization_details: authorizationDetails,
    };
  },
};
