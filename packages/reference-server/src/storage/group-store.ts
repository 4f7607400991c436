/**
 * @module storage/group-store
 * Groups (partners, installer teams), their role catalogue, members and registered return URLs.
 */
import type { Executor, SqlValue } from './executor.js';
import { keysetSql, rowsToPage, type KeyColumns, type KeysetOrder } from './keyset.js';
import type { Group, GroupRole, GroupMember, Membership, GroupStore } from '../domain/model/group.js';

interface GroupRow {
  id: string;
  name: string;
  logo_url: string | null;
  lookup_key: string;
  created_at: Date;
  deactivated_at: Date | null;
}

export const toGroup = (r: GroupRow): Group => ({
  id: r.id,
  name: r.name,
  logoUrl: r.logo_url,
  lookupKey: r.lookup_key,
  createdAt: r.created_at,
  deactivatedAt: r.deactivated_at,
});

interface MembershipRow extends GroupRow {
  roles: string[];
  is_admin: boolean;
  is_partner: boolean;
}

/** `extra`: further select-list entries (a list's sort key). */
const membershipSelect = (extra = '') => `
  SELECT g.*${extra}, m.roles, g.organisation_id IS NOT NULL AS is_partner,
         EXISTS (SELECT 1 FROM group_roles r
                  WHERE r.group_id = g.id AND r.kind = 'admin' AND r.key = ANY (m.roles)) AS is_admin
    FROM group_members m JOIN groups g ON g.id = m.group_id
   WHERE g.deactivated_at IS NULL`;

/** A person's groups by name (then id). */
const MEMBERSHIP_ORDER: KeysetOrder = {
  keys: [
    { sql: 'lower(g.name)', kind: 'text' },
    { sql: 'g.id', kind: 'uuid' },
  ],
  direction: 'asc',
};

/** A group's members by name, then email (then id). */
const MEMBER_ORDER: KeysetOrder = {
  keys: [
    { sql: 'lower(u.name)', kind: 'text' },
    { sql: 'u.email', kind: 'text' },
    { sql: 'm.user_id', kind: 'uuid' },
  ],
  direction: 'asc',
};

interface MemberRow {
  group_id: string;
  user_id: string;
  email: string;
  name: string;
  roles: string[];
  created_at: Date;
}

const toMembership = (r: MembershipRow): Membership => ({ group: toGroup(r), roles: r.roles, isAdmin: r.is_admin, isPartner: r.is_partner });

