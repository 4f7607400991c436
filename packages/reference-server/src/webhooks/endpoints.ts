/**
 * @module webhooks/endpoints
 * What a group's admins do with its webhook endpoints: register (the secret is in that answer
 * only), list, change (url, events, enable/disable), rotate the secret (the old one keeps
 * signing beside the new one for a grace period), delete, queue a test event, read deliveries.
 * Only the group's admins (as for service accounts); anyone else gets 404 for an endpoint id,
 * so ids do not reveal that an endpoint exists.
 */
import { WEBHOOK_EVENT_TYPES, type WebhookEventType } from '@grantkit/sdk';
import { requireGroupAdmin } from '../domain/authorization.js';
import type { Page, PageRequest } from '../domain/model/page.js';
import type { Store } from '../domain/model/store.js';
import type { WebhookDeliveryRow, WebhookEndpointRow } from '../domain/model/webhook.js';
import { ConflictError, DomainError, ForbiddenError, NotFoundError } from '../errors.js';
import type { WebhookConfig } from './config.js';
import { encryptWebhookSecret, generateWebhookSecret, decryptWebhookSecret } from './secrets.js';
import { checkWebhookUrl, WebhookUrlRefused } from './url-rules.js';
import { newMessageId } from './signature.js';
import { recordEvent, type DomainEvent } from '../domain/events.js';

export interface WebhookContext {
  readonly store: Store;
  readonly config: WebhookConfig;
  /** GRANTKIT_SECRET: encrypts endpoint secrets at rest. */
  readonly secret: Uint8Array;
  readonly now: Date;
  /** Who acts: the audit rows name them (the group's history lists every change to its endpoints). */
  readonly actor: { readonly userId: string; readonly label: string };
}

/** The audit row of an endpoint change, in the change's transaction (never the secret). */
function recordEndpointEvent(ctx: WebhookContext, tx: Store, groupId: string, endpointId: string, event: Pick<DomainEvent, 'type' | 'data'>): Promise<void> {
  return recordEvent(tx, { at: ctx.now, actorUserId: ctx.actor.userId, actorLabel: ctx.actor.label, groupId, subjectId: endpointId, ...event } as DomainEvent);
}

/** At most this many endpoints per group: each event is sent to every one. */
export const MAX_ENDPOINTS_PER_GROUP = 20;

async function checkedUrl(ctx: WebhookContext, raw: string): Promise<string> {
  try {
    return (await checkWebhookUrl(raw, { allowLoopback: ctx.config.allowLoopback, allowedHosts: ctx.config.allowedHosts })).href;
  } catch (error) {
    if (error instanceof WebhookUrlRefused) {
      throw new DomainError('webhook_url_refused', 400, error.message, { reason: error.reason, errors: [{ field: 'url', code: `webhook_url_${error.reason}`, message: error.message }] });
    }
    throw error;
  }
}

/** Every type when none are given; each type once, in the catalogue's order. */
const normaliseEvents = (events: readonly WebhookEventType[] | undefined): WebhookEventType[] =>
  WEBHOOK_EVENT_TYPES.filter((t) => events === undefined || events.includes(t));

/** The endpoint, if `userId` administers its group: 404 for outsiders, 403 for plain members. */
export async function adminEndpoint(store: Store, id: string, userId: string): Promise<WebhookEndpointRow> {
  const endpoint = await store.webhooks.findEndpoint(id);
  const membership = endpoint && (await store.groups.findMembership(endpoint.groupId, userId));
  if (!endpoint || !membership) throw new NotFoundError('webhook endpoint', 'webhook_not_found');
  if (!membership.isAdmin) throw new ForbiddenError('not_group_admin', 'Only an administrator of this group can do this.');
  return endpoint;
}

export async function createEndpoint(
  ctx: WebhookContext,
  userId: string,
  groupId: string,
  input: { url: string; events?: readonly WebhookEventType[] },
): Promise<{ endpoint: WebhookEndpointRow; secret: string }> {
  await requireGroupAdmin(ctx.store, groupId, userId);
  const url = await checkedUrl(ctx, input.url);
  const events = normaliseEvents(input.events);
  const secret = generateWebhookSecret();
  const id = crypto.randomUUID();
  const endpoint = await ctx.store.transaction(async (tx) => {
    // Serialises concurrent registrations of one group, so the limit holds.
    await tx.members.lockGroup(groupId);
    const existing = await tx.webhooks.pageEndpoints(groupId, { limit: MAX_ENDPOINTS_PER_GROUP });
    if (existing.items.length >= MAX_ENDPOINTS_PER_GROUP) {
      throw new ConflictError('webhook_limit_reached', `A group can have at most ${MAX_ENDPOINTS_PER_GROUP} webhook endpoints.`);
    }
    const created = await tx.webhooks.createEndpoint({ id, groupId, url, events, secretEncrypted: encryptWebhookSecret(ctx.secret, id, secret), at: ctx.now });
    await recordEndpointEvent(ctx, tx, groupId, id, { type: 'webhook.endpoint_created', data: { endpoint_id: id, url, events } });
    return created;
  });
  return { endpoint, secret };
}

