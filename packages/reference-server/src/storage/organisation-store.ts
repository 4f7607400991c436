/**
 * @module storage/organisation-store
 * Organisations (enterprise accounts) that register partners, and their account holders.
 */
import type { Executor, SqlValue } from './executor.js';
import { keysetSql, rowsToPage, type KeyColumns, type KeysetOrder } from './keyset.js';
import type { Organisation, OrganisationSummary, OrganisationStore } from '../domain/model/organisation.js';

interface OrganisationRow {
  id: string;
  name: string;
  partner_limit: number;
  created_at: Date;
  active_partners?: number | string;
}

const toOrganisation = (r: OrganisationRow): Organisation => ({
  id: r.id,
  name: r.name,
  partnerLimit: r.partner_limit,
  createdAt: r.created_at,
});

/** `extra`: further select-list entries (a list's sort key). */
const summarySelect = (extra = '') => `
  SELECT o.*${extra}, (SELECT count(*) FROM groups g WHERE g.organisation_id = o.id AND g.deactivated_at IS NULL) AS active_partners
    FROM organisations o`;

/** Organisations by name (then id). */
const NAME_ORDER: KeysetOrder = {
  keys: [
    { sql: 'lower(o.name)', kind: 'text' },
    { sql: 'o.id', kind: 'uuid' },
  ],
  direction: 'asc',
};

const toSummary = (r: OrganisationRow): OrganisationSummary => ({ ...toOrganisation(r), activePartners: Number(r.active_partners ?? 0) });

export function createOrganisationStore(db: Executor): OrganisationStore {
  return {
    async create({ id = crypto.randomUUID(), name, partnerLimit }) {
      const [row] = await db.query<OrganisationRow>(
        `INSERT INTO organisations (id, name, partner_limit) VALUES ($1, $2, COALESCE($3, 10)) RETURNING *`,
        [id, name, partnerLimit ?? null],
      );
      return toOrganisation(row!);
    },
    async findById(id) {
      const [row] = await db.query<OrganisationRow>(`${summarySelect()} WHERE o.id = $1`, [id]);
      return row && toSummary(row);
    },
    async lockById(id) {
      const [row] = await db.query<OrganisationRow>(`SELECT * FROM organisations WHERE id = $1 FOR UPDATE`, [id]);
      return row && toOrganisation(row);
    },
    async setPartnerLimit(id, limit) {
      const rows = await db.query(`UPDATE organisations SET partner_limit = $2 WHERE id = $1 RETURNING id`, [id, limit]);
      return rows.length > 0;
    },
    async addAccountHolder(organisationId, userId) {
      await db.query(
        `INSERT INTO organisation_account_holders (organisation_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
        [organisationId, userId],
      );
    },
    async isAccountHolder(organisationId, userId) {
      const rows = await db.query(`SELECT 1 FROM organisation_account_holders WHERE organisation_id = $1 AND user_id = $2`, [
        organisationId,
        userId,
      ]);
      return rows.length > 0;
    },
    async listForAccountHolder(userId, page) {
      const params: SqlValue[] = [userId];
      const k = keysetSql(NAME_ORDER, page, params);
      // A person holds a handful of organisations: found by organisation_account_holders_user_idx, sorted in memory.
      const rows = await db.query<OrganisationRow & KeyColumns>(
        `${summarySelect(k.select)} JOIN organisation_account_holders h ON h.organisation_id = o.id AND h.user_id = $1 WHERE TRUE ${k.after} ${k.orderLimit}`,
        params,
      );
      return rowsToPage(rows, NAME_ORDER, page, toSummary);
    },
  };
}
