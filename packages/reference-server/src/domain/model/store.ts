/**
 * @module domain/model/store
 * The storage port the domain works against: one field per feature store, and transactions.
 * storage/store.ts implements it (and adds the raw database handle, which the domain never sees).
 */
import type { AccessRequestStore } from './access-request.js';
import type { AuditStore } from './audit.js';
import type { EmailInvitationStore } from './email-invitation.js';
import type { GrantStore } from './grant.js';
import type { GroupStore } from './group.js';
import type { HealthStore } from './health.js';
import type { InstallationStore } from './installation.js';
import type { InvitationCodeStore } from './invitation-code.js';
import type { MemberStore } from './member.js';
import type { OrganisationStore } from './organisation.js';
import type { OutboxStore } from './outbox.js';
import type { PartnerStore } from './partner.js';
import type { RateLimitStore } from './rate-limit.js';
import type { ServiceAccountStore } from './service-account.js';
import type { SigningKeyStore } from './signing-key.js';
import type { TokenStore } from './token.js';
import type { SessionStore, UserStore } from './user.js';
import type { WebhookStore } from './webhook.js';

export interface Store {
  readonly users: UserStore;
  readonly sessions: SessionStore;
  readonly rateLimits: RateLimitStore;
  readonly groups: GroupStore;
  /** Membership changes of a group (roles, removal). */
  readonly members: MemberStore;
  readonly installations: InstallationStore;
  readonly grants: GrantStore;
  readonly audit: AuditStore;
  /** Access requests and the authorization codes their approval issues. */
  readonly accessRequests: AccessRequestStore;
  /** Single-use codes that add a logged-in user to a group (`<gk-redeem-code>`). */
  readonly invitationCodes: InvitationCodeStore;
  /** Emailed links that invite a named person to a partner. */
  readonly emailInvitations: EmailInvitationStore;
  readonly organisations: OrganisationStore;
  readonly partners: PartnerStore;
  /** Messages (mail) and domain events, written in the transaction that causes them, delivered after. */
  readonly outbox: OutboxStore;
  readonly serviceAccounts: ServiceAccountStore;
  readonly signingKeys: SigningKeyStore;
  /** Revoked access tokens and the tokens each authorization code produced. */
  readonly accessTokens: TokenStore;
  /** Whether the database answers and is fully migrated (`/readyz`). */
  readonly health: HealthStore;
  /** A group's webhook endpoints and the deliveries of events to them. */
  readonly webhooks: WebhookStore;
  /** Runs `fn` with a Store bound to one transaction. */
  transaction<T>(fn: (tx: Store) => Promise<T>): Promise<T>;
}

