/**
 * `@grantkit/sdk`: access-request URLs, the browser return trip with PKCE, popup mode and the
 * typed JSON API client. Node helpers live in `@grantkit/sdk/node`, mocks in
 * `@grantkit/sdk/mock`.
 *
 * @module
 */
export * from './errors.js'
export * from './types.js'
export { buildAccessRequestUrl, normalizeLocale, normalizeLookupKey, type AccessRequestUrlOptions } from './url.js'
export { createApiClient, type ApiClient, type ApiClientOptions, type BearerCredential } from './client.js'
