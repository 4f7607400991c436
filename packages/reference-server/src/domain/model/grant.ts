/**
 * @module domain/model/grant
 * Entity types and the storage port (implemented by storage/grant-store.ts) of this part of the domain.
 */
import type { Page, PageRequest } from './page.js';

export interface Grant {
  readonly id: string;
  readonly groupId: string;
  readonly installationId: string;
  readonly permissions: readonly string[];
  readonly createdAt: Date;
  readonly createdBy: string | null;
  readonly revokedAt: Date | null;
}

/** A grant with the names a person needs to read it. */
export interface GrantView extends Grant {
  readonly groupName: string;
  readonly lookupKey: string;
  readonly groupLogoUrl: string | null;
  readonly installationName: string;
  readonly createdByName: string | null;
}

export interface GrantStore {
  /** Creates the active grant for the pair, or returns the existing one (`created: false`), its row locked until the transaction ends. */
  upsertActive(g: { groupId: string; installationId: string; permissions: readonly string[]; createdBy: string | null }): Promise<{ grant: Grant; created: boolean }>;
  findById(id: string): Promise<GrantView | undefined>;
  findActive(groupId: string, installationId: string): Promise<Grant | undefined>;
  /** Active grants on an installation, oldest first (then by id). */
  listForInstallation(installationId: string, page: PageRequest): Promise<Page<GrantView>>;
  /** Active grants held by a group, oldest first (then by id). */
  listForGroup(groupId: string, page: PageRequest): Promise<Page<GrantView>>;
  /** Active grants on every installation the user owns or administers, oldest first (then by id). */
  listForOwner(userId: string, page: PageRequest): Promise<Page<GrantView>>;
  /** Marks an active grant revoked; false when it was not active. */
  revoke(id: string, revokedBy: string | null, at: Date): Promise<boolean>;
  /** Installation ids with an active grant for the group, among those given (empty = all). */
  activeInstallationIds(groupId: string): Promise<string[]>;
  /**
   * Installation id → the permissions the group's active grant holds, for those of these
   * installations it holds one on (one page's worth of ids, never the group's whole set).
   */
  heldAmong(groupId: string, installationIds: readonly string[]): Promise<Map<string, readonly string[]>>;
  /**
   * Sets an active grant's permissions (read under a row lock by `lockActive` first); undefined
   * when the grant is no longer active.
   */
  setPermissions(id: string, permissions: readonly string[]): Promise<Grant | undefined>;
  /** The active grant, its row locked until the transaction ends (a change reads, then writes, its permissions). */
  lockActive(id: string): Promise<Grant | undefined>;
}
