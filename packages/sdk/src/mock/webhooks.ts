/**
 * The mock's webhook endpoints (`/api/groups/:id/webhooks`, `/api/webhooks/:id…`): register,
 * list, read, change, enable/disable, rotate the secret, delete, queue a test event and list
 * deliveries, with the server's rules and problem codes (reference-server webhooks/endpoints.ts):
 * group admins only (`not_group_admin` 403; an endpoint of a group one is not in is
 * `webhook_not_found` 404), `https` only (loopback `http` when the mock itself is on loopback),
 * no credentials, no private, link-local or metadata address (`webhook_url_refused` 400 with
 * `reason` and `errors[0].field` `url`), at most 20 endpoints (`webhook_limit_reached` 409), no
 * test event to a disabled endpoint (`webhook_disabled` 409). Nothing is sent: a test event is a
 * pending delivery. Tests read and seed the state with {@link mockWebhooks}.
 *
 * @module
 */
import { http, HttpResponse, type HttpHandler } from 'msw'
import { isLoopbackHost } from '../rules/loopback.js'
import { WEBHOOK_EVENT_TYPES, type WebhookDelivery, type WebhookEndpoint, type WebhookEndpointWithSecret, type WebhookEventType } from '../webhook-types.js'
import type { MockDb } from './db.js'
import { mockInvitations, type InvitationHandlerHelpers } from './invitations.js'
import { pageOf } from './paging.js'
import { invalidField, MockProblem } from './problems.js'

/** As the server: each event goes to every endpoint, so a group has at most this many. */
const MAX_ENDPOINTS_PER_GROUP = 20
const URL_MAX = 2048

/** The mock's webhook state of one database. */
export interface MockWebhookState {
  /** Endpoints by id, in creation order. */
  readonly endpoints: Map<string, WebhookEndpoint & { secret: string }>
  /** Deliveries per endpoint id, newest first. */
  readonly deliveries: Map<string, WebhookDelivery[]>
}

const states = new WeakMap<MockDb, MockWebhookState>()

/** The webhook state of `db` (made on first use; `reset()` starts a new database, and with it a new state). */
export function mockWebhooks(db: MockDb): MockWebhookState {
  let state = states.get(db)
  if (!state) states.set(db, (state = { endpoints: new Map(), deliveries: new Map() }))
  return state
}

/** `whsec_` + base64 of 32 random bytes (Standard Webhooks). */
function newSecret(): string {
  return `whsec_${btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(32))))}`
}

function refused(reason: 'malformed' | 'scheme' | 'credentials' | 'forbidden_address', message: string): MockProblem {
  return new MockProblem('webhook_url_refused', message, { members: { reason }, errors: [{ field: 'url', code: `webhook_url_${reason}`, message }] })
}

/** Private, loopback, link-local (metadata: 169.254.169.254), CGNAT and unique-local literals. */
function isForbiddenAddress(host: string): boolean {
  const v4 = /^(\d+)\.(\d+)\.\d+\.\d+$/.exec(host)
  if (v4) {
    const [a, b] = [Number(v4[1]), Number(v4[2])]
    return a === 0 || a === 10 || a === 127 || (a === 100 && b >= 64 && b < 128) || (a === 169 && b === 254) || (a === 172 && b >= 16 && b < 32) || (a === 192 && b === 168)
  }
  const v6 = host.replace(/^\[|\]$/g, '').toLowerCase()
  return host.startsWith('[') && (v6 === '::1' || v6 === '::' || /^f[cd]/.test(v6) || /^fe[89ab]/.test(v6) || v6.startsWith('::ffff:'))
}

/** The server's URL rules, without DNS (the mock resolves nothing). */
function checkUrl(raw: unknown, allowLoopback: boolean): string {
  if (typeof raw !== 'string') throw invalidField('url', 'invalid_type', 'url: required.')
  if (raw.length > URL_MAX) throw invalidField('url', 'too_big', `url: at most ${URL_MAX} characters.`)
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw refused('malformed', 'url: not an absolute URL.')
  }
  const loopback = isLoopbackHost(url.hostname)
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && allowLoopback && loopback)) {
    throw refused('scheme', allowLoopback ? 'url: must use https (or http to a loopback host).' : 'url: must use https.')
  }
  if (url.username || url.password) throw refused('credentials', 'url: must not contain a user name or password.')
  if ((loopback && !allowLoopback) || isForbiddenAddress(url.hostname)) throw refused('forbidden_address', `url: ${url.hostname} is a private or reserved address.`)
  return url.href
}

function checkEvents(raw: unknown): WebhookEventType[] | undefined {
  if (raw === undefined) return undefined
  if (!Array.isArray(raw) || raw.some((t) => !(WEBHOOK_EVENT_TYPES as readonly unknown[]).includes(t))) {
    throw invalidField('events', 'invalid_enum_value', `events: each one of ${WEBHOOK_EVENT_TYPES.join(', ')}.`)
  }
  // Every type once, in the catalogue's order, as the server stores them.
  return WEBHOOK_EVENT_TYPES.filter((t) => raw.includes(t))
}

const view = ({ secret: _secret, ...endpoint }: WebhookEndpoint & { secret: string }): WebhookEndpoint => endpoint
const notFound = (): MockProblem => new MockProblem('webhook_not_found', 'The webhook endpoint does not exist or you have no access to it.')

