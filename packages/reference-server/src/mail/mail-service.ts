/**
 * @module mail/mail-service
 * Mail goes through the transactional outbox: `queue()` writes the message in the caller's
 * transaction (so an invitation and its email commit together or not at all), and `flush()`
 * delivers due messages over SMTP after the commit, retrying failures with backoff. Without an
 * SMTP URL, messages are stored for the demo mailbox instead.
 */
import type { Logger } from '../logger.js';
import type { OutboxStore } from '../domain/model/outbox.js';
import type { MailConfig } from './config.js';
import { createSmtpMailer, type MailMessage, type Mailer } from './mailer.js';

export const MAX_ATTEMPTS = 6;
/** Seconds to wait after attempt n (1-based): 30 s, 2 min, 8 min, 32 min, ~2 h. */
export const backoffSeconds = (attempt: number) => 30 * 4 ** (attempt - 1);

export interface MailService {
  /** True when mail leaves over SMTP; false when it is kept for the mailbox. */
  readonly delivers: boolean;
  queue(outbox: OutboxStore, message: MailMessage, options: { at: Date; groupId?: string | null }): Promise<void>;
  /** Delivers every due message; returns how many were sent. Never throws for a delivery failure. */
  flush(outbox: OutboxStore): Promise<number>;
  /** Stops the retry timer, waits for sends in progress, and closes the SMTP connection. */
  close(): Promise<void>;
  /** True while a retry is scheduled (tests check that close() stops it). */
  readonly retryPending: boolean;
}

export interface MailServiceOptions {
  readonly config: MailConfig;
  readonly logger: Logger;
  readonly clock: () => Date;
  /** Overrides SMTP (tests). */
  readonly mailer?: Mailer;
  /** Seconds before retry after attempt n (default {@link backoffSeconds}). */
  readonly backoff?: (attempt: number) => number;
}

export function createMailService({ config, logger, clock, mailer, backoff = backoffSeconds }: MailServiceOptions): MailService {
  const transport = mailer ?? (config.smtpUrl ? createSmtpMailer(config.smtpUrl, config.from) : undefined);
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  /**
   * One timer per service for the earliest retry, so a failed message goes out without waiting
   * for the next invitation. unref: it never keeps the process alive; other instances sharing
   * the database retry the same rows safely (claimDue skips locked ones).
   */
  let retryAt = Infinity;
  const scheduleRetry = (outbox: OutboxStore, at: Date) => {
    if (retryTimer && retryAt <= at.getTime()) return;
    if (retryTimer) clearTimeout(retryTimer);
    retryAt = at.getTime();
    const arm = () => {
      // Node measures timers from the event loop's cached time, which lags the wall clock after
      // a busy stretch, so a timer can fire a few milliseconds before `at`. The message is not
      // due yet then (claimDue compares with the clock): wait the rest instead of losing the retry.
      const wait = at.getTime() - clock().getTime();
      retryTimer = setTimeout(() => {
        if (clock().getTime() < at.getTime()) return arm();
        retryTimer = undefined;
        retryAt = Infinity;
        void service.flush(outbox).catch((error: unknown) => logger.warn('mail retry failed', { error }));
      }, Math.max(0, wait));
      retryTimer.unref?.();
    };
    arm();
  };
  /** Flushes in progress, so close() can let them finish before the database closes. */
  const inFlight = new Set<Promise<number>>();
  let closed = false;
  const service: MailService = {
    delivers: transport !== undefined,
    get retryPending() {
      return retryTimer !== undefined;
    },
    async queue(outbox, message, { at, groupId = null }) {
      await outbox.enqueue({
        channel: 'email',
        recipient: message.to,
        subject: message.subject,
        payload: { text: message.text, html: message.html },
        status: transport ? 'pending' : 'stored',
        groupId,
        at,
      });
    },
    flush(outbox) {
      if (!transport || closed) return Promise.resolve(0);
      const run = deliver(outbox).finally(() => inFlight.delete(run));
      inFlight.add(run);
      return run;
    },
    close: async () => {
      closed = true;
      if (retryTimer) clearTimeout(retryTimer);
      retryTimer = undefined;
      await Promise.allSettled(inFlight);
      transport?.close();
    },
  };
  async function deliver(outbox: OutboxStore): Promise<number> {
    if (!transport) return 0;
    let sent = 0;
    for (;;) {
      const now = clock();
      const batch = await outbox.claimDue('email', now, new Date(now.getTime() + 5 * 60_000), 10);
      if (batch.length === 0) return sent;
      for (const m of batch) {
        try {
          await transport.send({ to: m.recipient, subject: m.subject, text: String(m.payload.text ?? ''), html: String(m.payload.html ?? '') });
          // The body may hold a single-use link: once delivered, keep only the envelope.
          await outbox.markSent(m.id, clock(), { redacted: true });
          sent++;
        } catch (error) {
          const next = m.attempts >= MAX_ATTEMPTS ? null : new Date(clock().getTime() + backoff(m.attempts) * 1000);
          logger.warn('mail delivery failed', { outbox_id: m.id, attempts: m.attempts, error: error instanceof Error ? error.message : String(error) });
          await outbox.markFailed(m.id, error instanceof Error ? error.message : String(error), next);
          if (next && !closed) scheduleRetry(outbox, next);
        }
      }
    }
  }
  return service;
}
