/**
 * @module domain/model/partner
 * Entity types and the storage port (implemented by storage/partner-store.ts) of this part of the domain.
 */
import type { Page, PageRequest } from './page.js';

export interface PartnerAdmin {
  readonly userId: string;
  readonly name: string;
  readonly email: string;
}

export interface Partner {
  /** The partner's group id. */
  readonly id: string;
  readonly organisationId: string;
  readonly name: string;
  readonly lookupKey: string;
  readonly logoUrl: string | null;
  readonly createdAt: Date;
  readonly deactivatedAt: Date | null;
  /** Normalised (IDNA A-label, lower case), in registration order. */
  readonly domains: readonly string[];
  /** The person who accepted the latest admin invitation; null until then. */
  readonly admin: PartnerAdmin | null;
  readonly membersCount: number;
}

export interface PartnerLogo {
  readonly contentType: 'image/png' | 'image/jpeg' | 'image/webp';
  readonly bytes: Uint8Array;
  readonly sha256: string;
  readonly updatedAt: Date;
}

/** What still gives a partner access: each must be revoked before deactivation. */
export interface RemainingAccess {
  readonly grants: readonly { readonly id: string; readonly installationId: string; readonly installationName: string }[];
  readonly serviceAccounts: readonly { readonly id: string; readonly name: string }[];
}

export interface PartnerStore {
  /** Inserts the partner's group row and its domains (call inside a transaction). */
  create(p: {
    id?: string;
    organisationId: string;
    name: string;
    lookupKey: string;
    logoUrl: string | null;
    domains: readonly string[];
    registeredBy: string | null;
  }): Promise<Partner>;
  findById(id: string): Promise<Partner | undefined>;
  /** One page of the organisation's partners: active first, then by name (then id). */
  listForOrganisation(organisationId: string, page: PageRequest): Promise<Page<Partner>>;
  countActive(organisationId: string): Promise<number>;
  setAdmin(groupId: string, userId: string): Promise<void>;
  /** Sets deactivated_at once; false when already deactivated (irreversible: nothing clears it). */
  /**
   * Locks the partner's group row until the transaction ends, so concurrent deactivations
   * serialise. Call inside a transaction.
   */
  lockForDeactivation(groupId: string): Promise<void>;
  deactivate(groupId: string, at: Date): Promise<boolean>;
  setLogo(groupId: string, logo: Omit<PartnerLogo, 'updatedAt'>): Promise<void>;
  /** The logo of an active partner. */
  findLogo(groupId: string): Promise<PartnerLogo | undefined>;
  remainingAccess(groupId: string): Promise<RemainingAccess>;
}