export async function listEndpoints(ctx: WebhookContext, userId: string, groupId: string, page: PageRequest): Promise<Page<WebhookEndpointRow>> {
  await requireGroupAdmin(ctx.store, groupId, userId);
  return ctx.store.webhooks.pageEndpoints(groupId, page);
}

export async function updateEndpoint(
  ctx: WebhookContext,
  userId: string,
  id: string,
  change: { url?: string; events?: readonly WebhookEventType[]; enabled?: boolean },
): Promise<WebhookEndpointRow> {
  await adminEndpoint(ctx.store, id, userId);
  const url = change.url === undefined ? undefined : await checkedUrl(ctx, change.url);
  const events = change.events === undefined ? undefined : normaliseEvents(change.events);
  return ctx.store.transaction(async (tx) => {
    const updated = await tx.webhooks.updateEndpoint(id, { url, events, enabled: change.enabled, disabledReason: change.enabled === false ? 'admin' : null, at: ctx.now });
    if (!updated) throw new NotFoundError('webhook endpoint', 'webhook_not_found');
    const changes = { ...(url === undefined ? {} : { url }), ...(events === undefined ? {} : { events }), ...(change.enabled === undefined ? {} : { enabled: change.enabled }) };
    await recordEndpointEvent(ctx, tx, updated.groupId, id, { type: 'webhook.endpoint_updated', data: { endpoint_id: id, url: updated.url, changes } });
    return updated;
  });
}

export async function rotateSecret(ctx: WebhookContext, userId: string, id: string): Promise<{ endpoint: WebhookEndpointRow; secret: string }> {
  const endpoint = await adminEndpoint(ctx.store, id, userId);
  const secret = generateWebhookSecret();
  // Re-encrypted under the same id: the stored ciphertext moves to the "previous" column.
  const previous = encryptWebhookSecret(ctx.secret, id, decryptWebhookSecret(ctx.secret, id, endpoint.secretEncrypted));
  const until = new Date(ctx.now.getTime() + ctx.config.secretGraceHours * 3_600_000);
  return ctx.store.transaction(async (tx) => {
    const rotated = await tx.webhooks.rotateSecret(id, encryptWebhookSecret(ctx.secret, id, secret), previous, until, ctx.now);
    if (!rotated) throw new NotFoundError('webhook endpoint', 'webhook_not_found');
    await recordEndpointEvent(ctx, tx, rotated.groupId, id, { type: 'webhook.secret_rotated', data: { endpoint_id: id, url: rotated.url, grace_hours: ctx.config.secretGraceHours } });
    return { endpoint: rotated, secret };
  });
}

export async function deleteEndpoint(ctx: WebhookContext, userId: string, id: string): Promise<void> {
  const endpoint = await adminEndpoint(ctx.store, id, userId);
  await ctx.store.transaction(async (tx) => {
    if (!(await tx.webhooks.deleteEndpoint(id))) throw new NotFoundError('webhook endpoint', 'webhook_not_found');
    await recordEndpointEvent(ctx, tx, endpoint.groupId, id, { type: 'webhook.endpoint_deleted', data: { endpoint_id: id, url: endpoint.url } });
  });
}

/** Queues a `webhook.test` delivery (sent by the worker like any other). */
export async function queueTestEvent(ctx: WebhookContext, userId: string, id: string): Promise<WebhookDeliveryRow> {
  const endpoint = await adminEndpoint(ctx.store, id, userId);
  if (!endpoint.enabled) throw new ConflictError('webhook_disabled', 'The endpoint is disabled: enable it before sending a test event.');
  const body = JSON.stringify({ type: 'webhook.test', timestamp: ctx.now.toISOString(), data: { group_id: endpoint.groupId, endpoint_id: endpoint.id } });
  return ctx.store.webhooks.createDelivery({ id: newMessageId(), endpointId: id, eventType: 'webhook.test', body, at: ctx.now });
}

export async function listDeliveries(ctx: WebhookContext, userId: string, id: string, page: PageRequest): Promise<Page<WebhookDeliveryRow>> {
  await adminEndpoint(ctx.store, id, userId);
  return ctx.store.webhooks.pageDeliveries(id, page);
}
