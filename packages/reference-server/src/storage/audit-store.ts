/**
 * @module storage/audit-store
 * The audit history: every grant, revocation, redemption, secret change and partner change,
 * with actor and time.
 */
import type { Executor } from './executor.js';

export interface AuditEvent {
  readonly id: string;
  readonly at: Date;
  readonly actorUserId: string | null;
  /** Human-readable actor ("Olivia Owner", "service account sync-bot", "system"). */
  readonly actorLabel: string;
  /** Dotted action name, e.g. `grant.created`, `grant.revoked`, `invitation_code.redeemed`. */
  readonly action: string;
  readonly groupId: string | null;
  readonly installationId: string | null;
  readonly subjectId: string | null;
  /** Never contains secrets: ids, names and counts only. */
  readonly data: Readonly<Record<string, unknown>>;
}

export type NewAuditEvent = Omit<AuditEvent, 'id' | 'at' | 'groupId' | 'installationId' | 'subjectId' | 'data' | 'actorUserId'> &
  Partial<Pick<AuditEvent, 'groupId' | 'installationId' | 'subjectId' | 'data' | 'actorUserId'>> & { at: Date };

interface AuditRow {
  id: string;
  at: Date;
  actor_user_id: string | null;
  actor_label: string;
  action: string;
  group_id: string | null;
  installation_id: string | null;
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
  subjectId: r.subject_id,
  data: r.data,
});

export interface AuditStore {
  record(event: NewAuditEvent): Promise<void>;
  listForGroup(groupId: string, limit?: number): Promise<AuditEvent[]>;
  listForInstallation(installationId: string, limit?: number): Promise<AuditEvent[]>;
}

export function createAuditStore(db: Executor): AuditStore {
  return {
    async record(e) {
      await db.query(
        `INSERT INTO audit_events (id, at, actor_user_id, actor_label, action, group_id, installation_id, subject_id, data)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [crypto.randomUUID(), e.at, e.actorUserId ?? null, e.actorLabel, e.action, e.groupId ?? null, e.installationId ?? null, e.subjectId ?? null, e.data ?? {}],
      );
    },
    async listForGroup(groupId, limit = 200) {
      const rows = await db.query<AuditRow>(`SELECT * FROM audit_events WHERE group_id = $1 ORDER BY at DESC, seq DESC LIMIT $2`, [groupId, limit]);
      return rows.map(toEvent);
    },
    async listForInstallation(installationId, limit = 200) {
      const rows = await db.query<AuditRow>(`SELECT * FROM audit_events WHERE installation_id = $1 ORDER BY at DESC, seq DESC LIMIT $2`, [
        installationId,
        limit,
      ]);
      return rows.map(toEvent);
    },
  };
}
