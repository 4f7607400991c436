/**
 * @module webhooks/webhook-worker
 * Delivers webhooks from the database, on every instance at once: each tick it (1) fans out
 * domain events from the outbox (channel `event`) into one delivery per subscribed enabled
 * endpoint of the event's group, in the transaction that marks the outbox row sent, and (2)
 * claims due deliveries and attempts them. Both claims use `FOR UPDATE SKIP LOCKED`, and an
 * attempt is claimed with a lease, so instances share the work, each attempt is made once, a
 * crash mid-attempt is retried when its lease ends, and a restart resumes what is pending.
 * Delivery is at least once; ordering is not promised (a retry can overtake nothing, but two
 * events to one endpoint are attempted concurrently and a retried one arrives after later ones).
 */
import type { Logger } from '../logger.js';
import type { Store } from '../domain/model/store.js';
import type { AttemptOutcome, ClaimedDelivery } from '../domain/model/webhook.js';
import { hasAdminRole } from '../domain/roles.js';
import type { MailService } from '../mail/mail-service.js';
import { webhookDisabledMail } from '../mail/templates.js';
import type { WebhookConfig } from './config.js';
import { toWebhookEvent, webhookTypeOf, type EventPayload } from './event-mapping.js';
import { postWebhook } from './http-post.js';
import { decryptWebhookSecret } from './secrets.js';
import { newMessageId, webhookHeaders } from './signature.js';

/** How many outbox events or deliveries one claim takes. */
const BATCH = 20;

export interface WebhookWorkerOptions {
  readonly store: Store;
  readonly config: WebhookConfig;
  /** GRANTKIT_SECRET: decrypts endpoint secrets. */
  readonly secret: Uint8Array;
  readonly mail: MailService;
  readonly publicUrl: string;
  readonly logger: Logger;
  readonly clock: () => Date;
  /** Jitter source (tests pin it). */
  readonly random?: () => number;
}

export interface WebhookWorker {
  /** Starts polling every `pollMs`. */
  start(): void;
  /** One pass: fans out every waiting event, then attempts every due delivery. */
  runOnce(): Promise<{ fannedOut: number; attempted: number }>;
  /** Stops polling and waits for the attempt in progress. */
  close(): Promise<void>;
}

/** Seconds before the retry after attempt `n` (1-based) with up to 10 % jitter, or null: give up. */
export function retryDelaySeconds(schedule: readonly number[], attempt: number, random: () => number): number | null {
  const base = schedule[attempt - 1];
  return base === undefined ? null : base * (1 + 0.1 * random());
}

/** Retried: timeouts, network errors, 429 and 5xx. Any other answer but 2xx is final. */
const retryable = (status: number | null) => status === null || status === 429 || status >= 500;

