/**
 * @module domain/model/organisation
 * Entity types and the storage port (implemented by storage/organisation-store.ts) of this part of the domain.
 */
import type { Page, PageRequest } from './page.js';

export interface Organisation {
  readonly id: string;
  readonly name: string;
  /** Maximum number of active partners (default 10). */
  readonly partnerLimit: number;
  readonly createdAt: Date;
}

/** An organisation with the number of its active partners. */
export interface OrganisationSummary extends Organisation {
  readonly activePartners: number;
}

export interface OrganisationStore {
  create(o: { id?: string; name: string; partnerLimit?: number }): Promise<Organisation>;
  findById(id: string): Promise<OrganisationSummary | undefined>;
  /** Locks the organisation row for the rest of the transaction (serialises partner registration). */
  lockById(id: string): Promise<Organisation | undefined>;
  setPartnerLimit(id: string, limit: number): Promise<boolean>;
  addAccountHolder(organisationId: string, userId: string): Promise<void>;
  isAccountHolder(organisationId: string, userId: string): Promise<boolean>;
  /** One page of the organisations the person is an account holder of, by name (then id). */
  listForAccountHolder(userId: string, page: PageRequest): Promise<Page<OrganisationSummary>>;
}
