/**
 * msw 2 request handlers that put the {@link MockDb} behind the routes of docs/ARCHITECTURE.md.
 * Handlers stay thin like the real routes: parse, authenticate, call the db, shape the answer.
 *
 * @module
 */
import { http, HttpResponse, type HttpHandler } from 'msw'
import type { MockActor, MockDb } from './db.js'
import { createInvitationHandlers } from './invitations.js'
import { createPartnerHandlers } from './partners.js'
import { pageOf } from './paging.js'
import { createServiceAccountHandlers } from './service-accounts.js'
import { createWebhookHandlers } from './webhooks.js'
import { MockOAuthError, MockProblem, notFound, oauthErrorResponse, problemResponse, unauthenticated } from './problems.js'
import { isLoopbackHttpUrl as isLoopbackHttp } from '../rules/loopback.js'

/** Name of the session cookie, as on the real server. */
export const SESSION_COOKIE = 'gk_session'

/** Options of {@link createHandlers}. */
export interface HandlerOptions {
  readonly baseUrl: string
  /** Extra origins allowed on unsafe cookie requests (`GRANTKIT_TRUSTED_ORIGINS`). */
  readonly trustedOrigins?: readonly string[] | undefined
}

type Resolver = (info: { request: Request; params: Record<string, string | readonly string[] | undefined>; cookies: Record<string, string> }) => Promise<Response> | Response

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

/** Reads a JSON body; a malformed one is a 400 `validation_failed`, never a 500. */
async function jsonBody(request: Request): Promise<Record<string, unknown>> {
  let body: unknown
  try {
    body = await request.json()
  } catch {
    throw new MockProblem('malformed_body', 'The request body is not valid JSON.')
  }
  if (body && typeof body === 'object' && !Array.isArray(body)) return body as Record<string, unknown>
  throw new MockProblem('validation_failed', 'Send a JSON object body.', { errors: [{ field: 'body', code: 'invalid_type', message: 'Send a JSON object body.' }] })
}

function param(params: Record<string, string | readonly string[] | undefined>, name: string): string {
  const value = params[name]
  return typeof value === 'string' ? decodeURIComponent(value) : ''
}

function html(status: number, body: string): Response {
  return new Response(`<!doctype html><meta charset="utf-8">${body}`, {
    status,
    headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "frame-ancestors 'none'", 'referrer-policy': 'no-referrer' },
  })
}

