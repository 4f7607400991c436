/**
 * @module storage/store
 * The one storage interface the domain and routes use: feature stores with domain-named methods
 * (lucia style), composed here. All SQL lives in the feature `*-store.ts` files.
 *
 * To add a feature store: write `storage/<feature>-store.ts` exporting an interface and a
 * `create<Feature>Store(db)` factory, then add one field below.
 */
import { createCodeSealer, type CodeSealer } from '../security/code-sealing.js';
import type { Store as StorePort } from '../domain/model/store.js';
import type { Executor } from './executor.js';
import { createAccessRequestStore } from './access-request-store.js';
import { createAuditStore } from './audit-store.js';
import { createEmailInvitationStore } from './email-invitation-store.js';
import { createGrantStore } from './grant-store.js';
import { createGroupStore } from './group-store.js';
import { createHealthStore } from './health-store.js';
import { createInstallationStore } from './installation-store.js';
import { createInvitationCodeStore } from './invitation-code-store.js';
import { createMemberStore } from './member-store.js';
import { createOrganisationStore } from './organisation-store.js';
import { createOutboxStore } from './outbox-store.js';
import { createPartnerStore } from './partner-store.js';
import { createRateLimitStore } from './rate-limit-store.js';
import { createServiceAccountStore } from './service-account-store.js';
import { createSigningKeyStore } from './signing-key-store.js';
import { createTokenStore } from './token-store.js';
import { createSessionStore, createUserStore } from './user-store.js';
import { createWebhookStore } from './webhook-store.js';

/** The domain's storage port (domain/model/store.ts), plus the database handle for tests, seeds and the CLI. */
export interface Store extends StorePort {
  readonly db: Executor;
  /** Runs `fn` with a Store bound to one transaction. */
  transaction<T>(fn: (tx: Store) => Promise<T>): Promise<T>;
}

/** `secret` is GRANTKIT_SECRET: it seals invitation codes at rest (security/code-sealing.ts). */
export function createStore(db: Executor, secret: Uint8Array): Store {
  return storeWith(db, createCodeSealer(secret));
}

function storeWith(db: Executor, sealer: CodeSealer): Store {
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
    invitationCodes: createInvitationCodeStore(db, sealer),
    emailInvitations: createEmailInvitationStore(db),
    organisations: createOrganisationStore(db),
    partners: createPartnerStore(db),
    outbox: createOutboxStore(db),
    serviceAccounts: createServiceAccountStore(db),
    signingKeys: createSigningKeyStore(db),
    accessTokens: createTokenStore(db),
    health: createHealthStore(db),
    webhooks: createWebhookStore(db),
    transaction: (fn) => db.transaction((tx) => fn(storeWith(tx, sealer))),
  };
}