export function createWebhookWorker({ store, config, secret, mail, publicUrl, logger, clock, random = Math.random }: WebhookWorkerOptions): WebhookWorker {
  const policy = { allowLoopback: config.allowLoopback, allowedHosts: config.allowedHosts };
  const leaseMs = config.timeoutMs + 60_000;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<unknown> | undefined;
  let closed = false;

  async function fanOut(): Promise<number> {
    return store.transaction(async (tx) => {
      const now = clock();
      // Claimed inside the transaction: the row locks hold until it commits, so another
      // instance skips these rows; a crash rolls back and they are fanned out again, once.
      const events = await tx.outbox.claimDue('event', now, new Date(now.getTime() + leaseMs), BATCH);
      for (const row of events) {
        const payload = row.payload as unknown as EventPayload;
        const type = webhookTypeOf(payload);
        // Most groups have no endpoint: then nothing else is read. One registered after the
        // event (while it waited in the outbox) does not get it.
        const endpoints = type && payload.group_id ? await tx.webhooks.subscribedEndpoints(payload.group_id, type, new Date(payload.occurred_at)) : [];
        const mapped = endpoints.length > 0 ? await toWebhookEvent(tx, payload) : null;
        if (mapped) {
          const body = JSON.stringify(mapped.event);
          for (const endpoint of endpoints) {
            await tx.webhooks.createDelivery({ id: newMessageId(), endpointId: endpoint.id, eventType: mapped.event.type, body, at: now });
          }
        }
        await tx.outbox.markSent(row.id, now, row.payload as Record<string, unknown>);
      }
      return events.length;
    });
  }

  function secretsOf(d: ClaimedDelivery, now: Date): string[] {
    const e = d.endpoint;
    const secrets = [decryptWebhookSecret(secret, e.id, e.secretEncrypted)];
    if (e.previousSecretEncrypted && e.previousSecretUntil && e.previousSecretUntil > now) {
      secrets.push(decryptWebhookSecret(secret, e.id, e.previousSecretEncrypted));
    }
    return secrets;
  }

  async function attempt(d: ClaimedDelivery): Promise<void> {
    const now = clock();
    let responseStatus: number | null = null;
    let error: string | null = null;
    try {
      // Signed afresh on every attempt: the timestamp is the attempt's, the id the delivery's.
      const headers = webhookHeaders(secretsOf(d, now), d.id, Math.floor(now.getTime() / 1000), d.body);
      responseStatus = (await postWebhook(d.endpoint.url, headers, d.body, { timeoutMs: config.timeoutMs, policy, userAgent: 'grantkit-webhooks/1' })).status;
      if (responseStatus < 200 || responseStatus >= 300) error = `HTTP ${responseStatus}`;
    } catch (e) {
      error = e instanceof Error ? `${(e as NodeJS.ErrnoException).code ?? e.name}: ${e.message}` : String(e);
    }
    const at = clock();
    let outcome: AttemptOutcome;
    if (error === null) outcome = { at, responseStatus, error, status: 'succeeded', retryAt: null };
    else {
      const wait = retryable(responseStatus) ? retryDelaySeconds(config.retrySchedule, d.attempts, random) : null;
      outcome = { at, responseStatus, error, status: wait === null ? 'failed' : 'pending', retryAt: wait === null ? null : new Date(at.getTime() + wait * 1000) };
      logger.warn('webhook delivery attempt failed', { webhook_id: d.id, endpoint_id: d.endpointId, attempts: d.attempts, error, final: wait === null });
    }
    await store.webhooks.recordAttempt(d.id, d.endpointId, outcome);
    if (outcome.status !== 'succeeded') await disableIfFailingForDays(d.endpointId, at);
  }

  async function disableIfFailingForDays(endpointId: string, at: Date): Promise<void> {
    const failingBefore = new Date(at.getTime() - config.disableAfterHours * 3_600_000);
    const notified = await store.transaction(async (tx) => {
      if (!(await tx.webhooks.disableIfFailingSince(endpointId, failingBefore, at))) return false;
      const endpoint = (await tx.webhooks.findEndpoint(endpointId))!;
      const group = await tx.groups.findById(endpoint.groupId);
      const catalogue = await tx.groups.listRoles(endpoint.groupId);
      for (const member of await tx.members.listRoles(endpoint.groupId)) {
        if (!hasAdminRole(catalogue, member.roles)) continue;
        const user = await tx.users.findById(member.userId);
        if (!user) continue;
        const message = webhookDisabledMail({ to: user.email, groupName: group?.name ?? 'your group', url: endpoint.url, failingSince: endpoint.failingSince ?? at, publicUrl });
        await mail.queue(tx.outbox, message, { at, groupId: endpoint.groupId });
      }
      logger.warn('webhook endpoint disabled after failing', { endpoint_id: endpointId, group_id: endpoint.groupId });
      return true;
    });
    if (notified) await mail.flush(store.outbox);
  }

  async function deliverDue(): Promise<number> {
    const now = clock();
    const due = await store.webhooks.claimDueDeliveries(now, new Date(now.getTime() + leaseMs), BATCH);
    await Promise.all(due.map((d) => attempt(d).catch((error: unknown) => logger.error('webhook attempt could not be recorded', { webhook_id: d.id, error }))));
    return due.length;
  }

  async function pass(): Promise<{ fannedOut: number; attempted: number }> {
    let fannedOut = 0;
    let attempted = 0;
    for (let n; !closed && (n = await fanOut()) > 0; ) fannedOut += n;
    for (let n; !closed && (n = await deliverDue()) > 0; ) attempted += n;
    return { fannedOut, attempted };
  }

  /** The pass in progress, so a timer tick, runOnce() and close() never run two at once. */
  const track = <T>(p: Promise<T>): Promise<T> => {
    const tracked: Promise<T> = p.finally(() => {
      if (running === tracked) running = undefined;
    });
    running = tracked;
    return tracked;
  };

  const worker: WebhookWorker = {
    start() {
      if (timer || closed) return;
      // A timeout re-armed after each pass (not an interval): a slow pass never piles up behind
      // itself. unref: it never keeps the process alive.
      const tick = () => {
        timer = setTimeout(async () => {
          try {
            await (running ?? track(pass()));
          } catch (error) {
            logger.warn('webhook worker pass failed', { error });
          }
          if (!closed) tick();
        }, config.pollMs);
        timer.unref();
      };
      tick();
    },
    async runOnce() {
      while (running) await running.catch(() => undefined);
      return track(pass());
    },
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      timer = undefined;
      while (running) await running.catch(() => undefined);
    },
  };
  return worker;
}
