/**
 * @module http/routes/partner-deps
 * What the partner route modules share: the app dependencies plus the mail service (one per app).
 */
import type { PartnerContext } from '../../domain/partner-context.js';
import type { MailService } from '../../mail/mail-service.js';
import type { AppDeps } from '../context.js';

export interface PartnerDeps extends AppDeps {
  readonly mail: MailService;
}

/** A request's domain context, with the clock read once. */
export const partnerContext = (deps: PartnerDeps): PartnerContext => ({
  store: deps.store,
  mail: deps.mail,
  now: deps.clock(),
  publicUrl: deps.config.publicUrl,
  invitationTtlHours: deps.config.mail.invitationTtlHours,
});
