/**
 * @module domain/model/member
 * Entity types and the storage port (implemented by storage/member-store.ts) of this part of the domain.
 */
import type { GroupMember } from './group.js';

export interface MemberStore {
  /**
   * Locks the group row until the transaction ends (`FOR NO KEY UPDATE`: rows that merely
   * reference the group, such as audit events, are not blocked). False when the group does not
   * exist or is deactivated. Call inside a transaction.
   */
  lockGroup(groupId: string): Promise<boolean>;
  /** Every member's roles (for the last-admin rule). */
  listRoles(groupId: string): Promise<{ userId: string; roles: string[] }[]>;
  findMember(groupId: string, userId: string): Promise<GroupMember | undefined>;
}
