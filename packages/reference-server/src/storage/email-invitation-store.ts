/**
 * @module storage/email-invitation-store
 * Single-use, expiring invitation links sent by email to join a partner. Only the SHA-256 of the
 * link's token is stored. Using one is a single conditional UPDATE, so two clicks on two server
 * instances at the same moment still let only one through.
 */
import type { Executor, SqlValue } from './executor.js';
import { keysetSql, rowsToPage, type KeyColumns, type KeysetOrder } from './keyset.js';
import type { InvitationRole, InvitationPurpose, InvitationStatus, EmailInvitation, EmailInvitationStore } from '../domain/model/email-invitation.js';
import { invitationStatus } from '../domain/model/email-invitation.js';

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

/** A group's invitations newest first (then by id), as email_invitations_group_page_idx (0060) holds them. */
const NEWEST_FIRST: KeysetOrder = {
  keys: [
    { sql: 'created_at', kind: 'timestamp' },
    { sql: 'id', kind: 'uuid' },
  ],
  direction: 'desc',
};

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
    async listForGroup(groupId, page) {
      const params: SqlValue[] = [groupId];
      const k = keysetSql(NEWEST_FIRST, page, params);
      const rows = await db.query<InvitationRow & KeyColumns>(`SELECT *${k.select} FROM email_invitations WHERE group_id = $1 ${k.after} ${k.orderLimit}`, params);
      return rowsToPage(rows, NEWEST_FIRST, page, toInvitation);
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
