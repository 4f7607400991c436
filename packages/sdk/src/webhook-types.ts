/**
 * Wire types of grant webhooks (docs/ARCHITECTURE.md, "Webhooks"): a group's endpoints, their
 * deliveries and the events they receive, signed as the Standard Webhooks specification says.
 * snake_case, readonly.
 *
 * @module
 */
import type { Page } from './paging.js'
import type { GrantPermission } from './grant-permissions.js'

/** What a webhook endpoint can subscribe to, in the order a settings page lists them. */
export const WEBHOOK_EVENT_TYPES = [
  'grant.created',
  'grant.updated',
  'grant.revoked',
  'member.joined',
  'member.removed',
  'service_account.created',
  'service_account.deleted',
  'partner.deactivated',
] as const
/** One of {@link WEBHOOK_EVENT_TYPES}. */
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number]

/** A group's webhook endpoint; the secret is only in the response that creates or rotates it. */
export interface WebhookEndpoint {
  readonly id: string
  readonly group_id: string
  readonly url: string
  /** Subscribed types; every type when created without `events`. */
  readonly events: readonly WebhookEventType[]
  /** false when an admin disabled it, or after it failed for days (`disabled_reason`). */
  readonly enabled: boolean
  readonly disabled_reason: 'admin' | 'failing' | null
  readonly created_at: string
  readonly updated_at: string
}

/** `POST /api/groups/:id/webhooks` and `POST /api/webhooks/:id/rotate-secret` response: shown once. */
export interface WebhookEndpointWithSecret extends WebhookEndpoint {
  /** Standard Webhooks secret: `whsec_` + base64 of 32 random bytes. */
  readonly secret: string
}

/** `GET /api/groups/:id/webhooks` response. */
export interface WebhookEndpointListResponse extends Page<WebhookEndpoint> {}

/** `POST /api/groups/:id/webhooks` request. */
export interface CreateWebhookEndpoint {
  readonly url: string
  readonly events?: readonly WebhookEventType[]
}

/** `PATCH /api/webhooks/:id` request. */
export interface UpdateWebhookEndpoint {
  readonly url?: string
  readonly events?: readonly WebhookEventType[]
  readonly enabled?: boolean
}

/** One attempt series of one event to one endpoint (`GET /api/webhooks/:id/deliveries`, newest first). */
export interface WebhookDelivery {
  /** The `webhook-id` header: the same on every attempt. */
  readonly id: string
  readonly event_type: WebhookEventType | 'webhook.test'
  readonly status: 'pending' | 'succeeded' | 'failed'
  readonly attempts: number
  /** The HTTP status of the last attempt; null for a network error or timeout, or before the first. */
  readonly response_status: number | null
  readonly last_error: string | null
  readonly created_at: string
  readonly last_attempt_at: string | null
  readonly next_attempt_at: string | null
}

/** `GET /api/webhooks/:id/deliveries` response. */
export interface WebhookDeliveryListResponse extends Page<WebhookDelivery> {}

/** `POST /api/webhooks/:id/test` response: the delivery it queued. */
export interface WebhookTestResponse {
  readonly delivery: WebhookDelivery
}

/** Who caused an event. */
export interface WebhookActor {
  readonly kind: 'user' | 'service_account' | 'system'
  readonly id: string | null
}

/** The body of every delivery (Standard Webhooks: `type`, `timestamp`, `data`). */
export type WebhookEvent =
  | WebhookEventOf<'grant.created', GrantEventData>
  | WebhookEventOf<'grant.updated', GrantEventData & { readonly previous_permissions: readonly GrantPermission[] }>
  | WebhookEventOf<'grant.revoked', GrantEventData & { readonly how: 'revoked' | 'relinquished' }>
  | WebhookEventOf<'member.joined' | 'member.removed', { readonly group_id: string; readonly user_id: string; readonly roles: readonly string[]; readonly actor: WebhookActor }>
  | WebhookEventOf<'service_account.created' | 'service_account.deleted', { readonly group_id: string; readonly service_account_id: string; readonly client_id: string; readonly name: string; readonly actor: WebhookActor }>
  | WebhookEventOf<'partner.deactivated', { readonly group_id: string; readonly lookup_key: string; readonly actor: WebhookActor }>
  | WebhookEventOf<'webhook.test', { readonly group_id: string; readonly endpoint_id: string }>

/** One event type with its data. */
export interface WebhookEventOf<T extends string, D> {
  readonly type: T
  /** ISO 8601, when the change happened. */
  readonly timestamp: string
  readonly data: D
}

/** The data of the grant events. */
export interface GrantEventData {
  readonly grant_id: string
  readonly group_id: string
  readonly installation_id: string
  readonly lookup_key: string
  readonly permissions: readonly GrantPermission[]
  readonly actor: WebhookActor
}
