/**
 * @module domain/model/installation
 * Entity types and the storage port (implemented by storage/installation-store.ts) of this part of the domain.
 */
import type { Keyset, Page, PageRequest } from './page.js';

export interface Installation {
  readonly id: string;
  readonly name: string;
  readonly address: string;
  readonly settings: Readonly<Record<string, unknown>>;
  readonly createdAt: Date;
}

export interface Charger {
  readonly id: string;
  readonly name: string;
  readonly serial: string;
  readonly maxCurrentA: number;
}

export interface ChargingSession {
  readonly id: string;
  readonly chargerId: string;
  readonly startedAt: Date;
  readonly endedAt: Date | null;
  readonly energyKwh: number;
}

export type InstallationRole = 'owner' | 'admin';

export interface InstallationUser {
  readonly userId: string;
  readonly email: string;
  readonly name: string;
  readonly role: InstallationRole;
  readonly since: Date;
  readonly grantedBy: { readonly id: string; readonly name: string } | null;
}

/**
 * One line of an installation's access list: a person with their own role, or a group through
 * an active grant. `since`: when the role or the grant was given.
 */
export type AccessEntry =
  | { readonly kind: 'user'; readonly user: InstallationUser }
  | {
      readonly kind: 'group';
      readonly grantId: string;
      readonly groupId: string;
      readonly groupName: string;
      readonly lookupKey: string;
      readonly groupLogoUrl: string | null;
      readonly since: Date;
      readonly grantedBy: { readonly id: string; readonly name: string } | null;
    };

/** Whose relations the store gathers: a person's, or a group's (for its tokens). */
export type AccessSubject = { readonly userId: string } | { readonly groupId: string };

/** One fact: a person's own role on an installation, or an active grant of an active group. */
export interface AccessRelation {
  readonly installationId: string;
  readonly role: InstallationRole | null;
  readonly grant: { readonly id: string; readonly groupId: string; readonly permissions: readonly string[] } | null;
}

/** An installation with the facts the access policy decides on, and its sort key (`lower(name)`, id) as the database wrote it. */
export interface RelatedInstallation {
  readonly installation: Installation;
  readonly relations: readonly AccessRelation[];
  readonly key: Keyset;
}

export interface InstallationStore {
  create(i: { id?: string; name: string; address?: string; settings?: Record<string, unknown> }): Promise<Installation>;
  findById(id: string): Promise<Installation | undefined>;
  /** These installations, by name; unknown ids are skipped. */
  listByIds(ids: readonly string[]): Promise<Installation[]>;
  addUser(installationId: string, userId: string, role: InstallationRole, grantedBy?: string | null): Promise<void>;
  /**
   * The facts domain/access-policy.ts decides on: a person's own roles and the active grants of
   * the active groups they belong to, or a group's active grants (for its tokens); for one
   * installation or all. The only SQL that says who reaches an installation.
   */
  accessRelations(who: AccessSubject, installationId?: string): Promise<AccessRelation[]>;
  /**
   * The same facts a page at a time: the installations the subject has any fact on (or only
   * `installationId`), by name (then id), each with all its facts, so GET /api/installations
   * decides on one page instead of loading every fact.
   */
  pageRelated(who: AccessSubject, page: PageRequest, installationId?: string): Promise<Page<RelatedInstallation>>;
  /**
   * One page of the installations this person owns or administers (the access policy's `manage`:
   * only a person's own role allows it), ordered by `lower(name), id` (the page's keyset). `search`
   * matches name or address, case-insensitively, as plain text (LIKE wildcards are escaped);
   * `notSharedWith` leaves out those the group holds an active grant on that already holds every
   * one of `permissions` (an installation whose grant holds less is offered: approving widens
   * it); `except` leaves out one id
   * (the consent card lists the preselected installation first, on its own).
   */
  pageManageable(q: {
    userId: string;
    search?: string | undefined;
    notSharedWith?: { readonly groupId: string; readonly permissions: readonly string[] } | null | undefined;
    except?: string | null | undefined;
    page: PageRequest;
  }): Promise<Page<Installation>>;
  /** Whether the person owns or administers any installation at all. */
  hasManageable(userId: string): Promise<boolean>;
  listUsers(installationId: string): Promise<InstallationUser[]>;
  /** Owners, then admins, then groups with an active grant; each by date given (then id). */
  listAccess(installationId: string, page: PageRequest): Promise<Page<AccessEntry>>;
  updateSettings(id: string, settings: Record<string, unknown>, name?: string): Promise<Installation | undefined>;
  addCharger(installationId: string, c: { id?: string; name: string; serial: string; maxCurrentA?: number }): Promise<Charger>;
  listChargers(installationId: string): Promise<Charger[]>;
  addChargingSession(installationId: string, s: { chargerId: string; startedAt: Date; endedAt: Date | null; energyKwh: number }): Promise<void>;
  listChargingHistory(installationId: string, limit?: number): Promise<ChargingSession[]>;
}
