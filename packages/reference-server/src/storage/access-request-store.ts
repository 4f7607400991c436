/**
 * @module storage/access-request-store
 * Access requests (pending → approved | denied | cancelled; expired is pending past `expires_at`) and the
 * single-use authorization codes an approval issues. The at-most-once rules live in SQL: one
 * conditional UPDATE decides a request, one conditional UPDATE consumes a code, so any number
 * of server instances sharing one database agree.
 */
import type { Executor } from './executor.js';
import type { CancelReason, Display, AccessRequestStatus, AccessRequest, NewAccessRequest, AuthorizationCode, ConsumedAuthorizationCode, AccessRequestStore } from '../domain/model/access-request.js';

interface AccessRequestRow {
  id: string;
  group_id: string;
  user_id: string;
  preselected_installation_id: string | null;
  locale: string;
  return_url: string | null;
  partner_name: string | null;
  show_existing: boolean;
  state: string | null;
  code_challenge: string | null;
  display: Display;
  status: AccessRequestStatus;
  created_at: Date;
  expires_at: Date;
  decided_at: Date | null;
  installation_id: string | null;
  grant_id: string | null;
  cancel_reason: CancelReason | null;
}

const toAccessRequest = (r: AccessRequestRow): AccessRequest => ({
  id: r.id,
  groupId: r.group_id,
  userId: r.user_id,
  preselectedInstallationId: r.preselected_installation_id,
  locale: r.locale,
  returnUrl: r.return_url,
  partnerName: r.partner_name,
  showExisting: r.show_existing,
  state: r.state,
  codeChallenge: r.code_challenge,
  display: r.display,
  status: r.status,
  createdAt: r.created_at,
  expiresAt: r.expires_at,
  decidedAt: r.decided_at,
  installationId: r.installation_id,
  grantId: r.grant_id,
  cancelReason: r.cancel_reason,
});

interface CodeRow {
  code_hash: string;
  access_request_id: string;
  grant_id: string;
  client_id: string;
  redirect_uri: string;
  code_challenge: string;
  created_at: Date;
  expires_at: Date;
  used_at: Date | null;
}

const toCode = (r: CodeRow): AuthorizationCode => ({
  codeHash: r.code_hash,
  accessRequestId: r.access_request_id,
  grantId: r.grant_id,
  clientId: r.client_id,
  redirectUri: r.redirect_uri,
  codeChallenge: r.code_challenge,
  createdAt: r.created_at,
  expiresAt: r.expires_at,
  usedAt: r.used_at,
});

export function createAccessRequestStore(db: Executor): AccessRequestStore {
  return {
    async create(r) {
      const [row] = await db.query<AccessRequestRow>(
        `INSERT INTO access_requests (id, group_id, user_id, preselected_installation_id, locale, return_url, partner_name,
                                      show_existing, state, code_challenge, created_at, expires_at, display)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING *`,
        [
          r.id ?? crypto.randomUUID(),
          r.groupId,
          r.userId,
          r.preselectedInstallationId,
          r.locale,
          r.returnUrl,
          r.partnerName,
          r.showExisting,
          r.state,
          r.codeChallenge,
          r.createdAt,
          r.expiresAt,
          r.display ?? 'page',
        ],
      );
      return toAccessRequest(row!);
    },
    async findById(id) {
      const [row] = await db.query<AccessRequestRow>(`SELECT * FROM access_requests WHERE id = $1`, [id]);
      return row && toAccessRequest(row);
    },
    async findAnswered({ userId, groupId, state, returnUrl }) {
      // access_requests_answered_idx (0070): the user's requests for one group and state, newest first.
      const [row] = await db.query<AccessRequestRow>(
        `SELECT * FROM access_requests
          WHERE user_id = $1 AND group_id = $2 AND state = $3 AND return_url IS NOT DISTINCT FROM $4
            AND status IN ('approved', 'denied')
          ORDER BY created_at DESC
          LIMIT 1`,
        [userId, groupId, state, returnUrl],
      );
      return row && toAccessRequest(row);
    },
    async decide({ id, userId, status, installationId, cancelReason, now }) {
      const [row] = await db.query<AccessRequestRow>(
        `UPDATE access_requests
            SET status = $3, installation_id = $4, decided_at = $5, cancel_reason = $6
          WHERE id = $1 AND user_id = $2 AND status = 'pending' AND expires_at > $5
          RETURNING *`,
        [id, userId, status, installationId, now, cancelReason ?? null],
      );
      return row && toAccessRequest(row);
    },
    async setGrant(id, grantId) {
      await db.query(`UPDATE access_requests SET grant_id = $2 WHERE id = $1`, [id, grantId]);
    },
    async createAuthorizationCode(c) {
      await db.query(
        `INSERT INTO authorization_codes (code_hash, access_request_id, grant_id, client_id, redirect_uri, code_challenge, created_at, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [c.codeHash, c.accessRequestId, c.grantId, c.clientId, c.redirectUri, c.codeChallenge, c.createdAt, c.expiresAt],
      );
    },
    async consumeAuthorizationCode(codeHash, now) {
      const [fresh] = await db.query<CodeRow>(
        `UPDATE authorization_codes SET used_at = $2 WHERE code_hash = $1 AND used_at IS NULL RETURNING *`,
        [codeHash, now],
      );
      const row = fresh ?? (await db.query<CodeRow>(`SELECT * FROM authorization_codes WHERE code_hash = $1`, [codeHash]))[0];
      if (!row) return undefined;
      const code = toCode(row);
      return { ...code, alreadyUsed: !fresh, expired: code.expiresAt.getTime() <= now.getTime() };
    },
    async purgeExpired(before) {
      const codes = await db.query(`DELETE FROM authorization_codes WHERE expires_at < $1 RETURNING code_hash`, [before]);
      const requests = await db.query(
        `DELETE FROM access_requests WHERE status = 'pending' AND expires_at < $1 RETURNING id`,
        [before],
      );
      return codes.length + requests.length;
    },
  };
}
