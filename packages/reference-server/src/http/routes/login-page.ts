/**
 * @module http/routes/login-page
 * The HTML login used by the access-request pages: `GET /login`, `POST /login` (form, then 303
 * to `next`), `POST /logout`, and a small home page at `/`.
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

/** Who is asking, when `next` is an access-request URL: the partner name given, else the group's. */
async function requesterOf(deps: AppDeps, next: string): Promise<string | null> {
  const url = new URL(next, deps.config.publicUrl);
  const match = /^\/access\/request\/([^/]+)$/.exec(url.pathname);
  if (!match) return null;
  try {
    const { group, params } = await checkAccessRequestUrl(deps.store, decodeURIComponent(match[1]!), url.searchParams);
    return params.partnerName ?? group.name;
  } catch {
    return null;
  }
}

export function loginPageRoutes(deps: AppDeps) {
  const router = createRouter();

  router.get('/', async (c) => {
    const m = messages(pageLocale(c, new URL(c.req.url).searchParams));
    const user = c.get('user');
    return renderPage(c, {
      m,
      title: m.productName,
      body: html`<h1>grantkit reference server</h1>
<p>${user ? m.consent.loggedInAs(user.name) : html`<a href="/login">${m.login.submit}</a>`}</p>
<ul><li><a href="/docs">API reference</a></li><li><a href="/openapi.json">OpenAPI document</a></li></ul>
${user ? html`<form method="post" action="/logout"><button class="linklike" type="submit">${m.consent.logout}</button></form>` : ''}`,
    });
  });

  router.get('/login', async (c) => {
    const next = safeNext(c.req.query('next'));
    const m = messages(pageLocale(c, new URL(next, deps.config.publicUrl).searchParams));
    return renderPage(c, { m, title: m.login.title, body: loginBody(m, { next, requester: await requesterOf(deps, next) }) });
  });

  router.post('/login', async (c) => {
    const form = await formFields(c);
    const next = safeNext(form.next);
    const m = messages(pageLocale(c, new URL(next, deps.config.publicUrl).searchParams));
    const email = (form.email ?? '').trim();
    const password = form.password ?? '';
    const again = async (status: number, error: string, headers: Record<string, string> = {}) => {
      const res = await renderPage(c, { m, title: m.login.title, status, body: loginBody(m, { next, requester: await requesterOf(deps, next), error, email }) });
      for (const [k, v] of Object.entries(headers)) res.headers.set(k, v);
      return res;
    };
    if (!email || !password || email.length > 320 || password.length > 1024) return again(400, m.login.missingFields);
    try {
      const user = await authenticate(authenticationContext(deps), email, password, clientAddress(c, deps.config.trustedProxies));
      await startSession(c, deps, user);
      c.get('log').info('login', { user_id: user.id, via: 'page' });
      return seeOther(c, next);
    } catch (error) {
      if (error instanceof RateLimitedError) {
        return again(429, m.login.rateLimited(error.retryAfterSeconds), { 'retry-after': String(error.retryAfterSeconds) });
      }
      if (error instanceof DomainError && error.code === 'invalid_credentials') return again(401, m.login.invalidCredentials);
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
