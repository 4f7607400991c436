/**
 * @module storage/audit-store
 * The audit history: every grant, revocation, redemption, secret change and partner change,
 * with actor and time.
 */
import type { AuditEntry, AuditEvent, AuditStore } from '../domain/model/audit.js';
import type { Page, PageRequest } from '../domain/model/page.js';
import type { Executor, SqlValue } from './executor.js';
import { keysetSql, rowsToPage, type KeyColumns, type KeysetOrder } from './keyset.js';

export type { AuditEvent };

interface AuditRow {
  id: string;
  at: Date;
  actor_user_id: string | null;
  actor_label: string;
  action: string;
  group_id: string | null;
  installation_id: string | null;
  organisation_id: string | null;
  subject_id: string | null;
  data: Record<string, unknown>;
}

const toEvent = (r: AuditRow): AuditEvent => ({
  id: r.id,
  at: r.at,
  actorUserId: r.actor_user_id,
  actorLabel: r.actor_label,
  action: r.action,
  groupId: r.group_id,
  installationId: r.installation_id,
  organisationId: r.organisation_id,
  subjectId: r.subject_id,
  data: r.data,
});

/** Newest first; `seq` keeps events of one instant in insertion order (0002) and makes the order total. */
const AUDIT_ORDER: KeysetOrder = {
  keys: [
    { sql: 'at', kind: 'timestamp' },
    { sql: 'seq', kind: 'bigint' },
  ],
  direction: 'desc',
};

/** One filter column, one index each: `audit_events_<column>_page_idx` (0060). */
async function listWhere(
  db: Executor,
  column: 'group_id' | 'installation_id' | 'organisation_id',
  id: string,
  page: PageRequest,
): Promise<Page<AuditEvent>> {
  const params: SqlValue[] = [id];
  const k = keysetSql(AUDIT_ORDER, page, params);
  const rows = await db.query<AuditRow & KeyColumns>(`SELECT *${k.select} FROM audit_events WHERE ${column} = $1 ${k.after} ${k.orderLimit}`, params);
  return rowsToPage(rows, AUDIT_ORDER, page, toEvent);
}

export function createAuditStore(db: Executor): AuditStore {
  return {
    async record(e) {
      await db.query(
        `INSERT INTO audit_events (id, at, actor_user_id, actor_label, action, group_id, installation_id, organisation_id, subject_id, data)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [crypto.randomUUID(), e.at, e.actorUserId, e.actorLabel, e.action, e.groupId, e.installationId, e.organisationId, e.subjectId, e.data],
      );
    },
    listForGroup: (groupId, page) => listWhere(db, 'group_id', groupId, page),
    listForInstallation: (installationId, page) => listWhere(db, 'installation_id', installationId, page),
    listForOrganisation: (organisationId, page) => listWhere(db, 'organisation_id', organisationId, page),
  };
}
