/**
 * @module domain/model/audit
 * Entity types and the storage port (implemented by storage/audit-store.ts) of this part of the domain.
 */

/** One row of the audit history, as written. */
export interface AuditEntry {
  readonly at: Date;
  readonly actorUserId: string | null;
  /** Human-readable actor ("Olivia Owner", "token sync-bot", "operator (CLI)"). */
  readonly actorLabel: string;
  /** The domain event's name (domain/events.ts), e.g. `grant.created`. */
  readonly action: string;
  readonly groupId: string | null;
  readonly installationId: string | null;
  readonly organisationId: string | null;
  readonly subjectId: string | null;
  /** Never contains secrets: ids, names and counts only. */
  readonly data: Readonly<Record<string, unknown>>;
}

/** One row of the audit history, as read. */
export interface AuditEvent extends AuditEntry {
  readonly id: string;
}

export interface AuditEventLog {
  record(entry: AuditEntry): Promise<void>;
}

export interface AuditStore {
  /** Written only through domain/events.ts `recordEvent`, with its outbox row. */
  record(entry: AuditEntry): Promise<void>;
  listForGroup(groupId: string, limit?: number): Promise<AuditEvent[]>;
  listForInstallation(installationId: string, limit?: number): Promise<AuditEvent[]>;
  /** Partner changes of an organisation, for its account holders. */
  listForOrganisation(organisationId: string, limit?: number): Promise<AuditEvent[]>;
}
