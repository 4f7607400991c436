/**
 * `@grantkit/sdk/node`: helpers for partners' backends and resource servers.
 *
 * @module
 */
export { createServiceAccountTokenSource, type CachedToken, type ServiceAccountTokenSource, type ServiceAccountTokenSourceOptions } from './service-account-token-source.js'
export { verifyAccessToken, type AccessTokenClaims, type VerifyAccessTokenOptions } from './verify-access-token.js'
export { TokenError, type TokenErrorCode } from './errors.js'
