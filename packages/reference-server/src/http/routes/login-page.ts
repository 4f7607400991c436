/**
 * @module http/routes/login-page
 * The HTML login used by the access-request pages: `GET /login`, `POST /login` (form, then 303
 * to `next`; a wrong password 303s back to the login page, pages/login-flash.ts), `POST /logout`,
 * and a small home page at `/`.
 */
import { html } from 'hono/html';
import { checkAccessRequestUrl } from '../../domain/access-requests.js';
import { DomainError, RateLimitedError } from '../../errors.js';
import { clientAddress } from '../client-address.js';
import { createRouter, type AppDeps } from '../context.js';
import { messages } from '../pages/i18n/index.js';
import { renderPage } from '../pages/layout.js';
import { loginBody } from '../pages/pages.js';
import { endSession, startSession } from '../middleware/session.js';
import { authenticate } from '../../domain/authentication.js';
import { authenticationContext } from '../domain-contexts.js';
import { formFields, pageLocale, safeNext, seeOther } from '../pages/page-helpers.js';
import { loginFlashes, type LoginProblem } from '../pages/login-flash.js';
import type { BrandParty } from '../pages/brand.js';
import type { PageMessages } from '../pages/i18n/index.js';

interface Requester {
  /** The partner name the link gives, else the group's: the intro's wording. */
  readonly introducedAs: string;
  /** The registered partner, for the brand header. */
  readonly partner: BrandParty;
  /** Origins that may frame the login (an embedded request's); none otherwise. */
  readonly framers: readonly string[];
}

/** Who is asking, when `next` is an access-request URL. */
async function requesterOf(deps: AppDeps, next: string): Promise<Requester | null> {
  const url = new URL(next, deps.config.publicUrl);
  const match = /^\/access\/request\/([^/]+)$/.exec(url.pathname);
  if (!match) return null;
  try {
    const { group, params, framers } = await checkAccessRequestUrl(deps.store, decodeURIComponent(match[1]!), url.searchParams);
    return { introducedAs: params.partnerName ?? group.name, partner: { name: group.name, logoUrl: group.logoUrl }, framers };
  } catch {
    return null;
  }
}

/** The login page's own URL for `next`: where a failed attempt comes back to. */
function loginUrl(next: string): string {
  return next === '/' ? '/login' : `/login?${new URLSearchParams({ next })}`;
}

const problemMessage = (m: PageMessages, problem: LoginProblem): string =>
  problem === 'invalid_credentials' ? m.login.invalidCredentials : m.login.missingFields;

export function loginPageRoutes(deps: AppDeps) {
  const router = createRouter();
  const flashes = loginFlashes(deps);

  router.get('/', async (c) => {
    const m = messages(pageLocale(c, new URL(c.req.url).searchParams));
    const user = c.get('user');
    return renderPage(c, {
      m,
      title: c.get('platform').name,
      body: html`<h1>${c.get('platform').name}</h1>
<p>${user ? m.consent.loggedInAs(user.name) : html`<a href="/login">${m.login.submit}</a>`}</p>
<ul><li><a href="/docs">API reference</a></li><li><a href="/openapi.json">OpenAPI document</a></li></ul>
${user ? html`<form method="post" action="/logout"><button class="linklike" type="submit">${m.consent.logout}</button></form>` : ''}`,
    });
  });

  router.get('/login', async (c) => {
    const next = safeNext(c.req.query('next'));
    const m = messages(pageLocale(c, new URL(next, deps.config.publicUrl).searchParams));
    const requester = await requesterOf(deps, next);
    const flash = await flashes.take(c);
    return renderPage(c, {
      m,
      title: m.login.title,
      ...(requester ? { partner: requester.partner, frameAncestors: requester.framers } : {}),
      body: loginBody(m, {
        platformName: c.get('platform').name,
        next,
        requester: requester?.introducedAs ?? null,
        ...(flash ? { error: problemMessage(m, flash.problem), email: flash.email } : {}),
      }),
    });
  });

  router.post('/login', async (c) => {
    const form = await formFields(c);
    const next = safeNext(form.next);
    const m = messages(pageLocale(c, new URL(next, deps.config.publicUrl).searchParams));
    const email = (form.email ?? '').trim();
    const password = form.password ?? '';
    // A login inside an embedded consent frame keeps its cookies in the partner's partition.
    const requester = await requesterOf(deps, next);
    const embedded = (requester?.framers.length ?? 0) > 0;
    // Post/Redirect/Get: back to the login page, which says why once (pages/login-flash.ts).
    const back = async (problem: LoginProblem) => {
      await flashes.write(c, { problem, email }, { embedded });
      return seeOther(c, loginUrl(next));
    };
    if (!email || !password || email.length > 320 || password.length > 1024) return back('missing_fields');
    try {
      const user = await authenticate(authenticationContext(deps), email, password, clientAddress(c, deps.config.trustedProxies));
      await startSession(c, deps, user, { embedded });
      c.get('log').info('login', { user_id: user.id, via: 'page' });
      return seeOther(c, next);
    } catch (error) {
      if (error instanceof RateLimitedError) {
        // Stays a 429 with Retry-After (RFC 6585 §4): the status is the throttle's signal, and a
        // refresh here is refused by the same limit without checking the password.
        const res = await renderPage(c, {
          m,
          title: m.login.title,
          status: 429,
          ...(requester ? { partner: requester.partner, frameAncestors: requester.framers } : {}),
          body: loginBody(m, { platformName: c.get('platform').name, next, requester: requester?.introducedAs ?? null, error: m.login.rateLimited(error.retryAfterSeconds), email }),
        });
        res.headers.set('retry-after', String(error.retryAfterSeconds));
        return res;
      }
      if (error instanceof DomainError && error.code === 'invalid_credentials') return back('invalid_credentials');
      throw error;
    }
  });

  router.post('/logout', async (c) => {
    const form = await formFields(c);
    await endSession(c, deps);
    const next = safeNext(form.next);
    return seeOther(c, next === '/' ? '/login' : next);
  });

  return router;
}
