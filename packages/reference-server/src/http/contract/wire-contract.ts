/**
 * @module http/contract/wire-contract
 * The API contract, checked by the compiler: every zod schema the routes validate with and
 * document in /openapi.json has the same shape as the wire type `@grantkit/sdk` declares for it
 * (`z.infer` for what the server sends, `z.input` for what it accepts). The SDK's types are the
 * single source; a change on either side that the other does not follow fails `tsc`.
 *
 * Why assertions and not types generated from /openapi.json: the zod schemas already produce the
 * OpenAPI document (their validation and documentation are one), and the SDK must stay
 * dependency-free and small, with hand-written doc comments on its public types; generating
 * them would add a generator and a CI diff step, and still not check the mock. A type-level
 * assertion costs nothing at run time and points at the field that differs.
 *
 * Nothing here runs: the module holds types only.
 */
import type { z } from '@hono/zod-openapi';
import type * as sdk from '@grantkit/sdk';
import type * as schemas from '../schemas.js';
import type * as wire from '../wire.js';
import type * as accessRequests from '../routes/access-requests.js';
import type * as groups from '../routes/groups.js';
import type * as installations from '../routes/installations.js';
import type * as invitationCodes from '../routes/invitation-codes.js';
import type * as invitationSchemas from '../routes/invitation-schemas.js';
import type * as emailInvitations from '../routes/email-invitations.js';
import type * as mailbox from '../routes/mailbox.js';
import type * as oauth from '../routes/oauth-openapi.js';
import type * as organisations from '../routes/organisations.js';
import type * as partnerSchemas from '../routes/partner-schemas.js';
import type * as partners from '../routes/partners.js';
import type * as serviceAccounts from '../routes/service-accounts.js';
import type * as session from '../routes/session.js';
import type * as webhooks from '../routes/webhooks.js';
import type { Assert, SameShape } from './same-shape.js';

/** What the server sends: the schema's output type is the SDK's type. */
type Sends<S extends z.ZodType, T> = SameShape<z.infer<S>, T>;
/** What the server accepts: the schema's input type is the SDK's request type. */
type Accepts<S extends z.ZodType, T> = SameShape<z.input<S>, T>;

