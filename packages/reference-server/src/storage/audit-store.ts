/**
 * @module storage/audit-store
 * The audit history: every grant, revocation, redemption, secret change and partner change,
 * with actor and time.
 */
import type { AuditEntry, AuditEvent, AuditStore } from '../domain/model/audit.js';
import type { Executor } from './executor.js';

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

export function createAuditStore(db: Executor): AuditStore {
  return {
    async record(e) {
      await db.query(
        `INSERT INTO audit_events (id, at, actor_user_id, actor_label, action, group_id, installation_id, organisation_id, subject_id, data)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [crypto.randomUUID(), e.at, e.actorUserId, e.actorLabel, e.action, e.groupId, e.installationId, e.organisationId, e.subjectId, e.data],
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
    async listForOrganisation(organisationId, limit = 200) {
      const rows = await db.query<AuditRow>(`SELECT * FROM audit_events WHERE organisation_id = $1 ORDER BY at DESC, seq DESC LIMIT $2`, [
        organisationId,
        limit,
      ]);
      return rows.map(toEvent);
    },
  };
}
