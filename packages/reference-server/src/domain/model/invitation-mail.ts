/**
 * @module domain/model/invitation-mail
 * The port through which the partner rules send invitation emails: the message is written to
 * the outbox in the caller's transaction (so an invitation and its email commit together or not
 * at all) and delivered after the commit. mail/invitation-mailer.ts implements it; the domain
 * never sees templates or SMTP.
 */
import type { Locale } from '../locales.js';
import type { OutboxStore } from './outbox.js';

/** What an invitation email says. */
export interface InvitationMail {
  readonly to: string;
  readonly firstName: string;
  readonly partnerName: string;
  readonly organisationName: string;
  readonly role: 'admin' | 'member';
  readonly purpose: 'partner_admin' | 'member';
  readonly link: string;
  readonly expiresAt: Date;
  /** The language of the mail (and of the page the link opens); default English. */
  readonly locale?: Locale;
}

export interface InvitationMailer {
  /** Writes the email to `outbox` (the caller's transaction). */
  queue(outbox: OutboxStore, mail: InvitationMail, options: { readonly at: Date; readonly groupId: string }): Promise<void>;
  /** Delivers what is due, after the commit; never throws for a delivery failure. */
  deliver(outbox: OutboxStore): Promise<unknown>;
}
