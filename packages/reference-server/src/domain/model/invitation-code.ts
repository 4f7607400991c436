/**
 * @module domain/model/invitation-code
 * Entity types and the storage port (implemented by storage/invitation-code-store.ts) of this part of the domain.
 */
import type { Page, PageRequest } from './page.js';

/** What the database stores. */
export type StoredCodeStatus = 'valid' | 'used' | 'deactivated';

/** What people see: `expired` is a valid code whose date has passed. */
export type InvitationCodeStatus = StoredCodeStatus | 'expired';

export const INVITATION_CODE_STATUSES: readonly InvitationCodeStatus[] = ['valid', 'used', 'deactivated', 'expired'];

export type InvitationCodeMode = 'group' | 'partner';

/**
 * What redeeming a code did: `joined` (a new member), `roles_added` (a member gained roles the
 * code carries; the code is used up) or `already_member` (the member has every role of the code;
 * the code stays valid and nothing changes).
 */
export type RedemptionOutcome = 'joined' | 'roles_added' | 'already_member';

export const REDEMPTION_OUTCOMES: readonly RedemptionOutcome[] = ['joined', 'roles_added', 'already_member'];

export interface InvitationCode {
  readonly id: string;
  readonly code: string;
  readonly groupId: string;
  readonly groupName: string;
  readonly groupLookupKey: string;
  readonly batchId: string;
  readonly mode: InvitationCodeMode;
  readonly roles: readonly string[];
  readonly createdBy: string | null;
  readonly createdByName: string;
  readonly createdAt: Date;
  readonly expiresAt: Date;
  /** As stored; see {@link effectiveStatus} for what to show. */
  readonly storedStatus: StoredCodeStatus;
  readonly usedBy: string | null;
  readonly usedByName: string | null;
  readonly usedByEmail: string | null;
  readonly usedAt: Date | null;
  readonly deactivatedAt: Date | null;
}

/** The status to show at `now`. */
export function effectiveStatus(code: Pick<InvitationCode, 'storedStatus' | 'expiresAt'>, now: Date): InvitationCodeStatus {
  return code.storedStatus === 'valid' && code.expiresAt.getTime() <= now.getTime() ? 'expired' : code.storedStatus;
}

export interface NewInvitationCode {
  readonly id: string;
  readonly code: string;
  readonly groupId: string;
  readonly batchId: string;
  readonly mode: InvitationCodeMode;
  readonly roles: readonly string[];
  readonly createdBy: string;
  readonly createdByName: string;
  readonly createdAt: Date;
  readonly expiresAt: Date;
}

export interface InvitationCodeListQuery {
  /** Only codes of these groups (the caller's admin groups). An empty list yields nothing. */
  readonly groupIds: readonly string[];
  readonly status?: InvitationCodeStatus | undefined;
  readonly now: Date;
  readonly page: PageRequest;
}

export interface InvitationCodeStore {
  /** Inserts every code of a batch (call inside a transaction). */
  insertBatch(codes: readonly NewInvitationCode[]): Promise<InvitationCode[]>;
  findById(id: string): Promise<InvitationCode | undefined>;
  findByCode(code: string): Promise<InvitationCode | undefined>;
  /** Marks a valid, unexpired code used by `userId`; undefined when it was not claimable. */
  claim(code: string, user: { id: string; name: string }, now: Date): Promise<InvitationCode | undefined>;
  /** Marks a valid, unexpired code deactivated; undefined when it was not. */
  deactivate(id: string, userId: string, now: Date): Promise<InvitationCode | undefined>;
  /**
   * True when the group is a partner (registered under an organisation, issue 7). Read through
   * to_jsonb so this store does not depend on that migration's column existing.
   */
  isPartnerGroup(groupId: string): Promise<boolean>;
  /** One page, newest first (then by id), with the count of every page (`total`). */
  list(query: InvitationCodeListQuery): Promise<Page<InvitationCode> & { readonly total: number }>;
}
