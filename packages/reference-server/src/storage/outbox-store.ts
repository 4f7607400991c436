/**
 * @module storage/outbox-store
 * The transactional outbox: messages are written in the same transaction as the change that
 * causes them (an invitation, later a webhook for `grant.created`), then delivered with retries.
 * A message is claimed with `FOR UPDATE SKIP LOCKED`, so several instances never send it twice.
 */
import type { OutboxChannel, OutboxEntry, OutboxMessage, OutboxStatus, OutboxStore } from '../domain/model/outbox.js';
import type { Executor, SqlValue } from './executor.js';
import { keysetSql, rowsToPage, type KeyColumns, type KeysetOrder } from './keyset.js';

export type { OutboxChannel };

interface OutboxRow {
  id: string;
  channel: OutboxChannel;
  recipient: string;
  subject: string;
  payload: Record<string, unknown>;
  status: OutboxStatus;
  attempts: number;
  next_attempt_at: Date;
  last_error: string | null;
  group_id: string | null;
  created_at: Date;
  sent_at: Date | null;
}

/** A channel's messages newest first (then by id), as outbox_channel_page_idx (0060) holds them. */
const NEWEST_FIRST: KeysetOrder = {
  keys: [
    { sql: 'created_at', kind: 'timestamp' },
    { sql: 'id', kind: 'uuid' },
  ],
  direction: 'desc',
};

const toMessage = (r: OutboxRow): OutboxMessage => ({
  id: r.id,
  channel: r.channel,
  recipient: r.recipient,
  subject: r.subject,
  payload: r.payload,
  status: r.status,
  attempts: r.attempts,
  nextAttemptAt: r.next_attempt_at,
  lastError: r.last_error,
  groupId: r.group_id,
  createdAt: r.created_at,
  sentAt: r.sent_at,
});

export function createOutboxStore(db: Executor): OutboxStore {
  return {
    async enqueue({ channel, recipient, subject, payload, status, groupId = null, at }) {
      const [row] = await db.query<OutboxRow>(
        `INSERT INTO outbox (id, channel, recipient, subject, payload, status, group_id, created_at, next_attempt_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING *`,
        [crypto.randomUUID(), channel, recipient, subject, payload, status, groupId, at],
      );
      return toMessage(row!);
    },
    async findById(id) {
      const [row] = await db.query<OutboxRow>(`SELECT * FROM outbox WHERE id = $1`, [id]);
      return row && toMessage(row);
    },
    async claimDue(channel, now, leaseUntil, limit) {
      const rows = await db.query<OutboxRow>(
        `UPDATE outbox SET attempts = attempts + 1, next_attempt_at = $3
          WHERE id IN (SELECT id FROM outbox WHERE channel = $1 AND status = 'pending' AND next_attempt_at <= $2
                        ORDER BY next_attempt_at LIMIT $4 FOR UPDATE SKIP LOCKED)
          RETURNING *`,
        [channel, now, leaseUntil, limit],
      );
      return rows.map(toMessage);
    },
    async markSent(id, at, redactedPayload) {
      await db.query(`UPDATE outbox SET status = 'sent', sent_at = $2, payload = $3, last_error = NULL WHERE id = $1`, [id, at, redactedPayload]);
    },
    async markFailed(id, error, retryAt) {
      await db.query(
        `UPDATE outbox SET last_error = $2, status = CASE WHEN $3::timestamptz IS NULL THEN 'failed' ELSE 'pending' END,
                next_attempt_at = COALESCE($3::timestamptz, next_attempt_at)
          WHERE id = $1`,
        [id, error.slice(0, 500), retryAt],
      );
    },
    async list(channel, limit = 100) {
      const rows = await db.query<OutboxRow>(`SELECT * FROM outbox WHERE channel = $1 ORDER BY created_at DESC LIMIT $2`, [channel, limit]);
      return rows.map(toMessage);
    },
    async pageMessages(channel, recipient, page) {
      const params: SqlValue[] = [channel, recipient];
      const k = keysetSql(NEWEST_FIRST, page, params);
      const rows = await db.query<OutboxRow & KeyColumns>(
        `SELECT *${k.select} FROM outbox WHERE channel = $1 AND ($2::text IS NULL OR lower(recipient) = lower($2)) ${k.after} ${k.orderLimit}`,
        params,
      );
      return rowsToPage(rows, NEWEST_FIRST, page, toMessage);
    },
  };
}
