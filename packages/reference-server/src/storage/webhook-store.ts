/**
 * @module storage/webhook-store
 * Webhook endpoints and deliveries (0075-webhooks.sql). Due deliveries are claimed with
 * `FOR UPDATE SKIP LOCKED` and a lease, as the outbox is, so several instances share the work
 * and a crashed attempt is retried after its lease.
 */
import type { AttemptOutcome, ClaimedDelivery, WebhookDeliveryRow, WebhookEndpointRow, WebhookStore } from '../domain/model/webhook.js';
import type { Executor, SqlValue } from './executor.js';
import { keysetSql, rowsToPage, type KeyColumns, type KeysetOrder } from './keyset.js';

interface EndpointRow {
  id: string;
  group_id: string;
  url: string;
  events: string[];
  secret_encrypted: string;
  previous_secret_encrypted: string | null;
  previous_secret_until: Date | null;
  enabled: boolean;
  disabled_reason: 'admin' | 'failing' | null;
  failing_since: Date | null;
  created_at: Date;
  updated_at: Date;
}

interface DeliveryRow {
  id: string;
  endpoint_id: string;
  event_type: string;
  body: string;
  status: WebhookDeliveryRow['status'];
  attempts: number;
  next_attempt_at: Date | null;
  response_status: number | null;
  last_error: string | null;
  created_at: Date;
  last_attempt_at: Date | null;
}

