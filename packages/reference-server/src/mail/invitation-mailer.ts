/**
 * @module mail/invitation-mailer
 * The domain's invitation-mail port (domain/model/invitation-mail.ts) over the mail service:
 * renders the template and queues it in the outbox; delivery is the mail service's flush.
 */
import type { InvitationMailer } from '../domain/model/invitation-mail.js';
import type { MailService } from './mail-service.js';
import { invitationMail } from './templates.js';

export function createInvitationMailer(mail: MailService): InvitationMailer {
  return {
    queue: (outbox, message, options) => mail.queue(outbox, invitationMail(message), options),
    deliver: (outbox) => mail.flush(outbox),
  };
}
