/**
 * @module storage/partner-store
 * Partners: groups registered under an organisation, with their email domains, logo and
 * designated admin; and what still gives a partner access (blocks deactivation).
 */
import type { Executor, SqlValue } from './executor.js';
import { keysetSql, rowsToPage, type KeyColumns, type KeysetOrder } from './keyset.js';
import type { PartnerAdmin, Partner, PartnerLogo, RemainingAccess, PartnerStore } from '../domain/model/partner.js';

interface PartnerRow {
  id: string;
  organisation_id: string;
  name: string;
  lookup_key: string;
  logo_url: string | null;
  created_at: Date;
  deactivated_at: Date | null;
  domains: string[] | null;
  admin_user_id: string | null;
  admin_name: string | null;
  admin_email: string | null;
  members_count: number | string;
}

/** `extra`: further select-list entries (a list's sort key). */
const partnerSelect = (extra = '') => `
  SELECT g.id, g.organisation_id, g.name, g.lookup_key, g.logo_url, g.created_at, g.deactivated_at${extra},
         ARRAY(SELECT d.domain FROM partner_email_domains d WHERE d.group_id = g.id ORDER BY d.position, d.domain) AS domains,
         a.id AS admin_user_id, a.name AS admin_name, a.email AS admin_email,
         (SELECT count(*) FROM group_members m WHERE m.group_id = g.id) AS members_count
    FROM groups g
    LEFT JOIN users a ON a.id = g.partner_admin_user_id AND a.deleted_at IS NULL
   WHERE g.organisation_id IS NOT NULL`;

/**
 * An organisation's partners: active first, then by name (then id), the order of
 * groups_organisation_page_idx (0070), so a page is one range scan of the organisation's rows.
 */
const PARTNER_ORDER: KeysetOrder = {
  keys: [
    { sql: '(g.deactivated_at IS NOT NULL)::int', kind: 'bigint' },
    { sql: 'lower(g.name)', kind: 'text' },
    { sql: 'g.id', kind: 'uuid' },
  ],
  direction: 'asc',
};

const toPartner = (r: PartnerRow): Partner => ({
  id: r.id,
  organisationId: r.organisation_id,
  name: r.name,
  lookupKey: r.lookup_key,
  logoUrl: r.logo_url,
  createdAt: r.created_at,
  deactivatedAt: r.deactivated_at,
  domains: r.domains ?? [],
  admin: r.admin_user_id ? { userId: r.admin_user_id, name: r.admin_name ?? '', email: r.admin_email ?? '' } : null,
  membersCount: Number(r.members_count),
});

export function createPartnerStore(db: Executor): PartnerStore {
  const findById = async (id: string) => {
    const [row] = await db.query<PartnerRow>(`${partnerSelect()} AND g.id = $1`, [id]);
    return row && toPartner(row);
  };
  return {
    async create({ id = crypto.randomUUID(), organisationId, name, lookupKey, logoUrl, domains, registeredBy }) {
      await db.transaction(async (tx) => {
        await tx.query(
          `INSERT INTO groups (id, name, logo_url, lookup_key, organisation_id, registered_by) VALUES ($1, $2, $3, $4, $5, $6)`,
          [id, name, logoUrl, lookupKey.toUpperCase(), organisationId, registeredBy],
        );
        for (const [position, domain] of domains.entries()) {
          await tx.query(`INSERT INTO partner_email_domains (group_id, domain, position) VALUES ($1, $2, $3)`, [id, domain, position]);
        }
      });
      return (await findById(id))!;
    },
    findById,
    async listForOrganisation(organisationId, page) {
      const params: SqlValue[] = [organisationId];
      const k = keysetSql(PARTNER_ORDER, page, params);
      const rows = await db.query<PartnerRow & KeyColumns>(`${partnerSelect(k.select)} AND g.organisation_id = $1 ${k.after} ${k.orderLimit}`, params);
      return rowsToPage(rows, PARTNER_ORDER, page, toPartner);
    },
    async countActive(organisationId) {
      const [row] = await db.query<{ n: number | string }>(
        `SELECT count(*) AS n FROM groups WHERE organisation_id = $1 AND deactivated_at IS NULL`,
        [organisationId],
      );
      return Number(row?.n ?? 0);
    },
    async setAdmin(groupId, userId) {
      await db.query(`UPDATE groups SET partner_admin_user_id = $2 WHERE id = $1`, [groupId, userId]);
    },
    async lockForDeactivation(groupId) {
      await db.query(`SELECT id FROM groups WHERE id = $1 FOR UPDATE`, [groupId]);
    },
    async deactivate(groupId, at) {
      const rows = await db.query(
        `UPDATE groups SET deactivated_at = $2 WHERE id = $1 AND organisation_id IS NOT NULL AND deactivated_at IS NULL RETURNING id`,
        [groupId, at],
      );
      return rows.length > 0;
    },
    async setLogo(groupId, { contentType, bytes, sha256 }) {
      await db.query(
        `INSERT INTO partner_logos (group_id, content_type, bytes, sha256) VALUES ($1, $2, $3, $4)
         ON CONFLICT (group_id) DO UPDATE SET content_type = EXCLUDED.content_type, bytes = EXCLUDED.bytes,
                                              sha256 = EXCLUDED.sha256, updated_at = now()`,
        [groupId, contentType, bytes, sha256],
      );
    },
    async findLogo(groupId) {
      const [row] = await db.query<{ content_type: PartnerLogo['contentType']; bytes: Uint8Array; sha256: string; updated_at: Date }>(
        `SELECT l.content_type, l.bytes, l.sha256, l.updated_at FROM partner_logos l JOIN groups g ON g.id = l.group_id
          WHERE l.group_id = $1 AND g.deactivated_at IS NULL`,
        [groupId],
      );
      return row && { contentType: row.content_type, bytes: new Uint8Array(row.bytes), sha256: row.sha256, updatedAt: row.updated_at };
    },
    async remainingAccess(groupId) {
      const grants = await db.query<{ id: string; installation_id: string; installation_name: string }>(
        `SELECT gr.id, gr.installation_id, i.name AS installation_name
           FROM grants gr JOIN installations i ON i.id = gr.installation_id
          WHERE gr.group_id = $1 AND gr.revoked_at IS NULL ORDER BY gr.created_at`,
        [groupId],
      );
      return {
        grants: grants.map((g) => ({ id: g.id, installationId: g.installation_id, installationName: g.installation_name })),
        serviceAccounts: await activeServiceAccounts(db, groupId),
      };
    },
  };
}

/** Service accounts of the group (issue 6's table; deleting one removes its row and its tokens' validity). */
async function activeServiceAccounts(db: Executor, groupId: string): Promise<{ id: string; name: string }[]> {
  return db.query<{ id: string; name: string }>(`SELECT id::text AS id, name FROM service_accounts WHERE group_id = $1 ORDER BY lower(name)`, [groupId]);
}
