/**
 * @module storage/installation-store
 * Installations (sites with chargers), the people who own or administer them, and the sample
 * platform data behind the API: chargers and charging history.
 */
import type { AccessEntry, AccessRelation, AccessSubject, Charger, ChargingSession, Installation, InstallationRole, InstallationStore, InstallationUser } from '../domain/model/installation.js';
import type { Executor, SqlValue } from './executor.js';
import { toPage, type Keyset } from '../domain/model/page.js';
import { keysetSql, rowsToPage, type KeyColumns, type KeysetOrder } from './keyset.js';
import { likePattern } from './like-pattern.js';

interface InstallationRow {
  id: string;
  name: string;
  address: string;
  settings: Record<string, unknown>;
  created_at: Date;
}

/**
 * A page of a person's manageable installations. The person's own rows (installation_users holds
 * owners and admins only) joined to installations, filtered, then keyset-paged on
 * (lower(name), id), which installations_name_idx (migration 0065) serves in order.
 */
/**
 * The consent page's installations: the person's own (owner or admin), by name, optionally
 * searched, without those already shared with a group and without the preselected one. Each
 * filter is written only when it applies: a `$n IS NULL OR NOT EXISTS (…)` form keeps PostgreSQL
 * from turning the "not shared" test into an anti join, and it then hashes every active grant
 * of the group (55,000 rows, 160 ms at 10⁶ grants) on each page.
 */
function manageablePageSql(q: Parameters<InstallationStore['pageManageable']>[0]): { sql: string; params: SqlValue[] } {
  const params: SqlValue[] = [q.userId];
  const where: string[] = [];
  if (q.search) {
    params.push(likePattern(q.search));
    where.push(`(lower(i.name) LIKE lower($${params.length}) ESCAPE '\\' OR lower(i.address) LIKE lower($${params.length}) ESCAPE '\\')`);
  }
  if (q.notSharedWith) {
    params.push(q.notSharedWith.groupId, q.notSharedWith.permissions);
    // Still an anti join on the active-grant index; `@>` only filters the one row it finds.
    where.push(
      `NOT EXISTS (SELECT 1 FROM grants gr WHERE gr.group_id = $${params.length - 1} AND gr.installation_id = i.id AND gr.revoked_at IS NULL AND gr.permissions @> $${params.length}::text[])`,
    );
  }
  if (q.except) {
    params.push(q.except);
    where.push(`i.id <> $${params.length}`);
  }
  const k = keysetSql(NAME_ORDER, q.page, params);
  const sql = `SELECT i.*${k.select}
    FROM installations i JOIN installation_users iu ON iu.installation_id = i.id AND iu.user_id = $1
   WHERE TRUE ${where.map((w) => `AND ${w}`).join(' ')} ${k.after} ${k.orderLimit}`;
  return { sql, params };
}

/** One fact row of the access policy's SQL below. */
interface RelationRow {
  role: InstallationRole | null;
  grant_id: string | null;
  grant_group_id: string | null;
  permissions: string[] | null;
}

const toRelation = (installationId: string, r: RelationRow): AccessRelation => ({
  installationId,
  role: r.role,
  grant: r.grant_id ? { id: r.grant_id, groupId: r.grant_group_id!, permissions: r.permissions! } : null,
});

const toInstallation = (r: InstallationRow): Installation => ({
  id: r.id,
  name: r.name,
  address: r.address,
  settings: r.settings,
  createdAt: r.created_at,
});

/** Active grants of active (not deactivated) groups: the grant half of the access policy. */
const ACTIVE_GRANTS = `SELECT gr.installation_id, NULL::text AS role, gr.id AS grant_id, gr.group_id, gr.permissions
    FROM grants gr JOIN groups g ON g.id = gr.group_id AND g.deactivated_at IS NULL
   WHERE gr.revoked_at IS NULL AND ($2::uuid IS NULL OR gr.installation_id = $2)`;

/** domain/access-policy.ts's facts for a person: own roles, then grants held by their groups. */
const ACCESS_POLICY_PERSON = `
  SELECT iu.installation_id, iu.role, NULL::uuid AS grant_id, NULL::uuid AS group_id, NULL::text[] AS permissions
    FROM installation_users iu WHERE iu.user_id = $1 AND ($2::uuid IS NULL OR iu.installation_id = $2)
  UNION ALL
  SELECT a.* FROM (${ACTIVE_GRANTS}) a JOIN group_members m ON m.group_id = a.group_id AND m.user_id = $1`;

/** domain/access-policy.ts's facts for a group's token: the group's active grants. */
const ACCESS_POLICY_GROUP = `SELECT a.* FROM (${ACTIVE_GRANTS}) a WHERE a.group_id = $1`;

