/**
 * @module http/routes/access-request-page
 * The access-request page a partner's link opens (`GET /access/request/:lookupKey`), the
 * no-JavaScript decision form (`POST /access/request/:id/decision` → 303 to the return URL;
 * approve, deny, or cancel = "Back to the partner"), its search and "Show more"
 * (`GET /access/request/:id/installations?q=&cursor=`), and the built-in receipt page for requests without a return URL.
 *
 * Bad links get a localised error page (404 unknown key, 400 bad parameter), never a redirect,
 * and nothing is stored until the link is valid and the user is logged in. A link this user
 * already answered (same group, `state` and return URL: Back after deciding, or a reload) shows
 * that answer with the way back, and opens nothing; an expired request's page (410) offers the
 * way back with `error=expired`.
 */
import { consentStrings } from '@grantkit/elements/consent-strings';
import type { Context } from 'hono';
import {
  approveAccessRequest,
  cancelAccessRequest,
  checkAccessRequestUrl,
  consentInstallations,
  consentView,
  decidedRequest,
  denyAccessRequest,
  findAnsweredRequest,
  openAccessRequest,
  requestFramers,
  CONSENT_FIRST_PAGE,
  type AccessRequestContext,
} from '../../domain/access-requests.js';
import { DEFAULT_LOCALE, normaliseLocale, type Locale } from '../../domain/locales.js';
import { consume } from '../../domain/rate-limit.js';
import { rateLimitRule } from '../../security/rate-limit-policy.js';
import { DomainError } from '../../errors.js';
import type { AccessRequest } from '../../domain/model/access-request.js';
import type { User } from '../../domain/model/user.js';
import { accessRequestContext } from '../domain-contexts.js';
import { createRouter, type AppDeps, type AppEnv } from '../context.js';
import { messages, type PageMessages } from '../pages/i18n/index.js';
import { renderPage } from '../pages/layout.js';
import { consentBody, loginBody, receiptBody, type ReceiptOutcome } from '../pages/pages.js';
import { answeredBody } from '../pages/return-pages.js';
import { invalidCursor, pageRequest, encodeCursor } from '../paging.js';
import { isUuid } from '@grantkit/sdk/rules';
import { renderErrorPage } from '../pages/render-error.js';
import { formFields, pageLocale, seeOther } from '../pages/page-helpers.js';



function localeOf(request: AccessRequest): Locale {
  return normaliseLocale(request.locale) ?? DEFAULT_LOCALE;
}

/** The messages in the request's own language when it is this user's, else `fallback`. */
async function requestMessages(deps: AppDeps, id: string, user: User, fallback: PageMessages): Promise<PageMessages> {
  const request = isUuid(id) ? await deps.store.accessRequests.findById(id) : undefined;
  return request && request.userId === user.id ? messages(localeOf(request)) : fallback;
}

function receiptOutcome(request: AccessRequest): ReceiptOutcome {
  if (request.status === 'cancelled') return request.cancelReason ?? 'cancelled';
  return request.status === 'approved' ? 'approved' : 'denied';
}

function timeLabel(locale: Locale, at: Date): string {
  return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone: 'UTC', timeZoneName: 'short' }).format(at);
}

/** The link that recreates this request (used to answer as someone else after logging out). */
function restartPath(lookupKey: string, r: AccessRequest): string {
  const q = new URLSearchParams();
  if (r.preselectedInstallationId) q.set('installation_id', r.preselectedInstallationId);
  q.set('locale', r.locale);
  if (r.returnUrl) q.set('return_url', r.returnUrl);
  if (r.partnerName) q.set('partner_name', r.partnerName);
  if (r.showExisting) q.set('show_existing', 'true');
  if (r.state) q.set('state', r.state);
  if (r.codeChallenge) {
    q.set('code_challenge', r.codeChallenge);
    q.set('code_challenge_method', 'S256');
  }
  if (r.display !== 'page') q.set('display', r.display);
  return `/access/request/${lookupKey}?${q}`;
}

