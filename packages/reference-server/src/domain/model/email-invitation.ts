/**
 * @module domain/model/email-invitation
 * Entity types and the storage port (implemented by storage/email-invitation-store.ts) of this part of the domain.
 */
import type { Page, PageRequest } from './page.js';

export type InvitationRole = 'admin' | 'member';

export type InvitationPurpose = 'partner_admin' | 'member';

export type InvitationStatus = 'pending' | 'used' | 'expired' | 'revoked';

export interface EmailInvitation {
  readonly id: string;
  readonly groupId: string;
  readonly email: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly role: InvitationRole;
  readonly purpose: InvitationPurpose;
  readonly invitedBy: string | null;
  readonly createdAt: Date;
  readonly expiresAt: Date;
  readonly usedAt: Date | null;
  readonly usedBy: string | null;
  readonly revokedAt: Date | null;
}

/** The status a person sees, at time `now`. */
export function invitationStatus(i: EmailInvitation, now: Date): InvitationStatus {
  if (i.usedAt) return 'used';
  if (i.revokedAt) return 'revoked';
  if (i.expiresAt.getTime() <= now.getTime()) return 'expired';
  return 'pending';
}

export interface EmailInvitationStore {
  create(i: {
    tokenHash: string;
    groupId: string;
    email: string;
    firstName?: string;
    lastName?: string;
    role: InvitationRole;
    purpose: InvitationPurpose;
    invitedBy: string | null;
    createdAt: Date;
    expiresAt: Date;
  }): Promise<EmailInvitation>;
  findByTokenHash(tokenHash: string): Promise<EmailInvitation | undefined>;
  /**
   * Marks the invitation used by `userId` if, at `now`, it is unused, not revoked and not
   * expired — in one statement. Undefined when it was not (the caller re-reads to say why).
   */
  consume(id: string, userId: string, now: Date): Promise<EmailInvitation | undefined>;
  /** One page of the group's invitations, newest first (then by id). */
  listForGroup(groupId: string, page: PageRequest): Promise<Page<EmailInvitation>>;
  /** The newest admin invitation still waiting to be accepted. */
  findPendingAdmin(groupId: string, now: Date): Promise<EmailInvitation | undefined>;
  /** Revokes unused invitations of the group (all, or only one purpose); returns how many. */
  revokePending(groupId: string, at: Date, purpose?: InvitationPurpose): Promise<number>;
}
