/**
 * @module storage/access-request-store
 * Access requests (pending → approved | denied; expired is pending past `expires_at`) and the
 * single-use authorization codes an approval issues. The at-most-once rules live in SQL: one
 * conditional UPDATE decides a request, one conditional UPDATE consumes a code, so any number
 * of server instances sharing one database agree.
 */
import type { Executor } from './executor.js';

export type AccessRequestStatus = 'pending' | 'approved' | 'denied';

export interface AccessRequest {
  readonly id: string;
  readonly groupId: string;
  /** The user who opened the request URL; only they may see and decide it. */
  readonly userId: string;
  readonly preselectedInstallationId: string | null;
  readonly locale: string;
  readonly returnUrl: string | null;
  readonly partnerName: string | null;
  readonly showExisting: boolean;
  readonly state: string | null;
  readonly codeChallenge: string | null;
  readonly status: AccessRequestStatus;
  readonly createdAt: Date;
  readonly expiresAt: Date;
  readonly decidedAt: Date | null;
  /** The installation chosen on approval. */
  readonly installationId: string | null;
  readonly grantId: string | null;
}

export type NewAccessRequest = Pick<
  AccessRequest,
  'groupId' | 'userId' | 'preselectedInstallationId' | 'locale' | 'returnUrl' | 'partnerName' | 'showExisting' | 'state' | 'codeChallenge' | 'expiresAt'
> & { id?: string; createdAt: Date };

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
  status: AccessRequestStatus;
  created_at: Date;
  expires_at: Date;
  decided_at: Date | null;
  installation_id: string | null;
  grant_id: string | null;
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
  status: r.status,
  createdAt: r.created_at,
  expiresAt: r.expires_at,
  decidedAt: r.decided_at,
  installationId: r.installation_id,
  grantId: r.grant_id,
});

/** An authorization code as stored: the hash only, bound to its request, grant, client, redirect and challenge. */
export interface AuthorizationCode {
  readonly codeHash: string;
  readonly accessRequestId: string;
  readonly grantId: string;
  /** The group's lookup key (RFC 6749 client_id). */
  readonly clientId: string;
  /** The return URL the code was sent to (RFC 6749 §4.1.3 redirect_uri). */
  readonly redirectUri: string;
  /** PKCE S256 challenge (RFC 7636 §4.6 compares the verifier against it). */
  readonly codeChallenge: string;
  readonly createdAt: Date;
  readonly expiresAt: Date;
  readonly usedAt: Date | null;
}

export interface ConsumedAuthorizationCode extends AuthorizationCode {
  /**
   * True when the code had been used before this call: a replay. RFC 6749 §4.1.2 — the server
   * should then revoke the tokens issued from it (the grant id says which).
   */
  readonly alreadyUsed: boolean;
  /** True when `now` is at or past `expiresAt` (the token endpoint must refuse it). */
  readonly expired: boolean;
}

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

export interface AccessRequestStore {
  create(request: NewAccessRequest): Promise<AccessRequest>;
  findById(id: string): Promise<AccessRequest | undefined>;
  /**
   * Decides a request in one conditional UPDATE: only the request's own user, only while it is
   * pending and not expired at `now`. Returns the decided request, or undefined when any
   * condition failed (the caller reads the row again to say why).
   */
  decide(d: { id: string; userId: string; status: 'approved' | 'denied'; installationId: string | null; now: Date }): Promise<AccessRequest | undefined>;
  /** Records the grant an approval produced. */
  setGrant(id: string, grantId: string): Promise<void>;
  createAuthorizationCode(code: Omit<AuthorizationCode, 'usedAt'>): Promise<void>;
  /**
   * Marks a code used, atomically, and returns it; a second call returns the same row with
   * `alreadyUsed: true`. Undefined when no such code exists. The caller still checks `expired`,
   * client id, redirect URI and the PKCE verifier.
   */
  consumeAuthorizationCode(codeHash: string, now: Date): Promise<ConsumedAuthorizationCode | undefined>;
  /** Deletes requests and codes that expired before `before` (housekeeping). */
  purgeExpired(before: Date): Promise<number>;
}

export function createAccessRequestStore(db: Executor): AccessRequestStore {
  return {
    async create(r) {
      const [row] = await db.query<AccessRequestRow>(
        `INSERT INTO access_requests (id, group_id, user_id, preselected_installation_id, locale, return_url, partner_name,
                                      show_existing, state, code_challenge, created_at, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING *`,
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
        ],
      );
      return toAccessRequest(row!);
    },
    async findById(id) {
      const [row] = await db.query<AccessRequestRow>(`SELECT * FROM access_requests WHERE id = $1`, [id]);
      return row && toAccessRequest(row);
    },
    async decide({ id, userId, status, installationId, now }) {
      const [row] = await db.query<AccessRequestRow>(
        `UPDATE access_requests
            SET status = $3, installation_id = $4, decided_at = $5
          WHERE id = $1 AND user_id = $2 AND status = 'pending' AND expires_at > $5
          RETURNING *`,
        [id, userId, status, installationId, now],
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
