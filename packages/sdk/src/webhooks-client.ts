/**
 * API client methods for a group's webhook endpoints (group admins): register, list, change,
 * enable or disable, rotate the signing secret, delete, send a test event, and read the recent
 * deliveries. `createApiClient()` mixes them in; `createWebhooksClient()` is a small
 * cookie-session client with only these, for `<gk-webhooks>`. Errors arrive as `ApiError` with
 * the problem's `code`.
 *
 * @module
 */
import type { PageQuery } from './paging.js'
import { createCaller, pathSegment, type ApiCaller } from './transport.js'
import type {
  CreateWebhookEndpoint,
  UpdateWebhookEndpoint,
  WebhookDeliveryListResponse,
  WebhookEndpoint,
  WebhookEndpointListResponse,
  WebhookEndpointWithSecret,
  WebhookTestResponse,
} from './webhook-types.js'

/** Webhook-endpoint methods (group admins; anyone else: `not_group_admin` 403 or `webhook_not_found` 404). */
export interface WebhooksApi {
  /** `GET /api/groups/:id/webhooks`, one page, newest first. */
  listWebhookEndpoints(groupId: string, page?: PageQuery): Promise<WebhookEndpointListResponse>
  /**
   * `POST /api/groups/:id/webhooks` — the response carries the signing `secret`, the only time
   * it is shown. Errors: `webhook_url_refused` 400 (`errors[0].field` `url`, `reason`),
   * `validation_failed` 400, `webhook_limit_reached` 409.
   */
  createWebhookEndpoint(groupId: string, body: CreateWebhookEndpoint): Promise<WebhookEndpointWithSecret>
  /** `GET /api/webhooks/:id`. Errors: `webhook_not_found` 404. */
  getWebhookEndpoint(id: string): Promise<WebhookEndpoint>
  /** `PATCH /api/webhooks/:id` — url, events, `enabled`. Errors: `webhook_url_refused` 400, `webhook_not_found` 404. */
  updateWebhookEndpoint(id: string, body: UpdateWebhookEndpoint): Promise<WebhookEndpoint>
  /** `DELETE /api/webhooks/:id` — the endpoint and its deliveries. */
  deleteWebhookEndpoint(id: string): Promise<void>
  /** `POST /api/webhooks/:id/rotate-secret` — a new secret, shown once; the old one keeps signing beside it for a grace period. */
  rotateWebhookSecret(id: string): Promise<WebhookEndpointWithSecret>
  /** `POST /api/webhooks/:id/test` — queues a `webhook.test` delivery. Errors: `webhook_disabled` 409. */
  sendWebhookTestEvent(id: string): Promise<WebhookTestResponse>
  /** `GET /api/webhooks/:id/deliveries`, one page, newest first. */
  listWebhookDeliveries(id: string, page?: PageQuery): Promise<WebhookDeliveryListResponse>
}

/** Builds the methods over `call`; `segment` encodes one path segment (and refuses empty ids). */
export function webhookMethods(call: ApiCaller, segment: (value: string) => string): WebhooksApi {
  const endpoint = (id: string) => `/api/webhooks/${segment(id)}`
  return {
    listWebhookEndpoints: async (groupId, page) => call('GET', `/api/groups/${segment(groupId)}/webhooks`, { query: page }),
    createWebhookEndpoint: async (groupId, body) => call('POST', `/api/groups/${segment(groupId)}/webhooks`, { body }),
    getWebhookEndpoint: async (id) => call('GET', endpoint(id)),
    updateWebhookEndpoint: async (id, body) => call('PATCH', endpoint(id), { body }),
    deleteWebhookEndpoint: async (id) => call('DELETE', endpoint(id)),
    rotateWebhookSecret: async (id) => call('POST', `${endpoint(id)}/rotate-secret`),
    sendWebhookTestEvent: async (id) => call('POST', `${endpoint(id)}/test`),
    listWebhookDeliveries: async (id, page) => call('GET', `${endpoint(id)}/deliveries`, { query: page }),
  }
}

/** Options of {@link createWebhooksClient}. */
export interface WebhooksClientOptions {
  /** The server's public URL. */
  readonly baseUrl: string | URL
  readonly fetch?: typeof fetch
}

/**
 * A cookie-session client with only the webhook methods (what `<gk-webhooks>` needs; keeps the
 * element small). Same errors as `createApiClient()`.
 *
 * @example
 * ```ts
 * const api = createWebhooksClient({ baseUrl: location.origin })
 * const { id, secret } = await api.createWebhookEndpoint(groupId, { url: 'https://partner.example/hooks', events: ['grant.revoked'] })
 * ```
 */
export function createWebhooksClient(options: WebhooksClientOptions): WebhooksApi {
  return webhookMethods(createCaller(options), pathSegment)
}
