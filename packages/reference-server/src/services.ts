/**
 * @module services
 * The composition root: builds, once per server, every long-lived service the routes, the OAuth
 * endpoints and the Node server share — the store, the token service (keys, limiter, "last used"
 * batcher), the mail/outbox worker with its retry timer, the clock, the logger and the config —
 * and stops them in order. Nothing else creates these or caches them by store: whoever needs
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
  let closing: Promise<void> | undefined;
  return {
    config,
    logger,
    clock,
    store,
    tokens,
    mail,
    invitationMailer: createInvitationMailer(mail),
    close: () =>
      (closing ??= (async () => {
        // Order matters: the workers still write to the database, so it closes last.
        await Promise.allSettled([mail.close(), tokens.close()]);
        await db.close();
      })()),
  };
}
