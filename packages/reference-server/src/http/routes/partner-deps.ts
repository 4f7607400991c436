/**
 * @module http/routes/partner-deps
 * What the partner route modules share: the app dependencies plus the mail service (one per app).
 */
import type { PartnerContext } from '../../domain/partner-context.js';
import type { Context } from 'hono';
import { localeFromAcceptLanguage } from '../../domain/locales.js';
import type { AppDeps, AppEnv } from '../context.js';

export type PartnerDeps = AppDeps;

/** A request's domain context, with the clock read once; mail goes out in the sender's language. */
export const partnerContext = (deps: PartnerDeps, c?: Context<AppEnv>): PartnerContext => ({
  ...(c ? { locale: localeFromAcceptLanguage(c.req.header('accept-language')) } : {}),
  store: deps.store,
  mail: deps.mail,
  now: deps.clock(),
  publicUrl: deps.config.publicUrl,
  invitationTtlHours: deps.config.mail.invitationTtlHours,
});