/** Installations (alias `i`) by name, then id. */
const NAME_ORDER: KeysetOrder = {
  keys: [
    { sql: 'lower(i.name)', kind: 'text' },
    { sql: 'i.id', kind: 'uuid' },
  ],
  direction: 'asc',
};

/**
 * The access list: section '0' owners, '1' admins, '2' groups (active grants), each by date given
 * (then id). Each branch is filtered by the installation, so the grant branch is one range scan
 * of `grants_installation_active_page_idx` (0060).
 */
const ACCESS_ORDER: KeysetOrder = {
  keys: [
    { sql: 'a.section', kind: 'text' },
    { sql: 'a.at', kind: 'timestamp' },
    { sql: 'a.id', kind: 'uuid' },
  ],
  direction: 'asc',
};

const ACCESS_SELECT = `
  SELECT CASE iu.role WHEN 'owner' THEN '0' ELSE '1' END AS section, iu.created_at AS at, iu.user_id AS id, u.name, u.email, iu.role,
         gb.id AS by_id, gb.name AS by_name, NULL::uuid AS group_id, NULL::text AS lookup_key, NULL::text AS logo_url
    FROM installation_users iu JOIN users u ON u.id = iu.user_id LEFT JOIN users gb ON gb.id = iu.granted_by
   WHERE iu.installation_id = $1
  UNION ALL
  SELECT '2', gr.created_at, gr.id, g.name, NULL, NULL, cb.id, cb.name, gr.group_id, g.lookup_key, g.logo_url
    FROM grants gr JOIN groups g ON g.id = gr.group_id LEFT JOIN users cb ON cb.id = gr.created_by
   WHERE gr.installation_id = $1 AND gr.revoked_at IS NULL`;

interface AccessRow {
  section: string;
  at: Date;
  id: string;
  name: string;
  email: string | null;
  role: InstallationRole | null;
  by_id: string | null;
  by_name: string | null;
  group_id: string | null;
  lookup_key: string | null;
  logo_url: string | null;
}

const toAccessEntry = (r: AccessRow): AccessEntry => {
  const grantedBy = r.by_id ? { id: r.by_id, name: r.by_name ?? '' } : null;
  if (r.section === '2') {
    return { kind: 'group', grantId: r.id, groupId: r.group_id!, groupName: r.name, lookupKey: r.lookup_key!, groupLogoUrl: r.logo_url, since: r.at, grantedBy };
  }
  return { kind: 'user', user: { userId: r.id, email: r.email!, name: r.name, role: r.role!, since: r.at, grantedBy } };
};

