/**
 * @module http/domain-contexts
 * The narrow contexts the domain's rules take, built per request from the app's services: the
 * clock read once, the config values a rule needs, the sender's language. Routes pass these,
 * never the whole dependency object.
 */
import type { Context } from 'hono';
import type { AccessRequestContext } from '../domain/access-requests.js';
import type { AuthenticationContext } from '../domain/authentication.js';
import { localeFromAcceptLanguage } from '../domain/locales.js';
import type { PartnerContext } from '../domain/partner-context.js';
import type { AppDeps, AppEnv } from './context.js';

export const authenticationContext = (deps: AppDeps): AuthenticationContext => ({
  store: deps.store,
  now: deps.clock(),
  passwordCost: deps.config.passwordCost,
  limits: deps.config.rateLimits,
});

export function accessRequestContext(deps: AppDeps): AccessRequestContext {
  return {
    store: deps.store,
    now: deps.clock(),
    issuer: deps.config.publicUrl,
    signReturn: deps.tokens.signReturn,
    ttlMinutes: deps.config.accessRequestTtlMinutes,
    codeTtlSeconds: deps.config.authorizationCodeTtlSeconds,
  };
}

/** A request's partner context, with the clock read once; mail goes out in the sender's language. */
export const partnerContext = (deps: AppDeps, c?: Context<AppEnv>): PartnerContext => ({
  ...(c ? { locale: localeFromAcceptLanguage(c.req.header('accept-language')) } : {}),
  store: deps.store,
  mail: deps.invitationMailer,
  now: deps.clock(),
  publicUrl: deps.config.publicUrl,
  invitationTtlHours: deps.config.mail.invitationTtlHours,
});