const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/** Builds the handlers; `db()` is read per request so `reset()` can swap the database. */
export function createHandlers(db: () => MockDb, options: HandlerOptions): HttpHandler[] {
  const base = options.baseUrl.replace(/\/+$/, '')
  const baseUrl = new URL(base)
  const secure = !isLoopbackHttp(baseUrl)
  const allowedOrigins = (): string[] => {
    const origins = [baseUrl.origin, ...(options.trustedOrigins ?? [])]
    // In a browser test the page is the platform's own origin, as it is for the real elements.
    if (typeof location !== 'undefined' && location.origin !== 'null') origins.push(location.origin)
    return origins
  }

  /** Resolves the caller; a present but bad bearer token is 401, never anonymous. */
  const actorOf = (request: Request, cookies: Record<string, string>): MockActor | null => {
    const authorization = request.headers.get('authorization')
    if (authorization !== null) {
      const match = /^Bearer\s+(\S+)$/i.exec(authorization)
      const actor = match ? db().actor(match[1], undefined) : null
      if (!actor) throw new MockProblem('unauthenticated', 'The bearer token is invalid, expired or revoked.')
      return actor
    }
    return db().actor(undefined, cookies[SESSION_COOKIE])
  }
  /**
   * CSRF defence, as on the server: an unsafe request without a bearer token must carry the
   * Origin of the platform or a trusted one, logged in or not. Node's fetch sends no Origin:
   * Node tests send it themselves, as a browser would (the server refuses them otherwise too).
   * In a browser, msw's worker hands the request over without the Origin the browser sent
   * (every browser sends it on unsafe requests): there it is the page's own.
   */
  const checkOrigin = (request: Request): void => {
    if (!UNSAFE.has(request.method) || /^bearer /i.test(request.headers.get('authorization') ?? '')) return
    const page = typeof location !== 'undefined' && location.origin !== 'null' ? location.origin : null
    const origin = request.headers.get('origin') ?? page
    if (origin === null || !allowedOrigins().includes(origin)) {
      throw new MockProblem('origin_mismatch',
        origin ? `Requests from ${origin} are not allowed to change anything here.` : 'This request has no Origin header; unsafe requests must come from a browser page on an allowed origin.',
      )
    }
  }
  const requireActor = (request: Request, cookies: Record<string, string>): MockActor => {
    const actor = actorOf(request, cookies)
    if (!actor) throw unauthenticated()
    return actor
  }
  const requireUser = (request: Request, cookies: Record<string, string>): string => {
    const actor = requireActor(request, cookies)
    if (actor.kind !== 'user') throw new MockProblem('unauthenticated', 'This endpoint needs a logged-in user, not a bearer token.')
    return actor.userId
  }

  const api = (resolver: Resolver): Resolver => async (info) => {
    try {
      checkOrigin(info.request)
      return await resolver(info)
    } catch (error) {
      if (error instanceof MockProblem) return problemResponse(await signedWayBack(error))
      throw error
    }
  }
  /** The way back to the partner, signed (`response`) as the server signs it. */
  const signed = async <T extends { redirect_url: string }>(outcome: T): Promise<T> => ({ ...outcome, redirect_url: await db().returnSigner.sign(outcome.redirect_url) })
  /** An expired request's problem names the way back (`redirect_url`): signed too. */
  const signedWayBack = async (problem: MockProblem): Promise<MockProblem> => {
    const back = problem.extras.members?.redirect_url
    if (typeof back !== 'string') return problem
    return new MockProblem(problem.code, problem.detail, { ...problem.extras, members: { ...problem.extras.members, redirect_url: await db().returnSigner.sign(back) } })
  }
  const oauth = (resolver: Resolver): Resolver => async (info) => {
    try {
      return await resolver(info)
    } catch (error) {
      if (error instanceof MockOAuthError) return oauthErrorResponse(error)
      throw error
    }
  }
  const cookie = (value: string, maxAge?: number): string =>
    `${SESSION_COOKIE}=${value}; Path=/; HttpOnly; SameSite=Lax${secure ? '; Secure' : ''}${maxAge === undefined ? '' : `; Max-Age=${maxAge}`}`

  return [
    // ------------------------------------------------------------------ session
    http.post(`${base}/api/session`, api(async ({ request }) => {
      const body = await jsonBody(request)
      const { sessionId, user } = db().login(body.email, body.password)
      return HttpResponse.json({ user }, { headers: { 'set-cookie': cookie(sessionId) } })
    })),
    http.delete(`${base}/api/session`, api(({ request, cookies }) => {
      actorOf(request, cookies)
      db().logout(cookies[SESSION_COOKIE])
      return new HttpResponse(null, { status: 204, headers: { 'set-cookie': cookie('', 0) } })
    })),
    http.get(`${base}/api/me`, api(({ request, cookies }) => HttpResponse.json(db().me(requireUser(request, cookies))))),

    // ------------------------------------------------------------------ installations
    http.get(`${base}/api/installations`, api(({ request, cookies }) =>
      HttpResponse.json(pageOf(db().listInstallations(requireActor(request, cookies)), request)))),
    http.get(`${base}/api/installations/:id`, api(({ request, cookies, params }) =>
      HttpResponse.json(db().installationDetails(requireActor(request, cookies), param(params, 'id'))))),
    http.get(`${base}/api/installations/:id/charging-history`, api(({ request, cookies, params }) => {
      const limit = new URL(request.url).searchParams.get('limit')
      return HttpResponse.json({ items: db().chargingHistory(requireActor(request, cookies), param(params, 'id'), limit) })
    })),
    http.patch(`${base}/api/installations/:id/settings`, api(async ({ request, cookies, params }) => {
      const actor = requireActor(request, cookies)
      return HttpResponse.json(db().updateSettings(actor, param(params, 'id'), await jsonBody(request)))
    })),
    http.get(`${base}/api/installations/:id/access`, api(({ request, cookies, params }) =>
      HttpResponse.json(pageOf(db().accessList(requireActor(request, cookies), param(params, 'id')), request, { keyOf: (e) => `${e.kind}:${e.id}` })))),

    // ------------------------------------------------------------------ grants, groups, audit
    http.get(`${base}/api/grants`, api(({ request, cookies }) => {
      const userId = requireUser(request, cookies)
      return HttpResponse.json(pageOf(db().listGrants(userId, new URL(request.url).searchParams.get('installation_id')), request))
    })),
    http.patch(`${base}/api/grants/:id`, api(async ({ request, cookies, params }) => {
      const userId = requireUser(request, cookies)
      return HttpResponse.json(db().updateGrant(userId, param(params, 'id'), await jsonBody(request)))
    })),
    http.delete(`${base}/api/grants/:id`, api(({ request, cookies, params }) => {
      db().deleteGrant(requireUser(request, cookies), param(params, 'id'))
      return new HttpResponse(null, { status: 204 })
    })),
    http.get(`${base}/api/groups`, api(({ request, cookies }) => HttpResponse.json(pageOf(db().groupsOf(requireUser(request, cookies)), request)))),
    http.get(`${base}/api/groups/:id`, api(({ request, cookies, params }) =>
      HttpResponse.json(db().groupDetails(requireUser(request, cookies), param(params, 'id'))))),
    http.put(`${base}/api/groups/:id/embedding-origins`, api(async ({ request, cookies, params }) => {
      const userId = requireUser(request, cookies)
      const body = (await jsonBody(request)) as { origins?: unknown }
      return HttpResponse.json(db().setEmbeddingOrigins(userId, param(params, 'id'), body.origins))
    })),
    http.get(`${base}/api/groups/:id/grants`, api(({ request, cookies, params }) =>
      HttpResponse.json(pageOf(db().groupGrants(requireUser(request, cookies), param(params, 'id')), request)))),
    http.get(`${base}/api/audit`, api(({ request, cookies }) => {
      const query = new URL(request.url).searchParams
      const items = db().auditFor(requireUser(request, cookies), { installation_id: query.get('installation_id'), group_id: query.get('group_id') })
      return HttpResponse.json(pageOf(items, request))
    })),

    // ------------------------------------------------------------------ access requests
    http.get(`${base}/api/access-requests/:id`, api(({ request, cookies, params }) =>
      HttpResponse.json(db().accessRequestView(requireUser(request, cookies), param(params, 'id'))))),
    http.post(`${base}/api/access-requests/:id/approve`, api(async ({ request, cookies, params }) => {
      const userId = requireUser(request, cookies)
      const body = await jsonBody(request)
      return HttpResponse.json(await signed(db().approve(userId, param(params, 'id'), body.installation_id)))
    })),
    http.post(`${base}/api/access-requests/:id/deny`, api(async ({ request, cookies, params }) =>
      HttpResponse.json(await signed(db().deny(requireUser(request, cookies), param(params, 'id')))))),
    http.get(`${base}/api/access-requests/:id/installations`, api(({ request, cookies, params }) =>
      HttpResponse.json(db().accessRequestInstallations(requireUser(request, cookies), param(params, 'id'), new URL(request.url).searchParams)))),
    http.post(`${base}/api/access-requests/:id/cancel`, api(async ({ request, cookies, params }) => {
      const userId = requireUser(request, cookies)
      const body = await jsonBody(request)
      return HttpResponse.json(await signed(db().cancel(userId, param(params, 'id'), body.reason)))
    })),

    // The HTML page: the mock stores the request and names its id for the test to act on.
    http.get(`${base}/access/request/:lookupKey`, ({ request, params, cookies }) => {
      try {
        const actor = actorOf(request, cookies)
        const userId = actor?.kind === 'user' ? actor.userId : null
        const created = db().createAccessRequest(param(params, 'lookupKey'), new URL(request.url).searchParams, userId)
        // The same markers as the real consent page: the element and its no-JavaScript form.
        return html(
          200,
          `<title>Access request</title><gk-consent request-id="${created.id}" locale="${created.locale}"><form method="post" action="${new URL(base).pathname.replace(/\/+$/, '')}/access/request/${created.id}/decision"></form></gk-consent>`,
        )
      } catch (error) {
        if (error instanceof MockProblem) {
          return html(error.status, `<meta name="grantkit-error" content="${error.code}"><title>Access request</title><p role="alert">${escapeHtml(error.detail)}</p>`)
        }
        throw error
      }
    }),
    // The consent form's POST: 303 to the return trip, as the real page does.
    http.post(`${base}/access/request/:id/decision`, api(async ({ request, cookies, params }) => {
      const userId = requireUser(request, cookies)
      const form = new URLSearchParams(await request.text())
      const id = param(params, 'id')
      const outcome = await signed(form.get('decision') === 'deny' ? db().deny(userId, id) : db().approve(userId, id, form.get('installation_id')))
      return new HttpResponse(null, { status: 303, headers: { location: outcome.redirect_url } })
    })),
    http.get(`${base}/access/receipt/:id`, () => html(200, '<title>Done</title><p>You can close this page.</p>')),

    // ------------------------------------------------------------------ OAuth
    // RFC 8414 §3.1: the well-known segment goes between the host and the issuer's path.
    http.get(`${baseUrl.origin}/.well-known/oauth-authorization-server${baseUrl.pathname.replace(/\/+$/, '')}`, () => HttpResponse.json(db().metadata())),
    http.get(`${base}/oauth/jwks`, async () => HttpResponse.json(await db().returnSigner.jwks())),
    http.post(`${base}/oauth/token`, oauth(async ({ request }) => {
      const type = request.headers.get('content-type') ?? ''
      if (!type.startsWith('application/x-www-form-urlencoded')) {
        throw new MockOAuthError('invalid_request', 'Send application/x-www-form-urlencoded (RFC 6749 §4.1.3).')
      }
      // RFC 6749 §2.3.1: Basic credentials are form-urlencoded before base64.
      const authorization = request.headers.get('authorization')
      let basic: { id: string; secret: string } | undefined
      if (authorization?.startsWith('Basic ')) {
        let decoded: string[]
        try {
          decoded = atob(authorization.slice(6)).split(':')
        } catch {
          throw new MockOAuthError('invalid_client', 'Malformed Basic credentials.', 401)
        }
        const formDecode = (v: string | undefined): string => decodeURIComponent((v ?? '').replace(/\+/g, ' '))
        basic = { id: formDecode(decoded[0]), secret: formDecode(decoded.slice(1).join(':')) }
      }
      try {
        const token = await db().token(new URLSearchParams(await request.text()), basic)
        return HttpResponse.json(token, { headers: { 'cache-control': 'no-store' } })
      } catch (error) {
        // RFC 6749 §5.2: a 401 to a client that used Basic names the scheme it must use.
        if (error instanceof MockOAuthError && error.status === 401 && basic) {
          const response = oauthErrorResponse(error)
          response.headers.set('www-authenticate', 'Basic realm="grantkit", charset="UTF-8"')
          return response
        }
        throw error
      }
    })),
    ...createInvitationHandlers(db, base, { api, requireUser, jsonBody }),
    ...createServiceAccountHandlers(db, base, { api, requireUser, jsonBody }),
    ...createWebhookHandlers(db, base, { api, requireUser, jsonBody }),
    ...createPartnerHandlers(db, base, { api, requireUser, jsonBody, optionalUser: (r, c) => { const a = actorOf(r, c); return a?.kind === 'user' ? a.userId : null }, sessionCookie: (id) => cookie(id) }),
    http.all(`${base}/api/*`, api(() => {
      throw notFound('This endpoint')
    })),
  ]
}
