/**
 * @module domain/model/group
 * Entity types and the storage port (implemented by storage/group-store.ts) of this part of the domain.
 */
import type { Page, PageRequest } from './page.js';

export interface Group {
  readonly id: string;
  readonly name: string;
  readonly logoUrl: string | null;
  /** Upper-case lookup key, e.g. `TZBV`. */
  readonly lookupKey: string;
  readonly createdAt: Date;
  readonly deactivatedAt: Date | null;
}

export interface GroupRole {
  readonly key: string;
  readonly name: string;
  /** admin roles only allow inviting and managing others; user roles allow using the services. */
  readonly kind: 'admin' | 'user';
  /** Cannot be combined with any other role (marked `*` in the UI). */
  readonly exclusive: boolean;
}

export interface GroupMember {
  readonly groupId: string;
  readonly userId: string;
  readonly email: string;
  readonly name: string;
  readonly roles: readonly string[];
  readonly createdAt: Date;
}

export interface Membership {
  readonly group: Group;
  readonly roles: readonly string[];
  /** True when any of the roles is of kind admin. */
  readonly isAdmin: boolean;
  /** The group is a partner (registered by an organisation). */
  readonly isPartner: boolean;
}

export interface GroupStore {
  create(group: { id?: string; name: string; logoUrl?: string | null; lookupKey: string }): Promise<Group>;
  findById(id: string): Promise<Group | undefined>;
  /** Case-insensitive; deactivated groups do not resolve. */
  findByLookupKey(lookupKey: string): Promise<Group | undefined>;
  lookupKeyExists(lookupKey: string): Promise<boolean>;
  setRoles(groupId: string, roles: readonly GroupRole[]): Promise<void>;
  listRoles(groupId: string): Promise<GroupRole[]>;
  /** Adds or replaces a membership's roles. */
  upsertMember(groupId: string, userId: string, roles: readonly string[]): Promise<void>;
  removeMember(groupId: string, userId: string): Promise<boolean>;
  /** Members by name, then email (then id). */
  listMembers(groupId: string, page: PageRequest): Promise<Page<GroupMember>>;
  countMembers(groupId: string): Promise<number>;
  /** The user's membership in an active group, with isAdmin computed from the catalogue. */
  findMembership(groupId: string, userId: string): Promise<Membership | undefined>;
  /** Every active group the user belongs to, by name (for `/api/me` and rules that need them all). */
  listMemberships(userId: string): Promise<Membership[]>;
  /** The same, one page at a time, by name (then id). */
  pageMemberships(userId: string, page: PageRequest): Promise<Page<Membership>>;
  addReturnUrl(groupId: string, url: string): Promise<void>;
  listReturnUrls(groupId: string): Promise<string[]>;
  /** The origins that may frame the group's consent, sorted. */
  listEmbeddingOrigins(groupId: string): Promise<string[]>;
  /** Replaces the list (already checked and normalised). */
  replaceEmbeddingOrigins(groupId: string, origins: readonly string[]): Promise<void>;
}