/** msw handlers for a group's webhook endpoints. */
export function createWebhookHandlers(db: () => MockDb, base: string, { api, requireUser, jsonBody }: InvitationHandlerHelpers): HttpHandler[] {
  const allowLoopback = isLoopbackHost(new URL(base).hostname)
  const state = (): MockWebhookState => mockWebhooks(db())
  const id = (params: Record<string, string | readonly string[] | undefined>): string => (typeof params.id === 'string' ? decodeURIComponent(params.id) : '')
  const now = (): string => new Date(db().now()).toISOString()
  const admin = (request: Request, cookies: Record<string, string>, groupId: string): void => mockInvitations(db()).requireAdmin(requireUser(request, cookies), groupId)
  /** The endpoint if the caller administers its group: 404 for outsiders, 403 for plain members, as on the server. */
  const endpointFor = (request: Request, cookies: Record<string, string>, endpointId: string): WebhookEndpoint & { secret: string } => {
    const userId = requireUser(request, cookies)
    const endpoint = state().endpoints.get(endpointId)
    if (!endpoint) throw notFound()
    try {
      mockInvitations(db()).requireAdmin(userId, endpoint.group_id)
    } catch (error) {
      throw error instanceof MockProblem && error.code === 'not_found' ? notFound() : error
    }
    return endpoint
  }
  const newest = (groupId: string) => [...state().endpoints.values()].filter((e) => e.group_id === groupId).reverse()

  return [
    http.get(`${base}/api/groups/:id/webhooks`, api(({ request, cookies, params }) => {
      admin(request, cookies, id(params))
      return HttpResponse.json(pageOf(newest(id(params)).map(view), request))
    })),
    http.post(`${base}/api/groups/:id/webhooks`, api(async ({ request, cookies, params }) => {
      const groupId = id(params)
      admin(request, cookies, groupId)
      const body = await jsonBody(request)
      const url = checkUrl(body.url, allowLoopback)
      const events = checkEvents(body.events) ?? [...WEBHOOK_EVENT_TYPES]
      if (newest(groupId).length >= MAX_ENDPOINTS_PER_GROUP) {
        throw new MockProblem('webhook_limit_reached', `A group can have at most ${MAX_ENDPOINTS_PER_GROUP} webhook endpoints.`)
      }
      const at = now()
      const endpoint = { id: crypto.randomUUID(), group_id: groupId, url, events, enabled: true, disabled_reason: null, created_at: at, updated_at: at, secret: newSecret() }
      state().endpoints.set(endpoint.id, endpoint)
      return HttpResponse.json({ ...endpoint } satisfies WebhookEndpointWithSecret, { status: 201, headers: { 'cache-control': 'no-store' } })
    })),
    http.get(`${base}/api/webhooks/:id`, api(({ request, cookies, params }) => HttpResponse.json(view(endpointFor(request, cookies, id(params)))))),
    http.patch(`${base}/api/webhooks/:id`, api(async ({ request, cookies, params }) => {
      const endpoint = endpointFor(request, cookies, id(params))
      const body = await jsonBody(request)
      if (body.enabled !== undefined && typeof body.enabled !== 'boolean') throw invalidField('enabled', 'invalid_type', 'enabled: true or false.')
      const url = body.url === undefined ? endpoint.url : checkUrl(body.url, allowLoopback)
      const events = checkEvents(body.events) ?? endpoint.events
      const enabled = body.enabled === undefined ? endpoint.enabled : body.enabled
      const disabled_reason = body.enabled === false ? 'admin' : body.enabled === true ? null : endpoint.disabled_reason
      const updated = { ...endpoint, url, events, enabled, disabled_reason, updated_at: now() }
      state().endpoints.set(endpoint.id, updated)
      return HttpResponse.json(view(updated))
    })),
    http.delete(`${base}/api/webhooks/:id`, api(({ request, cookies, params }) => {
      const endpoint = endpointFor(request, cookies, id(params))
      state().endpoints.delete(endpoint.id)
      state().deliveries.delete(endpoint.id)
      return new HttpResponse(null, { status: 204 })
    })),
    http.post(`${base}/api/webhooks/:id/rotate-secret`, api(({ request, cookies, params }) => {
      const endpoint = endpointFor(request, cookies, id(params))
      const rotated = { ...endpoint, secret: newSecret(), updated_at: now() }
      state().endpoints.set(endpoint.id, rotated)
      return HttpResponse.json({ ...rotated } satisfies WebhookEndpointWithSecret, { headers: { 'cache-control': 'no-store' } })
    })),
    http.post(`${base}/api/webhooks/:id/test`, api(({ request, cookies, params }) => {
      const endpoint = endpointFor(request, cookies, id(params))
      if (!endpoint.enabled) throw new MockProblem('webhook_disabled', 'The endpoint is disabled: enable it before sending a test event.')
      const delivery: WebhookDelivery = {
        id: `msg_${crypto.randomUUID().replace(/-/g, '').slice(0, 24)}`,
        event_type: 'webhook.test',
        status: 'pending',
        attempts: 0,
        response_status: null,
        last_error: null,
        created_at: now(),
        last_attempt_at: null,
        next_attempt_at: now(),
      }
      state().deliveries.set(endpoint.id, [delivery, ...(state().deliveries.get(endpoint.id) ?? [])])
      return HttpResponse.json({ delivery }, { status: 202 })
    })),
    http.get(`${base}/api/webhooks/:id/deliveries`, api(({ request, cookies, params }) => {
      const endpoint = endpointFor(request, cookies, id(params))
      return HttpResponse.json(pageOf(state().deliveries.get(endpoint.id) ?? [], request))
    })),
  ]
}
