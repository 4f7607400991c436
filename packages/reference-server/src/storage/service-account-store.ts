/**
 * @module storage/service-account-store
 * Service accounts: machine identities of a group. Only hashes of secrets are stored.
 */
import type { Executor, SqlValue } from './executor.js';
import { WHOLE_CATALOGUE } from './access-request-store.js';
import { keysetSql, rowsToPage, type KeyColumns, type KeysetOrder } from './keyset.js';
import type { ServiceAccount, ServiceAccountCredentials, ServiceAccountView, NewServiceAccount, SecretChange, ServiceAccountStore } from '../domain/model/service-account.js';

type ChangeListener = (clientId: string) => void;
const listeners = new Set<ChangeListener>();

/**
 * Subscribes to changes of any service account's credentials in this process (new secret or
 * password, deletion), so in-memory caches drop them at once. Returns the unsubscribe function.
 */
export function onServiceAccountChange(listener: ChangeListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function announce(clientId: string): void {
  for (const listener of listeners) listener(clientId);
  // Again shortly after: the change may have been inside a transaction that commits later, and a
  // concurrent reader could have cached the row as it was before the commit.
  setTimeout(() => listeners.forEach((l) => l(clientId)), 1_000).unref?.();
}

interface Row {
  id: string;
  group_id: string;
  name: string;
  client_id: string;
  secret_hash: string;
  secret_kind: 'generated' | 'password';
  previous_secret_hash: string | null;
  previous_secret_expires_at: Date | null;
  tokens_not_before: Date | null;
  installation_id: string | null;
  permissions: string[];
  created_at: Date;
  created_by: string | null;
  secret_changed_at: Date;
  last_used_at: Date | null;
}

const toAccount = (r: Row): ServiceAccount => ({
  id: r.id,
  groupId: r.group_id,
  name: r.name,
  clientId: r.client_id,
  secretKind: r.secret_kind,
  installationId: r.installation_id,
  permissions: r.permissions,
  createdAt: r.created_at,
  createdBy: r.created_by,
  secretChangedAt: r.secret_changed_at,
  lastUsedAt: r.last_used_at,
  tokensNotBefore: r.tokens_not_before,
});

/** A group's accounts by name (then id), as service_accounts_group_page_idx (0060) holds them. */
const NAME_ORDER: KeysetOrder = {
  keys: [
    { sql: 'lower(sa.name)', kind: 'text' },
    { sql: 'sa.id', kind: 'uuid' },
  ],
  direction: 'asc',
};

type ViewRow = Row & { installation_name: string | null };
const toView = (r: ViewRow): ServiceAccountView => ({ ...toAccount(r), installationName: r.installation_name });

const VIEW_SELECT = (extra = '') => `SELECT sa.*, i.name AS installation_name${extra}
           FROM service_accounts sa LEFT JOIN installations i ON i.id = sa.installation_id
          WHERE sa.group_id = $1`;

export function createServiceAccountStore(db: Executor): ServiceAccountStore {
  return {
    async create(a) {
      const rows = await db.query<Row>(
        `INSERT INTO service_accounts (id, group_id, name, client_id, secret_hash, secret_kind, installation_id, created_at, created_by, secret_changed_at, permissions)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $8, COALESCE($10, ${WHOLE_CATALOGUE}))
         ON CONFLICT (group_id, lower(name)) DO NOTHING RETURNING *`,
        [crypto.randomUUID(), a.groupId, a.name, a.clientId, a.secretHash, a.secretKind, a.installationId, a.at, a.createdBy, a.permissions ?? null],
      );
      return rows[0] && toAccount(rows[0]);
    },
    async findById(id) {
      const [row] = await db.query<Row>(`SELECT * FROM service_accounts WHERE id = $1`, [id]);
      return row && toAccount(row);
    },
    async findInGroup(groupId, id) {
      const [row] = await db.query<Row>(`SELECT * FROM service_accounts WHERE id = $1 AND group_id = $2`, [id, groupId]);
      return row && toAccount(row);
    },
    async findCredentials(clientId) {
      const [row] = await db.query<Row & { lookup_key: string | null }>(
        `SELECT sa.*, CASE WHEN g.deactivated_at IS NULL THEN g.lookup_key END AS lookup_key
           FROM service_accounts sa JOIN groups g ON g.id = sa.group_id
          WHERE sa.client_id = $1`,
        [clientId],
      );
      if (!row) return undefined;
      return {
        ...toAccount(row),
        secretHash: row.secret_hash,
        previousSecretHash: row.previous_secret_hash,
        previousSecretExpiresAt: row.previous_secret_expires_at,
        lookupKey: row.lookup_key,
      };
    },
    async listForGroup(groupId) {
      const rows = await db.query<ViewRow>(`${VIEW_SELECT()} ORDER BY lower(sa.name), sa.id`, [groupId]);
      return rows.map(toView);
    },
    async pageForGroup(groupId, page) {
      const params: SqlValue[] = [groupId];
      const k = keysetSql(NAME_ORDER, page, params);
      const rows = await db.query<ViewRow & KeyColumns>(`${VIEW_SELECT(k.select)} ${k.after} ${k.orderLimit}`, params);
      return rowsToPage(rows, NAME_ORDER, page, toView);
    },
    async changeSecret(id, { secretHash, secretKind, at, previousValidUntil }) {
      const [row] = await db.query<Row>(
        `UPDATE service_accounts
            SET previous_secret_hash = CASE WHEN $4::timestamptz IS NULL THEN NULL ELSE secret_hash END,
                previous_secret_expires_at = $4::timestamptz,
                secret_hash = $2, secret_kind = $3, secret_changed_at = $5,
                tokens_not_before = CASE WHEN $4::timestamptz IS NULL THEN date_trunc('second', $5::timestamptz) ELSE tokens_not_before END
          WHERE id = $1 RETURNING *`,
        [id, secretHash, secretKind, previousValidUntil, at],
      );
      if (row) announce(row.client_id);
      return row && toAccount(row);
    },
    async delete(id) {
      const rows = await db.query<{ client_id: string }>(`DELETE FROM service_accounts WHERE id = $1 RETURNING client_id`, [id]);
      for (const row of rows) announce(row.client_id);
      return rows.length > 0;
    },
    async touchLastUsed(entries) {
      if (entries.size === 0) return;
      const ids = [...entries.keys()];
      const times = ids.map((id) => entries.get(id)!.toISOString());
      // One statement for the whole batch; never moves last_used_at backwards.
      await db.query(
        `UPDATE service_accounts sa SET last_used_at = GREATEST(sa.last_used_at, t.at)
           FROM unnest($1::uuid[], $2::timestamptz[]) AS t(id, at) WHERE sa.id = t.id`,
        [ids, times],
      );
    },
  };
}