export function createInstallationStore(db: Executor): InstallationStore {
  return {
    async create({ id = crypto.randomUUID(), name, address = '', settings = {} }) {
      const [row] = await db.query<InstallationRow>(
        `INSERT INTO installations (id, name, address, settings) VALUES ($1, $2, $3, $4) RETURNING *`,
        [id, name, address, settings],
      );
      return toInstallation(row!);
    },
    async findById(id) {
      const [row] = await db.query<InstallationRow>(`SELECT * FROM installations WHERE id = $1`, [id]);
      return row && toInstallation(row);
    },
    async listByIds(ids) {
      if (ids.length === 0) return [];
      const rows = await db.query<InstallationRow>(`SELECT * FROM installations WHERE id = ANY($1::uuid[]) ORDER BY lower(name), id`, [ids]);
      return rows.map(toInstallation);
    },
    async listAccess(installationId, page) {
      const params: SqlValue[] = [installationId];
      const k = keysetSql(ACCESS_ORDER, page, params);
      const rows = await db.query<AccessRow & KeyColumns>(`SELECT a.*${k.select} FROM (${ACCESS_SELECT}) a WHERE TRUE ${k.after} ${k.orderLimit}`, params);
      return rowsToPage(rows, ACCESS_ORDER, page, toAccessEntry);
    },
    async addUser(installationId, userId, role, grantedBy = null) {
      await db.query(
        `INSERT INTO installation_users (installation_id, user_id, role, granted_by) VALUES ($1, $2, $3, $4)
         ON CONFLICT (installation_id, user_id) DO UPDATE SET role = EXCLUDED.role`,
        [installationId, userId, role, grantedBy],
      );
    },
    async accessRelations(who, installationId) {
      const rows = await db.query<{ installation_id: string; role: InstallationRole | null; grant_id: string | null; group_id: string | null; permissions: string[] | null }>(
        'userId' in who ? ACCESS_POLICY_PERSON : ACCESS_POLICY_GROUP,
        ['userId' in who ? who.userId : who.groupId, installationId ?? null],
      );
      return rows.map((r) => toRelation(r.installation_id, { ...r, grant_group_id: r.group_id }));
    },
    async pageRelated(who, page, installationId) {
      const params: SqlValue[] = ['userId' in who ? who.userId : who.groupId, installationId ?? null];
      const k = keysetSql(NAME_ORDER, page, params);
      // The facts are read once (a CTE named twice is materialised); only the page's
      // installations are joined back to their facts and sent.
      const rows = await db.query<InstallationRow & RelationRow & KeyColumns>(
        `WITH facts AS (${'userId' in who ? ACCESS_POLICY_PERSON : ACCESS_POLICY_GROUP}),
              page AS (SELECT i.*${k.select} FROM installations i WHERE i.id IN (SELECT f.installation_id FROM facts f) ${k.after} ${k.orderLimit})
         SELECT page.*, f.role, f.grant_id, f.group_id AS grant_group_id, f.permissions
           FROM page JOIN facts f ON f.installation_id = page.id
          ORDER BY lower(page.name), page.id`,
        params,
      );
      const related: { installation: Installation; relations: AccessRelation[]; key: Keyset }[] = [];
      for (const r of rows) {
        let last = related.at(-1);
        if (last?.installation.id !== r.id) related.push((last = { installation: toInstallation(r), relations: [], key: [r.k0!, r.k1!] }));
        last.relations.push(toRelation(r.id, r));
      }
      return toPage(related, page, (x) => x.key);
    },
    async pageManageable(q) {
      const { sql, params } = manageablePageSql(q);
      const rows = await db.query<InstallationRow & KeyColumns>(sql, params);
      return rowsToPage(rows, NAME_ORDER, q.page, toInstallation);
    },
    async hasManageable(userId) {
      const rows = await db.query(`SELECT 1 FROM installation_users WHERE user_id = $1 LIMIT 1`, [userId]);
      return rows.length > 0;
    },
    async listUsers(installationId) {
      const rows = await db.query<{
        user_id: string;
        email: string;
        name: string;
        role: InstallationRole;
        created_at: Date;
        granted_by_id: string | null;
        granted_by_name: string | null;
      }>(
        `SELECT iu.user_id, u.email, u.name, iu.role, iu.created_at, gb.id AS granted_by_id, gb.name AS granted_by_name
           FROM installation_users iu
           JOIN users u ON u.id = iu.user_id
           LEFT JOIN users gb ON gb.id = iu.granted_by
          WHERE iu.installation_id = $1
          ORDER BY iu.role DESC, iu.created_at`,
        [installationId],
      );
      return rows.map((r) => ({
        userId: r.user_id,
        email: r.email,
        name: r.name,
        role: r.role,
        since: r.created_at,
        grantedBy: r.granted_by_id ? { id: r.granted_by_id, name: r.granted_by_name ?? '' } : null,
      }));
    },
    async updateSettings(id, settings, name) {
      const [row] = await db.query<InstallationRow>(
        `UPDATE installations SET settings = settings || $2::jsonb, name = COALESCE($3, name) WHERE id = $1 RETURNING *`,
        [id, settings, name ?? null],
      );
      return row && toInstallation(row);
    },
    async addCharger(installationId, { id = crypto.randomUUID(), name, serial, maxCurrentA = 32 }) {
      await db.query(`INSERT INTO chargers (id, installation_id, name, serial, max_current_a) VALUES ($1, $2, $3, $4, $5)`, [
        id,
        installationId,
        name,
        serial,
        maxCurrentA,
      ]);
      return { id, name, serial, maxCurrentA };
    },
    async listChargers(installationId) {
      const rows = await db.query<{ id: string; name: string; serial: string; max_current_a: number }>(
        `SELECT id, name, serial, max_current_a FROM chargers WHERE installation_id = $1 ORDER BY name`,
        [installationId],
      );
      return rows.map((r) => ({ id: r.id, name: r.name, serial: r.serial, maxCurrentA: r.max_current_a }));
    },
    async addChargingSession(installationId, { chargerId, startedAt, endedAt, energyKwh }) {
      await db.query(
        `INSERT INTO charging_sessions (id, installation_id, charger_id, started_at, ended_at, energy_kwh) VALUES ($1, $2, $3, $4, $5, $6)`,
        [crypto.randomUUID(), installationId, chargerId, startedAt, endedAt, energyKwh],
      );
    },
    async listChargingHistory(installationId, limit = 100) {
      const rows = await db.query<{ id: string; charger_id: string; started_at: Date; ended_at: Date | null; energy_kwh: number }>(
        `SELECT id, charger_id, started_at, ended_at, energy_kwh FROM charging_sessions
          WHERE installation_id = $1 ORDER BY started_at DESC LIMIT $2`,
        [installationId, limit],
      );
      return rows.map((r) => ({ id: r.id, chargerId: r.charger_id, startedAt: r.started_at, endedAt: r.ended_at, energyKwh: r.energy_kwh }));
    },
  };
}