/** A search or a further page of the card's list (the no-JavaScript "Search" and "Show more"). */
interface ListQuery {
  readonly q?: string | undefined;
  readonly cursor?: string | undefined;
}

/** The same page sizes as the card's first page and the JSON list. */
const PAGE_LIMIT = CONSENT_FIRST_PAGE;

function listQueryOf(url: URL): ListQuery {
  const q = url.searchParams.get('q')?.trim().slice(0, 100) || undefined;
  const cursor = url.searchParams.get('cursor') || undefined;
  return { q, cursor };
}

function installationsPath(requestId: string, q: string | undefined, cursor: string): string {
  const query = new URLSearchParams();
  if (q) query.set('q', q);
  query.set('cursor', cursor);
  return `/access/request/${requestId}/installations?${query}`;
}

async function renderConsent(
  c: Context<AppEnv>,
  deps: AppDeps,
  user: User,
  requestId: string,
  m: PageMessages | null,
  error: string | null = null,
  status = 200,
  list: ListQuery = {},
) {
  const reader = accessRequestContext(deps);
  let view = await consentView(reader, requestId, user.id);
  if (list.q || list.cursor) {
    const page = pageRequest({ cursor: list.cursor, limit: PAGE_LIMIT }, 2);
    if (page.after && !isUuid(page.after[1] ?? '')) throw invalidCursor();
    view = { ...view, installations: await consentInstallations(reader, { id: requestId, userId: user.id, search: list.q, page }) };
  }
  const next = view.installations.nextAfter;
  const pm = m ?? messages(view.locale);
  const formTargets = view.request.returnUrl ? [new URL(view.request.returnUrl).origin] : [];
  return renderPage(c, {
    m: pm,
    title: pm.consent.title,
    status,
    formTargets,
    frameAncestors: await requestFramers(deps.store, view.request),
    elements: true,
    partner: { name: view.group.name, logoUrl: view.group.logoUrl },
    body: consentBody(pm, {
      view,
      user,
      error,
      expiresAtLabel: timeLabel(view.locale, view.request.expiresAt),
      restartPath: restartPath(view.group.lookupKey, view.request),
      search: list.q,
      moreHref: next ? installationsPath(view.request.id, list.q, encodeCursor(next)) : null,
    }),
  });
}

