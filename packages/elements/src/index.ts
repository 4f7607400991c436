/**
 * @module
 * `@grantkit/elements`: the element classes, their event classes and the catalogues. Importing
 * this module registers nothing; import `@grantkit/elements/define` (or one component's
 * `*.define.ts`) to register the default `gk-*` tags, or call `customElements.define()` with a
 * tag of your own.
 */
export { GkBase } from './base/gk-base.js';
export { GkElement } from './base/gk-element.js';
export { LoadingElement } from './base/loading-element.js';
export { catalogue, type Catalogue, type Importers } from './i18n/catalogue.js';
export { withCommon, type CommonStrings } from './i18n/common/index.js';
export { list, plural, type PluralForms } from './i18n/plural.js';
export { GkAccessButton } from './components/access-button/access-button.component.js';
export { GkConsent } from './components/consent/consent.component.js';
export { GkInstallationAccess } from './components/installation-access/installation-access.component.js';
export { GkPartners, type PartnersClient } from './components/partners/partners.component.js';
export { GkPartnerDeactivatedEvent, GkPartnerRegisteredEvent } from './events/gk-partner.js';
export { GkPartnerInvitations, type PartnerInvitationsClient } from './components/partner-invitations/partner-invitations.component.js';
export { GkInvitationSentEvent } from './events/gk-invitation-sent.js';
export { GkPartnerInstallations, type PartnerInstallationsClient } from './components/partner-installations/partner-installations.component.js';
export { GkPartnerInstallationLinkedEvent, GkPartnerInstallationUnlinkedEvent } from './events/gk-partner-installation.js';
export { GkAccessResultEvent, type GkAccessResultDetail } from './events/gk-access-result.js';
export { GkApprovedEvent, type GkApprovedDetail } from './events/gk-approved.js';
export { GkDeniedEvent, type GkDeniedDetail } from './events/gk-denied.js';
export { GkCancelledEvent, type GkCancelledDetail } from './events/gk-cancelled.js';
export { GkAccessChangedEvent, type GkAccessChangedDetail } from './events/gk-access-changed.js';
export { GkAccessRevokedEvent, type GkAccessRevokedDetail } from './events/gk-access-revoked.js';
export { catalogues, matchLocale, resolveLocale, SUPPORTED_LOCALES, type Locale, type Translation } from './i18n/index.js';
export type { ElementsClient } from './internal/client.js';
export { GkRedeemCode } from './components/redeem-code/redeem-code.component.js';
export { GkInviteCodes } from './components/invite-codes/invite-codes.component.js';
export { GkInviteCodeList } from './components/invite-codes/invite-code-list.component.js';
export { GkMembers } from './components/members/members.component.js';
export { GkCodeRedeemedEvent } from './events/gk-code-redeemed.js';
export { GkCodesCreatedEvent, GkCodeDeactivatedEvent } from './events/gk-codes-created.js';
export { GkMemberUpdatedEvent, GkMemberRemovedEvent } from './events/gk-member-changed.js';
export type { InvitationsClient } from './components/invite-codes/invitations-shared.js';
export { GkServiceAccounts, type ServiceAccountsElementClient } from './components/service-accounts/service-accounts.component.js';
export { GkWebhooks, type WebhooksElementClient } from './components/webhooks/webhooks.component.js';
export { GkServiceAccountCreatedEvent, GkServiceAccountSecretChangedEvent, GkServiceAccountDeletedEvent } from './events/gk-service-account.js';
export { GkWebhookCreatedEvent, GkWebhookChangedEvent, GkWebhookDeletedEvent } from './events/gk-webhook.js';
