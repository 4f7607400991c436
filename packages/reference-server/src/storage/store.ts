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
import { createGrantStore, type GrantStore } from './grant-store.js';
import { createGroupStore, type GroupStore } from './group-store.js';
import { createHealthStore, type HealthStore } from './health-store.js';
import { createInstallationStore, type InstallationStore } from './installation-store.js';
import { createInvitationStores, type InvitationStores } from './invitation-stores.js';
import { createPartnerStores, type PartnerStores } from './partner-stores.js';
import { createRateLimitStore, type RateLimitStore } from './rate-limit-store.js';
import { createSessionStore, createUserStore, type SessionStore, type UserStore } from './user-store.js';
import { createTokenServiceStores, type TokenServiceStores } from './token-service-stores.js';

export interface Store {
  readonly db: Executor;
  readonly users: UserStore;
  readonly sessions: SessionStore;
  readonly rateLimits: RateLimitStore;
  readonly groups: GroupStore;
  readonly installations: InstallationStore;
  readonly grants: GrantStore;
  readonly audit: AuditStore;
  /** Access requests and the authorization codes their approval issues. */
  readonly accessRequests: AccessRequestStore;
  /** Organisations, partners, email invitations and the outbox (issue 7). */
  readonly partnering: PartnerStores;
  /** Invitation codes and membership changes (issue 5). */
  readonly invitations: InvitationStores;
  /** Service accounts, signing keys and revoked tokens (issue 6). */
  readonly tokenService: TokenServiceStores;
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
    installations: createInstallationStore(db),
    grants: createGrantStore(db),
    audit: createAuditStore(db),
    accessRequests: createAccessRequestStore(db),
    partnering: createPartnerStores(db),
    invitations: createInvitationStores(db),
    tokenService: createTokenServiceStores(db),
    health: createHealthStore(db),
    transaction: (fn) => db.transaction((tx) => fn(createStore(tx))),
  };
}
