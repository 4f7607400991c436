/**
 * @module storage/email-invitation-store
 * Single-use, expiring invitation links sent by email to join a partner. Only the SHA-256 of the
 * link's token is stored. Using one is a single conditional UPDATE, so two clicks on two server
 * instances at the same moment still let only one through.
 */
import type { Executor } from './executor.js';

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

interface InvitationRow {
  id: string;
  group_id: string;
  email: string;
  first_name: string;
  last_name: string;
  role: InvitationRole;
  purpose: InvitationPurpose;
  invited_by: string | null;
  created_at: Date;
  expires_at: Date;
  used_at: Date | null;
  used_by: string | null;
  revoked_at: Date | null;
}

const toInvitation = (r: InvitationRow): EmailInvitation => ({
  id: r.id,
  groupId: r.group_id,
  email: r.email,
  firstName: r.first_name,
  lastName: r.last_name,
  role: r.role,
  purpose: r.purpose,
  invitedBy: r.invited_by,
  createdAt: r.created_at,
  expiresAt: r.expires_at,
  usedAt: r.used_at,
  usedBy: r.used_by,
  revokedAt: r.revoked_at,
});

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
  listForGroup(groupId: string): Promise<EmailInvitation[]>;
  /** The newest admin invitation still waiting to be accepted. */
  findPendingAdmin(groupId: string, now: Date): Promise<EmailInvitation | undefined>;
  /** Revokes unused invitations of the group (all, or only one purpose); returns how many. */
  revokePending(groupId: string, at: Date, purpose?: InvitationPurpose): Promise<number>;
}

export function createEmailInvitationStore(db: Executor): EmailInvitationStore {
  return {
    async create({ tokenHash, groupId, email, firstName = '', lastName = '', role, purpose, invitedBy, createdAt, expiresAt }) {
      const [row] = await db.query<InvitationRow>(
        `INSERT INTO email_invitations (id, token_hash, group_id, email, first_name, last_name, role, purpose, invited_by, created_at, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING *`,
        [crypto.randomUUID(), tokenHash, groupId, email, firstName, lastName, role, purpose, invitedBy, createdAt, expiresAt],
      );
      return toInvitation(row!);
    },
    async findByTokenHash(tokenHash) {
      const [row] = await db.query<InvitationRow>(`SELECT * FROM email_invitations WHERE token_hash = $1`, [tokenHash]);
      return row && toInvitation(row);
    },
    async consume(id, userId, now) {
      const [row] = await db.query<InvitationRow>(
        `UPDATE email_invitations SET used_at = $3, used_by = $2
          WHERE id = $1 AND used_at IS NULL AND revoked_at IS NULL AND expires_at > $3
          RETURNING *`,
        [id, userId, now],
      );
      return row && toInvitation(row);
    },
    async listForGroup(groupId) {
      const rows = await db.query<InvitationRow>(`SELECT * FROM email_invitations WHERE group_id = $1 ORDER BY created_at DESC`, [groupId]);
      return rows.map(toInvitation);
    },
    async findPendingAdmin(groupId, now) {
      const [row] = await db.query<InvitationRow>(
        `SELECT * FROM email_invitations
          WHERE group_id = $1 AND purpose = 'partner_admin' AND used_at IS NULL AND revoked_at IS NULL AND expires_at > $2
          ORDER BY created_at DESC LIMIT 1`,
        [groupId, now],
      );
      return row && toInvitation(row);
    },
    async revokePending(groupId, at, purpose) {
      const rows = await db.query(
        `UPDATE email_invitations SET revoked_at = $2
          WHERE group_id = $1 AND used_at IS NULL AND revoked_at IS NULL AND ($3::text IS NULL OR purpose = $3)
          RETURNING id`,
        [groupId, at, purpose ?? null],
      );
      return rows.length;
    },
  };
}