export function accessRequestPageRoutes(deps: AppDeps) {
  const router = createRouter();

  router.get('/access/request/:lookupKey', async (c) => {
    const lookupKey = c.req.param('lookupKey');
    const url = new URL(c.req.url);
    const m = messages(pageLocale(c, url.searchParams));
    try {
      const { group, params, framers } = await checkAccessRequestUrl(deps.store, lookupKey, url.searchParams);
      const user = c.get('user');
      if (!user) {
        const next = url.pathname + url.search;
        return renderPage(c, {
          m,
          title: m.login.title,
          frameAncestors: framers,
          partner: { name: group.name, logoUrl: group.logoUrl },
          body: loginBody(m, { platformName: c.get('platform').name, next, requester: params.partnerName ?? group.name }),
        });
      }
      const locale = params.locale ?? pageLocale(c, url.searchParams);
      const answered = await findAnsweredRequest(accessRequestContext(deps), { group, params, user });
      if (answered) {
        const am = messages(locale);
        c.get('log').info('access request reopened', { access_request_id: answered.request.id, group_id: group.id });
        return await renderPage(c, {
          m: am,
          title: am.receipt.answeredTitle,
          frameAncestors: framers,
          partner: { name: group.name, logoUrl: group.logoUrl },
          body: answeredBody(am, answered),
        });
      }
      // Each visit stores a pending request: cap them per user so nobody can fill the table.
      await consume(deps.store.rateLimits, [rateLimitRule(deps.config.rateLimits.accessRequestPerUser, user.id)], deps.clock());
      const request = await openAccessRequest(accessRequestContext(deps), { group, params, user, locale });
      c.get('log').info('access request opened', { access_request_id: request.id, group_id: group.id });
      return await renderConsent(c, deps, user, request.id, messages(locale));
    } catch (error) {
      return renderErrorPage(c, m, error, { lookupKey });
    }
  });

  // Search and "Show more" without JavaScript: the stored request's card with another slice of
  // its list. A GET with no side effect; the request stays the user's own, pending (consentView).
  router.get('/access/request/:id/installations', async (c) => {
    const url = new URL(c.req.url);
    const fallback = messages(pageLocale(c, url.searchParams));
    const user = c.get('user');
    if (!user) return renderPage(c, { m: fallback, title: fallback.login.title, status: 401, body: loginBody(fallback, { platformName: c.get('platform').name, next: url.pathname + url.search }) });
    try {
      return await renderConsent(c, deps, user, c.req.param('id'), null, null, 200, listQueryOf(url));
    } catch (error) {
      return renderErrorPage(c, await requestMessages(deps, c.req.param('id'), user, fallback), error);
    }
  });

  router.post('/access/request/:id/decision', async (c) => {
    const id = c.req.param('id');
    const user = c.get('user');
    const fallback = messages(pageLocale(c, new URLSearchParams()));
    if (!user) {
      return renderPage(c, { m: fallback, title: fallback.login.title, status: 401, body: loginBody(fallback, { platformName: c.get('platform').name, next: '/' }) });
    }
    const form = await formFields(c);
    let m = fallback;
    try {
      // The request's own language, for the error page too.
      m = await requestMessages(deps, id, user, fallback);
      const ctx = accessRequestContext(deps);
      if (form.decision === 'cancel') {
        const reason = form.reason === 'already_shared' ? 'already_shared' : 'cancelled';
        const { redirectUrl } = await cancelAccessRequest(ctx, { id, user, reason });
        c.get('log').info('access request cancelled', { access_request_id: id, reason });
        return seeOther(c, redirectUrl);
      }
      if (form.decision === 'deny') {
        const { redirectUrl } = await denyAccessRequest(ctx, { id, user });
        c.get('log').info('access request denied', { access_request_id: id });
        return seeOther(c, redirectUrl);
      }
      if (form.decision !== 'approve') return await renderConsent(c, deps, user, id, m, consentStrings[m.lang].chooseInstallation, 400);
      if (!form.installation_id) return await renderConsent(c, deps, user, id, m, consentStrings[m.lang].chooseInstallation, 400);
      try {
        const approval = await approveAccessRequest(ctx, { id, user, installationId: form.installation_id });
        c.get('log').info('access request approved', { access_request_id: id, grant_id: approval.grant.id, grant_created: approval.grantCreated });
        return seeOther(c, approval.redirectUrl);
      } catch (error) {
        if (error instanceof DomainError && error.code === 'validation_failed') {
          return await renderConsent(c, deps, user, id, m, consentStrings[m.lang].chooseInstallation, 400);
        }
        throw error;
      }
    } catch (error) {
      return renderErrorPage(c, m, error);
    }
  });

  router.get('/access/receipt/:id', async (c) => {
    const fallback = messages(pageLocale(c, new URL(c.req.url).searchParams));
    const user = c.get('user');
    try {
      if (!user) throw new DomainError('access_request_not_found', 404, 'Log in to see this receipt.');
      const { request, group, installation } = await decidedRequest(deps.store, c.req.param('id'), user.id);
      const m = messages(localeOf(request));
      return renderPage(c, {
        m,
        title: m.receipt.title,
        body: receiptBody(m, { outcome: receiptOutcome(request), groupName: group.name, installationName: installation?.name ?? '' }),
      });
    } catch (error) {
      return renderErrorPage(c, fallback, error);
    }
  });

  return router;
}

