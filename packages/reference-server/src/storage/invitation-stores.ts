/**
 * @module storage/invitation-stores
 * The stores of issue 5 (invitation codes and members), composed into one field of the Store.
 */
import type { Executor } from './executor.js';
import { createInvitationCodeStore, type InvitationCodeStore } from './invitation-code-store.js';
import { createMemberStore, type MemberStore } from './member-store.js';

export interface InvitationStores {
  readonly codes: InvitationCodeStore;
  readonly members: MemberStore;
}

export function createInvitationStores(db: Executor): InvitationStores {
  return { codes: createInvitationCodeStore(db), members: createMemberStore(db) };
}