const toEndpoint = (r: EndpointRow): WebhookEndpointRow => ({
  id: r.id,
  groupId: r.group_id,
  url: r.url,
  events: r.events,
  secretEncrypted: r.secret_encrypted,
  previousSecretEncrypted: r.previous_secret_encrypted,
  previousSecretUntil: r.previous_secret_until,
  enabled: r.enabled,
  disabledReason: r.disabled_reason,
  failingSince: r.failing_since,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const toDelivery = (r: DeliveryRow): WebhookDeliveryRow => ({
  id: r.id,
  endpointId: r.endpoint_id,
  eventType: r.event_type,
  body: r.body,
  status: r.status,
  attempts: r.attempts,
  nextAttemptAt: r.next_attempt_at,
  responseStatus: r.response_status,
  lastError: r.last_error,
  createdAt: r.created_at,
  lastAttemptAt: r.last_attempt_at,
});

/** Newest first (then by id), as webhook_endpoints_group_idx and webhook_deliveries_endpoint_page_idx hold them. */
const endpointOrder: KeysetOrder = {
  keys: [
    { sql: 'created_at', kind: 'timestamp' },
    { sql: 'id', kind: 'uuid' },
  ],
  direction: 'desc',
};
const deliveryOrder: KeysetOrder = {
  keys: [
    { sql: 'created_at', kind: 'timestamp' },
    { sql: 'id', kind: 'text' },
  ],
  direction: 'desc',
};

export function createWebhookStore(db: Executor): WebhookStore {
  return {
    async createEndpoint({ id, groupId, url, events, secretEncrypted, at }) {
      const [row] = await db.query<EndpointRow>(
        `INSERT INTO webhook_endpoints (id, group_id, url, events, secret_encrypted, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING *`,
        [id, groupId, url, events, secretEncrypted, at],
      );
      return toEndpoint(row!);
    },
    async findEndpoint(id) {
      const [row] = await db.query<EndpointRow>(`SELECT * FROM webhook_endpoints WHERE id = $1`, [id]);
      return row && toEndpoint(row);
    },
    async pageEndpoints(groupId, page) {
      const params: SqlValue[] = [groupId];
      const k = keysetSql(endpointOrder, page, params);
      const rows = await db.query<EndpointRow & KeyColumns>(`SELECT *${k.select} FROM webhook_endpoints WHERE group_id = $1 ${k.after} ${k.orderLimit}`, params);
      return rowsToPage(rows, endpointOrder, page, toEndpoint);
    },
    async subscribedEndpoints(groupId, eventType, occurredAt) {
      const rows = await db.query<EndpointRow>(
        `SELECT * FROM webhook_endpoints WHERE group_id = $1 AND enabled AND $2 = ANY (events) AND created_at <= $3 ORDER BY created_at, id`,
        [groupId, eventType, occurredAt],
      );
      return rows.map(toEndpoint);
    },
    async updateEndpoint(id, { url, events, enabled, disabledReason, at }) {
      const [row] = await db.query<EndpointRow>(
        `UPDATE webhook_endpoints SET url = COALESCE($2, url), events = COALESCE($3, events),
                enabled = COALESCE($4, enabled),
                disabled_reason = CASE WHEN $4::boolean IS NULL THEN disabled_reason ELSE $5 END,
                -- Re-enabling starts a fresh failing streak.
                failing_since = CASE WHEN $4::boolean THEN NULL ELSE failing_since END,
                updated_at = $6
          WHERE id = $1 RETURNING *`,
        [id, url ?? null, events ?? null, enabled ?? null, disabledReason ?? null, at],
      );
      return row && toEndpoint(row);
    },
    async rotateSecret(id, secretEncrypted, previousEncrypted, previousUntil, at) {
      const [row] = await db.query<EndpointRow>(
        `UPDATE webhook_endpoints SET secret_encrypted = $2, previous_secret_encrypted = $3, previous_secret_until = $4, updated_at = $5
          WHERE id = $1 RETURNING *`,
        [id, secretEncrypted, previousEncrypted, previousUntil, at],
      );
      return row && toEndpoint(row);
    },
    async deleteEndpoint(id) {
      const rows = await db.query(`DELETE FROM webhook_endpoints WHERE id = $1 RETURNING id`, [id]);
      return rows.length > 0;
    },
    async createDelivery({ id, endpointId, eventType, body, at }) {
      const [row] = await db.query<DeliveryRow>(
        `INSERT INTO webhook_deliveries (id, endpoint_id, event_type, body, created_at, next_attempt_at)
         VALUES ($1, $2, $3, $4, $5, $5) RETURNING *`,
        [id, endpointId, eventType, body, at],
      );
      return toDelivery(row!);
    },
    async pageDeliveries(endpointId, page) {
      const params: SqlValue[] = [endpointId];
      const k = keysetSql(deliveryOrder, page, params);
      const rows = await db.query<DeliveryRow & KeyColumns>(`SELECT *${k.select} FROM webhook_deliveries WHERE endpoint_id = $1 ${k.after} ${k.orderLimit}`, params);
      return rowsToPage(rows, deliveryOrder, page, toDelivery);
    },
    async claimDueDeliveries(now, leaseUntil, limit) {
      // Deliveries of a disabled endpoint wait (pending) until it is enabled again.
      const rows = await db.query<DeliveryRow & { endpoint: EndpointRow }>(
        `WITH claimed AS (
           UPDATE webhook_deliveries SET attempts = attempts + 1, next_attempt_at = $2
            WHERE id IN (SELECT d.id FROM webhook_deliveries d JOIN webhook_endpoints e ON e.id = d.endpoint_id
                          WHERE d.status = 'pending' AND d.next_attempt_at <= $1 AND e.enabled
                          ORDER BY d.next_attempt_at LIMIT $3 FOR UPDATE OF d SKIP LOCKED)
            RETURNING *)
         SELECT c.*, to_jsonb(e) AS endpoint FROM claimed c JOIN webhook_endpoints e ON e.id = c.endpoint_id`,
        [now, leaseUntil, limit],
      );
      return rows.map((r) => ({ ...toDelivery(r), endpoint: toEndpoint(jsonEndpoint(r.endpoint)) }));
    },
    async recordAttempt(id, endpointId, { at, responseStatus, error, status, retryAt }) {
      await db.query(
        `UPDATE webhook_deliveries SET status = $2, response_status = $3, last_error = $4, next_attempt_at = $5, last_attempt_at = $6 WHERE id = $1`,
        [id, status, responseStatus, error?.slice(0, 500) ?? null, status === 'pending' ? retryAt : null, at],
      );
      // A success ends the endpoint's failing streak; a failure starts one if none is running.
      if (status === 'succeeded') await db.query(`UPDATE webhook_endpoints SET failing_since = NULL WHERE id = $1 AND failing_since IS NOT NULL`, [endpointId]);
      else await db.query(`UPDATE webhook_endpoints SET failing_since = $2 WHERE id = $1 AND failing_since IS NULL`, [endpointId, at]);
    },
    async disableIfFailingSince(endpointId, failingBefore, at) {
      const rows = await db.query(
        `UPDATE webhook_endpoints SET enabled = false, disabled_reason = 'failing', updated_at = $3
          WHERE id = $1 AND enabled AND failing_since IS NOT NULL AND failing_since <= $2 RETURNING id`,
        [endpointId, failingBefore, at],
      );
      return rows.length > 0;
    },
  };
}

/** `to_jsonb` gives timestamps as text: back to the driver's types. */
function jsonEndpoint(e: EndpointRow): EndpointRow {
  const date = (v: Date | string | null) => (v === null ? null : new Date(v));
  return {
    ...e,
    previous_secret_until: date(e.previous_secret_until),
    failing_since: date(e.failing_since),
    created_at: date(e.created_at)!,
    updated_at: date(e.updated_at)!,
  };
}
