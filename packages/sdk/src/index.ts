/**
 * `@grantkit/sdk`: access-request URLs, the browser return trip with PKCE, popup mode and the
 * typed JSON API client. Node helpers live in `@grantkit/sdk/node`, mocks in
 * `@grantkit/sdk/mock`.
 *
 * @module
 */
export * from './errors.js'
export * from './types.js'
export { allPages, DEFAULT_PAGE_LIMIT, INVITATION_CODE_PAGE_LIMIT, MAX_PAGE_LIMIT, type Page, type PageQuery } from './paging.js'
// Types only: the catalogue's titles are in `@grantkit/sdk/problems`, outside the browser bundles.
export type { OAuthErrorCode, ProblemCatalogueEntry, ProblemCode, ProblemCodeWithStatus, ProblemStatus } from './problem-catalogue.js'
export { buildAccessRequestUrl, normalizeLocale, normalizeLookupKey, type AccessRequestUrlOptions } from './url.js'
export { startAccessRequest, completeAccessRequest, TRANSACTION_KEY, type AccessRequestResult, type AccessRequestTransaction, type CheckedOutcome, type ReturnTripErrorParam, type CompleteAccessRequestOptions, type StartAccessRequestOptions } from './access-request-flow.js'
export { exchangeCode, type CodeExchangeInput, type GrantkitTokens } from './code-exchange.js'
export { defaultTransactionStore, memoryTransactionStore, webStorageTransactionStore, type TransactionStore } from './transaction-store.js'
export { canEmbedConsent, openAccessRequestEmbedded, type EmbeddedFallbackReason, type EmbeddedOptions } from './embedded.js'
export { readFrameMessage, type FrameMessage, type FrameState } from './embedded-messages.js'
export { deliverPopupResult, openAccessRequestPopup, POPUP_CHANNEL, POPUP_MESSAGE_TYPE, type DeliverPopupResultOptions, type PopupOptions, type PopupResult } from './popup.js'
export { createApiClient, type ApiClient, type ApiClientOptions, type BearerCredential } from './client.js'
export { createPartnersClient, encodeLogo, remainingAccessOf, type EmailInvitationsApi, type PartnersApi, type PartnersClientOptions } from './partners-client.js'
export { createWebhooksClient, type WebhooksApi, type WebhooksClientOptions } from './webhooks-client.js'
export { createServiceAccountsClient, type CreateServiceAccountRequest, type ServiceAccount, type ServiceAccountListResponse, type ServiceAccountsApi, type ServiceAccountsClient, type ServiceAccountSecretResponse, type ServiceAccountsClientOptions } from './service-accounts-client.js'
export { createAccessRequestsClient, type AccessRequestsApi, type AccessRequestsClientOptions } from './access-requests-client.js'
export { createInvitationsClient, type InvitationsApi, type InvitationsClient, type InvitationsClientOptions } from './invitations-client.js'
