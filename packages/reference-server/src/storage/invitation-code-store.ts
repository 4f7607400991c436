/**
 * @module storage/invitation-code-store
 * Invitation codes: create a batch, claim one exactly once, deactivate, and the admins'
 * management list. Status `expired` is computed from `expires_at` at read time.
 *
 * Claiming and deactivating are single conditional UPDATEs (`WHERE status = 'valid' AND
 * expires_at > now`): under PostgreSQL's READ COMMITTED a second writer blocks on the row lock,
 * re-checks the condition after the first commits and updates nothing, so any number of
 * server instances sharing one database give one winner.
 *
 * Codes are stored sealed, never in clear (security/code-sealing.ts): rows are found by the
 * code's keyed hash (`code_lookup`) and the clear code is opened only to be shown to admins.
 */
import type { CodeSealer } from '../security/code-sealing.js';
import type { Executor, SqlValue } from './executor.js';
import { keysetSql, rowsToPage, type KeyColumns, type KeysetOrder } from './keyset.js';
import type { StoredCodeStatus, InvitationCodeStatus, InvitationCodeMode, InvitationCode, NewInvitationCode, InvitationCodeListQuery, InvitationCodeStore } from '../domain/model/invitation-code.js';
import { INVITATION_CODE_STATUSES, effectiveStatus } from '../domain/model/invitation-code.js';

interface CodeRow {
  id: string;
  code_sealed: string;
  group_id: string;
  group_name: string;
  lookup_key: string;
  batch_id: string;
  mode: InvitationCodeMode;
  roles: string[];
  created_by: string | null;
  created_by_name: string;
  created_at: Date;
  expires_at: Date;
  status: StoredCodeStatus;
  used_by: string | null;
  used_by_name: string | null;
  used_by_email: string | null;
  used_at: Date | null;
  deactivated_at: Date | null;
}

const toCode = (sealer: CodeSealer, r: CodeRow): InvitationCode => ({
  id: r.id,
  code: sealer.open(r.id, r.code_sealed),
  groupId: r.group_id,
  groupName: r.group_name,
  groupLookupKey: r.lookup_key,
  batchId: r.batch_id,
  mode: r.mode,
  roles: r.roles,
  createdBy: r.created_by,
  createdByName: r.created_by_name,
  createdAt: r.created_at,
  expiresAt: r.expires_at,
  storedStatus: r.status,
  usedBy: r.used_by,
  usedByName: r.used_by_name,
  usedByEmail: r.used_by_email,
  usedAt: r.used_at,
  deactivatedAt: r.deactivated_at,
});

/** Joins what a row needs to be shown (group name, who used it). */
const SELECT = `
  SELECT c.*, g.name AS group_name, g.lookup_key, u.email AS used_by_email
    FROM invitation_codes c
    JOIN groups g ON g.id = c.group_id
    LEFT JOIN users u ON u.id = c.used_by`;

/** One group's codes newest first (then by id), as invitation_codes_group_page_idx (0060) holds them. */
const GROUP_ORDER: KeysetOrder = {
  keys: [
    { sql: 'c.created_at', kind: 'timestamp' },
    { sql: 'c.id', kind: 'uuid' },
  ],
  direction: 'desc',
};

/** The same order over the groups' pages merged. */
const MERGED_ORDER: KeysetOrder = {
  keys: [
    { sql: 'x.created_at', kind: 'timestamp' },
    { sql: 'x.id', kind: 'uuid' },
  ],
  direction: 'desc',
};