export function createGroupStore(db: Executor): GroupStore {
  return {
    async create({ id = crypto.randomUUID(), name, logoUrl = null, lookupKey }) {
      const [row] = await db.query<GroupRow>(
        `INSERT INTO groups (id, name, logo_url, lookup_key) VALUES ($1, $2, $3, $4) RETURNING *`,
        [id, name, logoUrl, lookupKey.toUpperCase()],
      );
      return toGroup(row!);
    },
    async findById(id) {
      const [row] = await db.query<GroupRow>(`SELECT * FROM groups WHERE id = $1`, [id]);
      return row && toGroup(row);
    },
    async findByLookupKey(lookupKey) {
      const [row] = await db.query<GroupRow>(
        `SELECT * FROM groups WHERE lookup_key = upper($1) AND deactivated_at IS NULL`,
        [lookupKey],
      );
      return row && toGroup(row);
    },
    async lookupKeyExists(lookupKey) {
      const rows = await db.query(`SELECT 1 FROM groups WHERE lookup_key = upper($1)`, [lookupKey]);
      return rows.length > 0;
    },
    async setRoles(groupId, roles) {
      await db.transaction(async (tx) => {
        await tx.query(`DELETE FROM group_roles WHERE group_id = $1`, [groupId]);
        for (const r of roles) {
          await tx.query(
            `INSERT INTO group_roles (group_id, key, name, kind, exclusive) VALUES ($1, $2, $3, $4, $5)`,
            [groupId, r.key, r.name, r.kind, r.exclusive],
          );
        }
      });
    },
    async listRoles(groupId) {
      return db.query<GroupRole>(
        `SELECT key, name, kind, exclusive FROM group_roles WHERE group_id = $1 ORDER BY kind, key`,
        [groupId],
      );
    },
    async upsertMember(groupId, userId, roles) {
      await db.query(
        `INSERT INTO group_members (group_id, user_id, roles) VALUES ($1, $2, $3)
         ON CONFLICT (group_id, user_id) DO UPDATE SET roles = EXCLUDED.roles`,
        [groupId, userId, roles],
      );
    },
    async removeMember(groupId, userId) {
      const rows = await db.query(`DELETE FROM group_members WHERE group_id = $1 AND user_id = $2 RETURNING user_id`, [
        groupId,
        userId,
      ]);
      return rows.length > 0;
    },
    async countMembers(groupId) {
      const [row] = await db.query<{ n: number | string }>(
        `SELECT count(*) AS n FROM group_members m JOIN users u ON u.id = m.user_id WHERE m.group_id = $1 AND u.deleted_at IS NULL`,
        [groupId],
      );
      return Number(row?.n ?? 0);
    },
    async listMembers(groupId, page) {
      const params: SqlValue[] = [groupId];
      const k = keysetSql(MEMBER_ORDER, page, params);
      const rows = await db.query<MemberRow & KeyColumns>(
        `SELECT m.group_id, m.user_id, u.email, u.name, m.roles, m.created_at${k.select}
           FROM group_members m JOIN users u ON u.id = m.user_id
          WHERE m.group_id = $1 AND u.deleted_at IS NULL ${k.after} ${k.orderLimit}`,
        params,
      );
      return rowsToPage(rows, MEMBER_ORDER, page, (r) => ({ groupId: r.group_id, userId: r.user_id, email: r.email, name: r.name, roles: r.roles, createdAt: r.created_at }));
    },
    async findMembership(groupId, userId) {
      const [row] = await db.query<MembershipRow>(`${membershipSelect()} AND m.group_id = $1 AND m.user_id = $2`, [groupId, userId]);
      return row && toMembership(row);
    },
    async listMemberships(userId) {
      const rows = await db.query<MembershipRow>(`${membershipSelect()} AND m.user_id = $1 ORDER BY lower(g.name), g.id`, [userId]);
      return rows.map(toMembership);
    },
    async pageMemberships(userId, page) {
      const params: SqlValue[] = [userId];
      const k = keysetSql(MEMBERSHIP_ORDER, page, params);
      const rows = await db.query<MembershipRow & KeyColumns>(`${membershipSelect(k.select)} AND m.user_id = $1 ${k.after} ${k.orderLimit}`, params);
      return rowsToPage(rows, MEMBERSHIP_ORDER, page, toMembership);
    },
    async addReturnUrl(groupId, url) {
      await db.query(`INSERT INTO group_return_urls (group_id, url) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [groupId, url]);
    },
    async listReturnUrls(groupId) {
      const rows = await db.query<{ url: string }>(`SELECT url FROM group_return_urls WHERE group_id = $1 ORDER BY url`, [groupId]);
      return rows.map((r) => r.url);
    },
    async listEmbeddingOrigins(groupId) {
      const rows = await db.query<{ origin: string }>(`SELECT origin FROM group_embedding_origins WHERE group_id = $1 ORDER BY origin`, [groupId]);
      return rows.map((r) => r.origin);
    },
    async replaceEmbeddingOrigins(groupId, origins) {
      await db.query(`DELETE FROM group_embedding_origins WHERE group_id = $1 AND NOT (origin = ANY($2::text[]))`, [groupId, origins]);
      await db.query(`INSERT INTO group_embedding_origins (group_id, origin) SELECT $1, unnest($2::text[]) ON CONFLICT DO NOTHING`, [groupId, origins]);
    },
  };
}
