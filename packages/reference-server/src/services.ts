/**
 * @module services
 * The composition root: builds, once per server, every long-lived service the routes, the OAuth
 * endpoints and the Node server share — the store, the token service (keys, limiter, "last used"
 * batcher), the mail/outbox worker with its retry timer, the webhook worker, the clock, the logger and the config —
 * and stops them in order. It also runs the periodic purge of expired rate-limit counters. Nothing else creates these or caches them by store: whoever needs
 * one receives it from here.
 */
import type { Config } from './config.js';
import type { Logger } from './logger.js';
import type { InvitationMailer } from './domain/model/invitation-mail.js';
import { createInvitationMailer } from './mail/invitation-mailer.js';
import { createMailService, type MailService } from './mail/mail-service.js';
import { createTokenService, type TokenService } from './oauth/token-service.js';
import type { Executor } from './storage/executor.js';
import { createStore, type Store } from './storage/store.js';
import { purgeExpiredRateLimits } from './domain/rate-limit.js';
import { createWebhookWorker, type WebhookWorker } from './webhooks/webhook-worker.js';

/** How often expired rate-limit counters are deleted (each window's rows outlive it by at most this). */
export const RATE_LIMIT_PURGE_INTERVAL_MS = 60_000;

export interface Services {
  readonly config: Config;
  readonly logger: Logger;
  /** Injectable clock: tests move time to check expiry. */
  readonly clock: () => Date;
  readonly store: Store;
  readonly tokens: TokenService;
  /** Delivers the outbox's email (SMTP, or kept for the demo mailbox); owns the retry timer. */
  readonly mail: MailService;
  /** The partner rules' invitation emails, through `mail`. */
  readonly invitationMailer: InvitationMailer;
  /** Fans domain events out to webhook endpoints and delivers them (polls every `config.webhooks.pollMs`). */
  readonly webhooks: WebhookWorker;
}

export interface ServicesOptions {
  readonly config: Config;
  readonly logger: Logger;
  readonly clock: () => Date;
  readonly db: Executor;
}

export interface OwnedServices extends Services {
  /** Stops timers, drains in-flight work (mail sends, "last used" writes, key loading), then closes the database. */
  close(): Promise<void>;
}

export function createServices({ config, logger, clock, db }: ServicesOptions): OwnedServices {
  const store = createStore(db, config.secret);
  const tokens = createTokenService({ store, config, logger, clock });
  const mail = createMailService({ config: config.mail, logger, clock });
  const webhooks = createWebhookWorker({ store, config: config.webhooks, secret: config.secret, mail, publicUrl: config.publicUrl, logger, clock });
  webhooks.start();
  let closing: Promise<void> | undefined;
  // Failed attempts write a row per bucket and window; nothing else deletes them. Every instance
  // purges (the DELETE is idempotent); the timer never keeps the process alive.
  let purging: Promise<unknown> = Promise.resolve();
  const purge = setInterval(() => {
    purging = purgeExpiredRateLimits(store.rateLimits, clock()).catch((error: unknown) =>
      logger.warn('purging expired rate-limit counters failed', { error }),
    );
  }, RATE_LIMIT_PURGE_INTERVAL_MS);
  purge.unref();
  return {
    config,
    logger,
    clock,
    store,
    tokens,
    mail,
    invitationMailer: createInvitationMailer(mail),
    webhooks,
    close: () =>
      (closing ??= (async () => {
        // Order matters: the workers still write to the database, so it closes last.
        clearInterval(purge);
        // The webhook worker first: its last attempt may still queue mail.
        await webhooks.close();
        await Promise.allSettled([mail.close(), tokens.close(), purging]);
        await db.close();
      })()),
  };
}
