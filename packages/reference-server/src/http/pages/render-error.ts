/**
 * @module http/pages/render-error
 * Turns a domain error into a friendly, localised error page with the right status. The page
 * never redirects: a bad link must not bounce the user anywhere. An expired request's page
 * offers the way back to the partner the domain built from the registered return URL.
 */
import type { Context } from 'hono';
import { AccessRequestExpiredError } from '../../domain/access-requests.js';
import { DomainError, RateLimitedError, ValidationError } from '../../errors.js';
import type { AppEnv } from '../context.js';
import type { PageMessages } from './i18n/index.js';
import { renderPage } from './layout.js';
import { errorBody } from './pages.js';
import { expiredBody } from './return-pages.js';

export async function renderErrorPage(c: Context<AppEnv>, m: PageMessages, error: unknown, context: { lookupKey?: string } = {}): Promise<Response> {
  if (!(error instanceof DomainError)) {
    c.get('log').error('page failed', { error });
    return renderPage(c, { m, title: m.errors.title, status: 500, errorCode: 'internal_error', body: errorBody(m, { heading: m.errors.title, lines: [m.errors.generic] }) });
  }
  if (error instanceof AccessRequestExpiredError && error.partner) {
    return renderPage(c, {
      m,
      title: m.errors.expired,
      status: error.status,
      errorCode: error.code,
      body: expiredBody(m, { partner: error.partner, backUrl: error.redirectUrl }),
    });
  }
  let lines: string[];
  let intro: string | undefined;
  let hint: string | undefined = m.errors.askPartner;
  switch (error.code) {
    case 'not_found':
      lines = [m.errors.unknownLookupKey(context.lookupKey ?? '')];
      hint = undefined;
      break;
    case 'validation_failed':
      intro = m.errors.badRequestIntro;
      lines = [...new Set((error as ValidationError).errors.map((e) => m.errors.fields[`${e.field}.${e.code}`] ?? m.errors.fields[e.field] ?? e.message))];
      break;
    case 'access_request_expired':
      lines = [m.errors.expired];
      break;
    case 'access_request_decided':
      lines = [m.errors.decided];
      break;
    case 'access_request_not_found':
      lines = [m.errors.notFound];
      break;
    case 'rate_limited':
      lines = [m.login.rateLimited((error as RateLimitedError).retryAfterSeconds)];
      hint = undefined;
      break;
    default:
      lines = [error.message];
      hint = undefined;
  }
  const response = await renderPage(c, {
    m,
    title: m.errors.title,
    status: error.status,
    errorCode: error.code,
    body: errorBody(m, { heading: m.errors.title, lines, ...(intro ? { intro } : {}), ...(hint ? { hint } : {}) }),
  });
  if (error instanceof RateLimitedError) response.headers.set('retry-after', String(error.retryAfterSeconds));
  return response;
}