/** Re-reads rows an UPDATE ... RETURNING gave back, with their joins. */
async function reload(db: Executor, sealer: CodeSealer, ids: readonly string[]): Promise<InvitationCode[]> {
  if (!ids.length) return [];
  const rows = await db.query<CodeRow>(`${SELECT} WHERE c.id = ANY ($1::uuid[])`, [ids]);
  // In code order, as before codes were sealed (the database can no longer sort them).
  return rows.map((r) => toCode(sealer, r)).sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/**
 * Seals the codes an older version stored in clear (migration 0011), then forgets them. Runs
 * after every migrate; a no-op once no clear code is left. Idempotent and safe to race: each row
 * changes only while its `code` is still set.
 */
export async function sealClearInvitationCodes(db: Executor, sealer: CodeSealer): Promise<number> {
  const rows = await db.query<{ id: string; code: string }>(`SELECT id, code FROM invitation_codes WHERE code IS NOT NULL`);
  for (const row of rows) {
    await db.query(`UPDATE invitation_codes SET code = NULL, code_lookup = $2, code_sealed = $3 WHERE id = $1 AND code IS NOT NULL`, [
      row.id,
      sealer.lookup(row.code),
      sealer.seal(row.id, row.code),
    ]);
  }
  return rows.length;
}

/** SQL condition for a status filter; `nowParam` is the clock parameter (used by valid and expired only). */
function statusCondition(status: InvitationCodeStatus, nowParam: string): string {
  switch (status) {
    case 'valid':
      return `c.status = 'valid' AND c.expires_at > ${nowParam}`;
    case 'expired':
      return `c.status = 'valid' AND c.expires_at <= ${nowParam}`;
    case 'used':
      return `c.status = 'used'`;
    case 'deactivated':
      return `c.status = 'deactivated'`;
  }
}

export function createInvitationCodeStore(db: Executor, sealer: CodeSealer): InvitationCodeStore {
  return {
    async insertBatch(codes) {
      for (const c of codes) {
        await db.query(
          `INSERT INTO invitation_codes (id, code_lookup, code_sealed, group_id, batch_id, mode, roles, created_by, created_by_name, created_at, expires_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
          [c.id, sealer.lookup(c.code), sealer.seal(c.id, c.code), c.groupId, c.batchId, c.mode, c.roles, c.createdBy, c.createdByName, c.createdAt, c.expiresAt],
        );
      }
      return reload(
        db,
        sealer,
        codes.map((c) => c.id),
      );
    },
    async findById(id) {
      const [row] = await db.query<CodeRow>(`${SELECT} WHERE c.id = $1`, [id]);
      return row && toCode(sealer, row);
    },
    async findByCode(code) {
      const [row] = await db.query<CodeRow>(`${SELECT} WHERE c.code_lookup = $1`, [sealer.lookup(code)]);
      return row && toCode(sealer, row);
    },
    async claim(code, user, now) {
      const rows = await db.query<{ id: string }>(
        `UPDATE invitation_codes SET status = 'used', used_by = $2, used_by_name = $3, used_at = $4
          WHERE code_lookup = $1 AND status = 'valid' AND expires_at > $4
          RETURNING id`,
        [sealer.lookup(code), user.id, user.name, now],
      );
      const [claimed] = await reload(
        db,
        sealer,
        rows.map((r) => r.id),
      );
      return claimed;
    },
    async deactivate(id, userId, now) {
      const rows = await db.query<{ id: string }>(
        `UPDATE invitation_codes SET status = 'deactivated', deactivated_by = $2, deactivated_at = $3
          WHERE id = $1 AND status = 'valid' AND expires_at > $3
          RETURNING id`,
        [id, userId, now],
      );
      const [done] = await reload(
        db,
        sealer,
        rows.map((r) => r.id),
      );
      return done;
    },
    async isPartnerGroup(groupId) {
      const [row] = await db.query<{ organisation_id: string | null }>(
        `SELECT to_jsonb(g) ->> 'organisation_id' AS organisation_id FROM groups g WHERE g.id = $1`,
        [groupId],
      );
      return Boolean(row?.organisation_id);
    },
    async list({ groupIds, status, now, page }) {
      if (!groupIds.length) return { items: [], nextAfter: null, total: 0 };
      /** The status filter as ` AND …`, its clock (if any) added to `params`. */
      const statusFilter = (params: SqlValue[]): string => {
        if (!status) return '';
        if (status !== 'valid' && status !== 'expired') return ` AND ${statusCondition(status, '')}`;
        params.push(now);
        return ` AND ${statusCondition(status, `$${params.length}::timestamptz`)}`;
      };
      // The count reads the groups' index entries (and their rows for the status), never sorts.
      const countParams: SqlValue[] = [groupIds];
      const [count] = await db.query<{ total: number | string }>(
        `SELECT count(*) AS total FROM invitation_codes c WHERE c.group_id = ANY ($1::uuid[])${statusFilter(countParams)}`,
        countParams,
      );
      const params: SqlValue[] = [];
      const condition = statusFilter(params);
      // `group_id = ANY (…) ORDER BY created_at DESC` cannot be read from the index in order (every
      // row of every group is sorted). One branch per group, `group_id = $n` with the group as a
      // value the planner sees (so it knows a big group from a small one), is one range scan of
      // invitation_codes_group_page_idx that stops after limit + 1 rows; the merge sorts only those.
      const inner = keysetSql(GROUP_ORDER, page, params);
      const branches = groupIds.map((id) => {
        params.push(id);
        return `(SELECT c.* FROM invitation_codes c WHERE c.group_id = $${params.length}::uuid${condition} ${inner.after} ${inner.orderLimit})`;
      });
      const outer = keysetSql(MERGED_ORDER, { limit: page.limit }, params);
      const rows = await db.query<CodeRow & KeyColumns>(
        `SELECT x.*, g.name AS group_name, g.lookup_key, u.email AS used_by_email${outer.select}
           FROM (${branches.join(' UNION ALL ')}) x
           JOIN groups g ON g.id = x.group_id
           LEFT JOIN users u ON u.id = x.used_by
          ${outer.orderLimit}`,
        params,
      );
      return { ...rowsToPage(rows, MERGED_ORDER, page, (r) => toCode(sealer, r)), total: Number(count?.total ?? 0) };
    },
  };
}
