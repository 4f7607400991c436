/**
 * `@grantkit/sdk/node`: helpers for partners' backends and resource servers.
 *
 * @module
 */
export { createServiceAccountTokenSource, type CachedToken, type ServiceAccountTokenSource, type ServiceAccountTokenSourceOptions } from './service-account-token-source.js'
export { verifyAccessToken, type AccessTokenClaims, type VerifyAccessTokenOptions } from './verify-access-token.js'
export { verifyWebhook, type VerifyWebhookOptions, type WebhookHeadersInput, type WebhookInput } from './verify-webhook.js'
export { TokenError, WebhookVerificationError, type TokenErrorCode, type WebhookVerificationErrorCode } from './errors.js'
