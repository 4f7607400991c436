/**
 * @module domain/ports
 * The storage interfaces the domain's event recording needs, declared here so the domain
 * depends on nothing below it; storage/ implements them (the Store satisfies each).
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

export type OutboxChannel = 'email' | 'webhook' | 'event';

/** A message written in the transaction that causes it and delivered after the commit. */
export interface OutboxEntry {
  readonly channel: OutboxChannel;
  readonly recipient: string;
  readonly subject: string;
  readonly payload: Record<string, unknown>;
  /** pending: to deliver; stored: kept for the demo mailbox (no SMTP). */
  readonly status: 'pending' | 'stored';
  readonly groupId?: string | null;
  readonly at: Date;
}

export interface EventOutbox {
  enqueue(entry: OutboxEntry): Promise<unknown>;
}
