/**
 * @module domain/model/outbox
 * Entity types and the storage port (implemented by storage/outbox-store.ts) of this part of the domain.
 */
import type { Page, PageRequest } from './page.js';

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

/** pending: to deliver; sent: delivered; stored: kept for the demo mailbox (no SMTP); failed: gave up. */
export type OutboxStatus = 'pending' | 'sent' | 'stored' | 'failed';

export interface OutboxMessage {
  readonly id: string;
  readonly channel: OutboxChannel;
  readonly recipient: string;
  readonly subject: string;
  /** For email: `{ text, html }`. Cleared of its body once delivered (it may carry a link token). */
  readonly payload: Readonly<Record<string, unknown>>;
  readonly status: OutboxStatus;
  readonly attempts: number;
  readonly nextAttemptAt: Date;
  readonly lastError: string | null;
  readonly groupId: string | null;
  readonly createdAt: Date;
  readonly sentAt: Date | null;
}

export interface OutboxStore {
  enqueue(m: OutboxEntry): Promise<OutboxMessage>;
  findById(id: string): Promise<OutboxMessage | undefined>;
  /**
   * Claims up to `limit` due pending messages of a channel: bumps their attempt count and pushes
   * their next attempt to `leaseUntil`, so a crash mid-send retries later instead of never.
   */
  claimDue(channel: OutboxChannel, now: Date, leaseUntil: Date, limit: number): Promise<OutboxMessage[]>;
  /** Marks delivered and drops the body (`redactedPayload` replaces it). */
  markSent(id: string, at: Date, redactedPayload: Record<string, unknown>): Promise<void>;
  /** Records a failed attempt: retry at `retryAt`, or give up (`failed`) when null. */
  markFailed(id: string, error: string, retryAt: Date | null): Promise<void>;
  /** Newest first. */
  list(channel: OutboxChannel, limit?: number): Promise<OutboxMessage[]>;
  /** One page of a channel's messages, newest first (then by id), optionally only those to `recipient` (any case). */
  pageMessages(channel: OutboxChannel, recipient: string | null, page: PageRequest): Promise<Page<OutboxMessage>>;
}
