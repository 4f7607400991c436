/**
 * @module storage/store
 * The one storage interface the domain and routes use: feature stores with domain-named methods
 * (lucia style), composed here. All SQL lives in the feature `*-store.ts` files.
 *
 * To add a feature store: write `storage/<feature>-store.ts` exporting an interface and a
 * `create<Feature>Store(db)` factory, then add one field below.
 */
import type { Executor } from './executor.js';
import { createAccessRequestStore, type AccessRequestStore } from './access-request-store.js';
import { createAuditStore, type AuditStore } from './audit-store.js';
import { createEmailInvitationStore, type EmailInvitationStore } from './email-invitation-store.js';
import { createGrantStore, type GrantStore } from './grant-store.js';
import { createGroupStore, type GroupStore } from './group-store.js';
import { createHealthStore, type HealthStore } from './health-store.js';
import { createInstallationStore, type InstallationStore } from './installation-store.js';
import { createInvitationCodeStore, type InvitationCodeStore } from './invitation-code-store.js';
import { createMemberStore, type MemberStore } from './member-store.js';
import { createOrganisationStore, type OrganisationStore } from './organisation-store.js';
import { createOutboxStore, type OutboxStore } from './outbox-store.js';
import { createPartnerStore, type PartnerStore } from './partner-store.js';
import { createRateLimitStore, type RateLimitStore } from './rate-limit-store.js';
import { createServiceAccountStore, type ServiceAccountStore } from './service-account-store.js';
import { createSigningKeyStore, type SigningKeyStore } from './signing-key-store.js';
import { createTokenStore, type TokenStore } from './token-store.js';
import { createSessionStore, createUserStore, type SessionStore, type UserStore } from './user-store.js';

export interface Store {
  readonly db: Executor;
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
  /** Runs `fn` with a Store bound to one transaction. */
  transaction<T>(fn: (tx: Store) => Promise<T>): Promise<T>;
}

export function createStore(db: Executor): Store {
  return {
    db,
    users: createUserStore(db),
    sessions: createSessionStore(db),
    rateLimits: createRateLimitStore(db),
    groups: createGroupStore(db),
    members: createMemberStore(db),
    installations: createInstallationStore(db),
    grants: createGrantStore(db),
    audit: createAuditStore(db),
    accessRequests: createAccessRequestStore(db),
    invitationCodes: createInvitationCodeStore(db),
    emailInvitations: createEmailInvitationStore(db),
    organisations: createOrganisationStore(db),
    partners: createPartnerStore(db),
    outbox: createOutboxStore(db),
    serviceAccounts: createServiceAccountStore(db),
    signingKeys: createSigningKeyStore(db),
    accessTokens: createTokenStore(db),
    health: createHealthStore(db),
    transaction: (fn) => db.transaction((tx) => fn(createStore(tx))),
  };
}
