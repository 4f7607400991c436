/**
 * @module oauth/token-check
 * Is this access token usable right now? The signature and claims (oauth/access-token.ts), then
 * the state only the server knows: not revoked (RFC 7009), the service account still exists and
 * the token is not older than its last secret change, or the grant is still active. Used by the
 * bearer middleware and by introspection (RFC 7662 answers `active: false` for each failure).
 */
import type { TokenPrincipal } from '../domain/access-policy.js';
import { InvalidTokenError, verifyAccessToken, type AccessTokenClaims } from './access-token.js';
import { secretFingerprint } from '../security/client-secrets.js';
import type { TokenService } from './token-service.js';

export type TokenCheck =
  | { readonly active: true; readonly claims: AccessTokenClaims; readonly principal: TokenPrincipal }
  | { readonly active: false; readonly reason: string };

export async function checkAccessToken(service: TokenService, token: string): Promise<TokenCheck> {
  const { store, clock } = service.deps;
  await service.ready;
  let claims: AccessTokenClaims;
  try {
    claims = await verifyAccessToken(service.keys, service.settings, token, clock());
  } catch (error) {
    if (error instanceof InvalidTokenError) return { active: false, reason: error.message };
    throw error;
  }
  if (await store.accessTokens.isRevoked(claims.jti)) return { active: false, reason: 'revoked' };
  // A deactivated group (a partner deactivated by its organisation, issue 7) keeps no API access.
  if ((await store.groups.findById(claims.group_id))?.deactivatedAt !== null) return { active: false, reason: 'group deactivated' };
  if (claims.grant_id !== undefined) {
    const grant = await store.grants.findById(claims.grant_id);
    if (!grant || grant.revokedAt || grant.groupId !== claims.group_id) return { active: false, reason: 'grant revoked' };
  } else {
    const account = await store.serviceAccounts.findCredentials(claims.client_id);
    if (!account || account.id !== claims.sub || account.groupId !== claims.group_id || account.lookupKey === null) {
      return { active: false, reason: 'service account deleted' };
    }
    if (account.tokensNotBefore && claims.iat * 1000 < account.tokensNotBefore.getTime()) {
      return { active: false, reason: 'issued before the secret changed' };
    }
    // The secret that obtained the token must still be valid (oauth/credential-cache.ts explains why).
    const previousValid = account.previousSecretHash && account.previousSecretExpiresAt && account.previousSecretExpiresAt > clock();
    const versions = [secretFingerprint(account.secretHash), ...(previousValid ? [secretFingerprint(account.previousSecretHash!)] : [])];
    if (!claims.sv || !versions.includes(claims.sv)) return { active: false, reason: 'issued with a secret that is no longer valid' };
  }
  return {
    active: true,
    claims,
    principal: {
      kind: claims.grant_id !== undefined ? 'grant' : 'service_account',
      subject: claims.sub,
      clientId: claims.client_id,
      groupId: claims.group_id,
      installationId: claims.installation_id ?? null,
      scopes: claims.scope.split(' ').filter(Boolean),
      grantId: claims.grant_id ?? null,
    },
  };
}