export type WireContract = [
  // errors
  Assert<Sends<typeof schemas.ProblemSchema, sdk.Problem>>,
  Assert<Sends<typeof oauth.OAuthErrorSchema, sdk.OAuthErrorBody>>,
  // core
  Assert<Sends<typeof wire.PermissionSchema, sdk.GrantPermission>>,
  Assert<Sends<typeof schemas.UserSchema, sdk.User>>,
  Assert<Accepts<typeof session.LoginBody, sdk.LoginRequest>>,
  Assert<Sends<typeof wire.GroupMembershipSchema, sdk.GroupMembership>>,
  Assert<Sends<typeof groups.GroupDetailsSchema, sdk.GroupDetails>>,
  Assert<Sends<typeof installations.InstallationSummarySchema, sdk.InstallationSummary>>,
  Assert<Sends<typeof wire.ChargerSchema, sdk.Charger>>,
  Assert<Sends<typeof wire.InstallationSettingsSchema, sdk.InstallationSettings>>,
  Assert<Sends<typeof wire.InstallationDetailsSchema, sdk.InstallationDetails>>,
  Assert<Accepts<typeof installations.SettingsPatchSchema, sdk.InstallationSettingsPatch>>,
  Assert<Sends<typeof wire.ChargingSessionSchema, sdk.ChargingSession>>,
  Assert<Sends<typeof installations.AccessEntrySchema, sdk.AccessEntry>>,
  Assert<Sends<typeof wire.GrantSchema, sdk.Grant>>,
  Assert<Sends<typeof wire.AuditEventSchema, sdk.AuditEvent>>,
  Assert<Sends<typeof wire.AccessRequestViewSchema, sdk.AccessRequestView>>,
  Assert<Accepts<typeof accessRequests.ApproveBody, sdk.ApproveAccessRequest>>,
  Assert<Sends<typeof accessRequests.ConsentInstallationPageSchema, sdk.ConsentInstallationPage>>,
  Assert<Accepts<typeof accessRequests.CancelBody, sdk.CancelAccessRequest>>,
  Assert<Sends<typeof accessRequests.ApproveResponseSchema, sdk.ApproveAccessResponse>>,
  Assert<Sends<typeof accessRequests.RedirectSchema, sdk.DenyAccessResponse>>,
  Assert<Sends<typeof oauth.TokenResponse, sdk.TokenResponse>>,
  // invitation codes, roles, members
  Assert<Sends<typeof invitationSchemas.RoleSchema, sdk.Role>>,
  Assert<Sends<typeof invitationSchemas.GroupRefSchema, sdk.GroupRef>>,
  Assert<Sends<typeof invitationSchemas.InvitationCodeSchema, sdk.InvitationCode>>,
  Assert<Sends<typeof invitationSchemas.MemberSchema, sdk.Member>>,
  Assert<Accepts<typeof invitationCodes.CreateBody, sdk.CreateInvitationCodesRequest>>,
  Assert<Sends<typeof invitationCodes.CreatedBatchSchema, sdk.CreatedInvitationCodes>>,
  Assert<Sends<typeof invitationCodes.CodeListSchema, sdk.InvitationCodeListResponse>>,
  Assert<Sends<typeof invitationCodes.RedemptionSchema, sdk.RedeemInvitationCodeResponse>>,
  // organisations, partners, email invitations, mailbox
  Assert<Sends<typeof partnerSchemas.OrganisationSchema, sdk.Organisation>>,
  Assert<Sends<typeof partnerSchemas.PartnerInvitationSchema, sdk.PartnerInvitation>>,
  Assert<Sends<typeof partnerSchemas.PartnerSchema, sdk.Partner>>,
  Assert<Sends<typeof partnerSchemas.GrantSchema, sdk.PartnerGrant>>,
  Assert<Sends<typeof partnerSchemas.RemainingAccessSchema, sdk.PartnerRemainingAccess>>,
  Assert<Accepts<typeof partnerSchemas.AdminSchema, sdk.PartnerAdminInput>>,
  Assert<Accepts<typeof organisations.RegistrationSchema, sdk.PartnerRegistration>>,
  Assert<Accepts<typeof organisations.ValidateSchema, sdk.PartnerStepValidation>>,
  Assert<Accepts<typeof partners.InvitePartnerMemberBody, sdk.InvitePartnerMemberRequest>>,
  Assert<Sends<typeof emailInvitations.InvitationViewSchema, sdk.EmailInvitationView>>,
  Assert<Accepts<typeof emailInvitations.AcceptBody, sdk.AcceptEmailInvitationRequest>>,
  Assert<Sends<typeof emailInvitations.AcceptedSchema, sdk.AcceptEmailInvitationResponse>>,
  Assert<Sends<typeof mailbox.MailSchema, sdk.MailboxMessage>>,
  Assert<Sends<typeof mailbox.MailboxListSchema, sdk.MailboxResponse>>,
  Assert<Sends<typeof organisations.OrganisationListSchema, sdk.OrganisationListResponse>>,
  Assert<Sends<typeof organisations.PartnerListSchema, sdk.PartnerListResponse>>,
  Assert<Sends<typeof partners.PartnerInvitationListSchema, sdk.PartnerInvitationListResponse>>,
  // service accounts
  Assert<Sends<typeof serviceAccounts.ServiceAccountSchema, sdk.ServiceAccount>>,
  Assert<Sends<typeof serviceAccounts.ServiceAccountListSchema, sdk.ServiceAccountListResponse>>,
  Assert<Sends<typeof serviceAccounts.SecretResponse, sdk.ServiceAccountSecretResponse>>,
  Assert<Accepts<typeof serviceAccounts.CreateBody, sdk.CreateServiceAccountRequest>>,
  // webhooks
  Assert<Sends<typeof webhooks.WebhookEndpointSchema, sdk.WebhookEndpoint>>,
  Assert<Sends<typeof webhooks.WebhookEndpointWithSecretSchema, sdk.WebhookEndpointWithSecret>>,
  Assert<Sends<typeof webhooks.WebhookEndpointListSchema, sdk.WebhookEndpointListResponse>>,
  Assert<Sends<typeof webhooks.WebhookDeliverySchema, sdk.WebhookDelivery>>,
  Assert<Sends<typeof webhooks.WebhookDeliveryListSchema, sdk.WebhookDeliveryListResponse>>,
  Assert<Sends<typeof webhooks.WebhookTestResponseSchema, sdk.WebhookTestResponse>>,
  Assert<Accepts<typeof webhooks.CreateWebhookBody, sdk.CreateWebhookEndpoint>>,
  Assert<Accepts<typeof webhooks.UpdateWebhookBody, sdk.UpdateWebhookEndpoint>>,
];
