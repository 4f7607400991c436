/**
 * @module storage/partner-stores
 * The issue-7 feature stores, composed under one `Store` field (`store.partnering`) so the
 * shared storage/store.ts gains a single entry.
 */
import type { Executor } from './executor.js';
import { createEmailInvitationStore, type EmailInvitationStore } from './email-invitation-store.js';
import { createOrganisationStore, type OrganisationStore } from './organisation-store.js';
import { createOutboxStore, type OutboxStore } from './outbox-store.js';
import { createPartnerStore, type PartnerStore } from './partner-store.js';

export interface PartnerStores {
  readonly organisations: OrganisationStore;
  readonly partners: PartnerStore;
  readonly invitations: EmailInvitationStore;
  /** Shared with later webhook delivery. */
  readonly outbox: OutboxStore;
}

export function createPartnerStores(db: Executor): PartnerStores {
  return {
    organisations: createOrganisationStore(db),
    partners: createPartnerStore(db),
    invitations: createEmailInvitationStore(db),
    outbox: createOutboxStore(db),
  };
}
