/**
 * @module domain/model/webhook
 * Entity types and the storage port (implemented by storage/webhook-store.ts) of grant webhooks:
 * a group's endpoints and the deliveries of events to them (webhooks/ delivers them).
 */
import type { Page, PageRequest } from './page.js';

export interface WebhookEndpointRow {
  readonly id: string;
  readonly groupId: string;
  readonly url: string;
  readonly events: readonly string[];
  /** Encrypted at rest (webhooks/secrets.ts); only the deliverer decrypts it. */
  readonly secretEncrypted: string;
  readonly previousSecretEncrypted: string | null;
  readonly previousSecretUntil: Date | null;
  readonly enabled: boolean;
  readonly disabledReason: 'admin' | 'failing' | null;
  readonly failingSince: Date | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

export type WebhookDeliveryStatus = 'pending' | 'succeeded' | 'failed';

export interface WebhookDeliveryRow {
  /** The `webhook-id` header (`msg_…`). */
  readonly id: string;
  readonly endpointId: string;
  readonly eventType: string;
  /** The exact JSON body that is signed and sent. */
  readonly body: string;
  readonly status: WebhookDeliveryStatus;
  readonly attempts: number;
  readonly nextAttemptAt: Date | null;
  readonly responseStatus: number | null;
  readonly lastError: string | null;
  readonly createdAt: Date;
  readonly lastAttemptAt: Date | null;
}

/** A claimed delivery with what sending it needs. */
export interface ClaimedDelivery extends WebhookDeliveryRow {
  readonly endpoint: WebhookEndpointRow;
}

/** What one attempt came to. */
export interface AttemptOutcome {
  readonly at: Date;
  readonly responseStatus: number | null;
  readonly error: string | null;
  /** succeeded, failed (gave up) or pending (retry at `retryAt`). */
  readonly status: WebhookDeliveryStatus;
  readonly retryAt: Date | null;
}

export interface WebhookStore {
  createEndpoint(e: { id: string; groupId: string; url: string; events: readonly string[]; secretEncrypted: string; at: Date }): Promise<WebhookEndpointRow>;
  findEndpoint(id: string): Promise<WebhookEndpointRow | undefined>;
  /** A group's endpoints, newest first (then by id). */
  pageEndpoints(groupId: string, page: PageRequest): Promise<Page<WebhookEndpointRow>>;
  /** A group's enabled endpoints subscribed to `eventType` that existed when the event happened. */
  subscribedEndpoints(groupId: string, eventType: string, occurredAt: Date): Promise<WebhookEndpointRow[]>;
  updateEndpoint(
    id: string,
    change: { url?: string; events?: readonly string[]; enabled?: boolean; disabledReason?: 'admin' | 'failing' | null; at: Date },
  ): Promise<WebhookEndpointRow | undefined>;
  /** Stores a new secret; the current one keeps signing until `previousUntil`. */
  rotateSecret(id: string, secretEncrypted: string, previousEncrypted: string, previousUntil: Date, at: Date): Promise<WebhookEndpointRow | undefined>;
  deleteEndpoint(id: string): Promise<boolean>;
  createDelivery(d: { id: string; endpointId: string; eventType: string; body: string; at: Date }): Promise<WebhookDeliveryRow>;
  /** An endpoint's deliveries, newest first (then by id). */
  pageDeliveries(endpointId: string, page: PageRequest): Promise<Page<WebhookDeliveryRow>>;
  /**
   * Claims up to `limit` due pending deliveries of enabled endpoints (`FOR UPDATE SKIP LOCKED`):
   * bumps their attempt count and pushes their due time to `leaseUntil`, so a sender that dies
   * mid-attempt leaves them to be retried after the lease, never lost.
   */
  claimDueDeliveries(now: Date, leaseUntil: Date, limit: number): Promise<ClaimedDelivery[]>;
  /** Records an attempt's outcome and the endpoint's failing streak (started or cleared). */
  recordAttempt(id: string, endpointId: string, outcome: AttemptOutcome): Promise<void>;
  /**
   * Disables the endpoint (`failing`) when it has failed without a success since before
   * `failingBefore`; true when this call disabled it (so only one instance tells the admins).
   */
  disableIfFailingSince(endpointId: string, failingBefore: Date, at: Date): Promise<boolean>;
}
