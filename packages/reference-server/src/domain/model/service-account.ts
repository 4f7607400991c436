/**
 * @module domain/model/service-account
 * Entity types and the storage port (implemented by storage/service-account-store.ts) of this part of the domain.
 */
import type { Page, PageRequest } from './page.js';

export interface ServiceAccount {
  readonly id: string;
  readonly groupId: string;
  readonly name: string;
  readonly clientId: string;
  readonly secretKind: 'generated' | 'password';
  /** The data set: the one installation the account may reach, or null for every granted one. */
  readonly installationId: string | null;
  /** Its own permission set: its tokens' scopes never exceed it (catalogue order, `installation:read` included). */
  readonly permissions: readonly string[];
  readonly createdAt: Date;
  readonly createdBy: string | null;
  readonly secretChangedAt: Date;
  readonly lastUsedAt: Date | null;
  /** Tokens whose `iat` is before this instant no longer work. */
  readonly tokensNotBefore: Date | null;
}

/** What client authentication needs: the account plus its secret hashes. */
export interface ServiceAccountCredentials extends ServiceAccount {
  readonly secretHash: string;
  readonly previousSecretHash: string | null;
  readonly previousSecretExpiresAt: Date | null;
  /** The group's lookup key (the token's `lookup_key` claim); null when the group is deactivated. */
  readonly lookupKey: string | null;
}

/** A listed account with its data set's name. */
export interface ServiceAccountView extends ServiceAccount {
  readonly installationName: string | null;
}

export interface NewServiceAccount {
  readonly groupId: string;
  readonly name: string;
  readonly clientId: string;
  readonly secretHash: string;
  readonly secretKind: 'generated' | 'password';
  readonly installationId: string | null;
  /** Omitted: the whole catalogue (the column's default). */
  readonly permissions?: readonly string[];
  readonly createdBy: string | null;
  readonly at: Date;
}

export interface SecretChange {
  readonly secretHash: string;
  readonly secretKind: 'generated' | 'password';
  readonly at: Date;
  /** Keep the current secret valid until then (regeneration with a grace period); null ends it now. */
  readonly previousValidUntil: Date | null;
}

export interface ServiceAccountStore {
  /** Creates an account; returns undefined when the group already has one with that name. */
  create(account: NewServiceAccount): Promise<ServiceAccount | undefined>;
  findById(id: string): Promise<ServiceAccount | undefined>;
  /** The account in that group, or undefined (another group's account is not found). */
  findInGroup(groupId: string, id: string): Promise<ServiceAccount | undefined>;
  /** One indexed read for the token endpoint: the account, its hashes and its group's lookup key. */
  findCredentials(clientId: string): Promise<ServiceAccountCredentials | undefined>;
  listForGroup(groupId: string): Promise<ServiceAccountView[]>;
  /** One page of the group's accounts, by name (then id). */
  pageForGroup(groupId: string, page: PageRequest): Promise<Page<ServiceAccountView>>;
  /** One page of the group's accounts, by name (then id). */
  pageForGroup(groupId: string, page: PageRequest): Promise<Page<ServiceAccountView>>;
  /** Replaces the secret; without a grace period, tokens issued before `at` stop working. */
  changeSecret(id: string, change: SecretChange): Promise<ServiceAccount | undefined>;
  delete(id: string): Promise<boolean>;
  /** Writes many "last used" times at once (called off the request path by a batcher). */
  touchLastUsed(entries: ReadonlyMap<string, Date>): Promise<void>;
}
