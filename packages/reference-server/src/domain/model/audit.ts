/**
 * @module domain/model/audit
 * Entity types and the storage port (implemented by storage/audit-store.ts) of this part of the domain.
 */
import type { Page, PageRequest } from './page.js';

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
  /** Newest first, events of one instant in the order they were written (so every list below). */
  listForGroup(groupId: string, page: PageRequest): Promise<Page<AuditEvent>>;
  listForInstallation(installationId: string, page: PageRequest): Promise<Page<AuditEvent>>;
  /** Partner changes of an organisation, for its account holders. */
  listForOrganisation(organisationId: string, page: PageRequest): Promise<Page<AuditEvent>>;
}
