/**
 * `@grantkit/sdk/mock`: msw handlers backed by an in-memory grantkit server.
 *
 * @module
 */
export { createMockServer, type MockServer, type MockServerOptions } from './create-mock-server.js'
export { MockDb, type MockAccessRequest, type MockAccessToken, type MockActor, type MockDbOptions } from './db.js'
export { defaultSeed, fixtures, MOCK_PERMISSIONS, type MockChargingSession, type MockGroup, type MockInstallation, type MockSeed, type MockServiceAccount, type MockUser } from './fixtures.js'
export { createHandlers, SESSION_COOKIE, type HandlerOptions } from './handlers.js'
export { MockOAuthError, MockProblem } from './problems.js'
export { createInvitationHandlers, mockInvitations, MockInvitations, MOCK_ROLE_CATALOGUE, type MockInvitationCodeRow } from './invitations.js'
export { createServiceAccountHandlers } from './service-accounts.js'
export { createWebhookHandlers, mockWebhooks, type MockWebhookState } from './webhooks.js'
export { createPartnerHandlers, mockNormaliseDomain, mockPartners, MockPartners, MOCK_ORGANISATION, MOCK_PARTNER } from './partners.js'
