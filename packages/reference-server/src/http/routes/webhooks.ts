/**
 * @module http/routes/webhooks
 * A group's webhook endpoints, for its admins (webhooks/endpoints.ts): register, list, read,
 * change, delete, rotate the secret, queue a test event, and the deliveries newest first. The
 * secret appears once, in the register or rotate response (`Cache-Control: no-store`).
 */
import { createRoute, z } from '@hono/zod-openapi';
import { WEBHOOK_EVENT_TYPES } from '@grantkit/sdk';
import type { Context } from 'hono';
import type { WebhookDeliveryRow, WebhookEndpointRow } from '../../domain/model/webhook.js';
import {
  adminEndpoint,
  createEndpoint,
  deleteEndpoint,
  listDeliveries,
  listEndpoints,
  queueTestEvent,
  rotateSecret,
  updateEndpoint,
  type WebhookContext,
} from '../../webhooks/endpoints.js';
import { secured } from '../api-security.js';
import { createRouter, type AppDeps, type AppEnv } from '../context.js';
import { requireUser } from '../middleware/session.js';
import { nextCursorSchema, pageQuery, pageRequest, toWirePage } from '../paging.js';
import { problemResponses } from '../schemas.js';

const EventType = z.enum(WEBHOOK_EVENT_TYPES);
/** Long enough for any real receiver URL, short enough to keep a row small. */
const URL_MAX = 2048;

export const WebhookEndpointSchema = z
  .object({
    id: z.string().uuid(),
    group_id: z.string().uuid(),
    url: z.string().openapi({ example: 'https://partner.example/webhooks/grantkit' }),
    events: z.array(EventType),
    enabled: z.boolean(),
    disabled_reason: z.enum(['admin', 'failing']).nullable(),
    created_at: z.string(),
    updated_at: z.string(),
  })
  .openapi('WebhookEndpoint');

export const WebhookEndpointWithSecretSchema = WebhookEndpointSchema.extend({
  secret: z.string().openapi({ description: 'Standard Webhooks secret (`whsec_` + base64 of 32 bytes). Shown once.' }),
}).openapi('WebhookEndpointWithSecret');

export const WebhookEndpointListSchema = z.object({ items: z.array(WebhookEndpointSchema), next_cursor: nextCursorSchema }).openapi('WebhookEndpointList');

export const WebhookDeliverySchema = z
  .object({
    id: z.string().openapi({ description: 'The `webhook-id` header, the same on every attempt', example: 'msg_2b7Yc1Qm0aVfGk3nR9sT4uWx' }),
    event_type: z.enum([...WEBHOOK_EVENT_TYPES, 'webhook.test']),
    status: z.enum(['pending', 'succeeded', 'failed']),
    attempts: z.number().int(),
    response_status: z.number().int().nullable(),
    last_error: z.string().nullable(),
    created_at: z.string(),
    last_attempt_at: z.string().nullable(),
    next_attempt_at: z.string().nullable(),
  })
  .openapi('WebhookDelivery');

export const WebhookDeliveryListSchema = z.object({ items: z.array(WebhookDeliverySchema), next_cursor: nextCursorSchema }).openapi('WebhookDeliveryList');
export const WebhookTestResponseSchema = z.object({ delivery: WebhookDeliverySchema }).openapi('WebhookTestResponse');

export const CreateWebhookBody = z
  .object({
    url: z.string().max(URL_MAX),
    events: z.array(EventType).max(WEBHOOK_EVENT_TYPES.length * 2).optional().openapi({ description: 'Omit to subscribe to every type' }),
  })
  .openapi('CreateWebhookEndpoint');
export const UpdateWebhookBody = z
  .object({ url: z.string().max(URL_MAX).optional(), events: z.array(EventType).max(WEBHOOK_EVENT_TYPES.length * 2).optional(), enabled: z.boolean().optional() })
  .openapi('UpdateWebhookEndpoint');

const GroupParam = z.object({ groupId: z.string().uuid().openapi({ param: { name: 'groupId', in: 'path' } }) });
const EndpointParam = z.object({ id: z.string().uuid().openapi({ param: { name: 'id', in: 'path' } }) });
const json = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } }, required: true });
const ok = <T extends z.ZodType>(description: string, schema: T) => ({ description, content: { 'application/json': { schema } } });
const tags = ['Webhooks'];
const errors = problemResponses(400, 401, 403, 404, 409);

const routes = {
  list: createRoute({
    operationId: 'listWebhookEndpoints', ...secured('cookie'),
    method: 'get', path: '/api/groups/{groupId}/webhooks', tags, summary: "List the group's webhook endpoints, newest first, paged (group admin)",
    request: { params: GroupParam, query: z.object(pageQuery()) },
    responses: { 200: ok('Endpoints', WebhookEndpointListSchema), ...errors },
  }),
  create: createRoute({
    operationId: 'createWebhookEndpoint', ...secured('cookie'),
    method: 'post', path: '/api/groups/{groupId}/webhooks', tags, summary: 'Register a webhook endpoint; the response shows its signing secret once',
    request: { params: GroupParam, body: json(CreateWebhookBody) },
    responses: { 201: ok('Registered', WebhookEndpointWithSecretSchema), ...errors },
  }),
  get: createRoute({
    operationId: 'getWebhookEndpoint', ...secured('cookie'),
    method: 'get', path: '/api/webhooks/{id}', tags, summary: 'One webhook endpoint (group admin)',
    request: { params: EndpointParam },
    responses: { 200: ok('Endpoint', WebhookEndpointSchema), ...errors },
  }),
  update: createRoute({
    operationId: 'updateWebhookEndpoint', ...secured('cookie'),
    method: 'patch', path: '/api/webhooks/{id}', tags, summary: 'Change the URL or events, or enable/disable the endpoint',
    request: { params: EndpointParam, body: json(UpdateWebhookBody) },
    responses: { 200: ok('Changed', WebhookEndpointSchema), ...errors },
  }),
  remove: createRoute({
    operationId: 'deleteWebhookEndpoint', ...secured('cookie'),
    method: 'delete', path: '/api/webhooks/{id}', tags, summary: 'Delete the endpoint and its deliveries',
    request: { params: EndpointParam },
    responses: { 204: { description: 'Deleted' }, ...errors },
  }),
  rotate: createRoute({
    operationId: 'rotateWebhookSecret', ...secured('cookie'),
    method: 'post', path: '/api/webhooks/{id}/rotate-secret', tags,
    summary: 'New signing secret, shown once; the old one keeps signing beside it for a grace period (GRANTKIT_WEBHOOK_SECRET_GRACE_HOURS)',
    request: { params: EndpointParam },
    responses: { 200: ok('New secret', WebhookEndpointWithSecretSchema), ...errors },
  }),
  test: createRoute({
    operationId: 'sendWebhookTestEvent', ...secured('cookie'),
    method: 'post', path: '/api/webhooks/{id}/test', tags, summary: 'Queue a `webhook.test` delivery to the endpoint',
    request: { params: EndpointParam },
    responses: { 202: ok('Queued', WebhookTestResponseSchema), ...errors },
  }),
  deliveries: createRoute({
    operationId: 'listWebhookDeliveries', ...secured('cookie'),
    method: 'get', path: '/api/webhooks/{id}/deliveries', tags, summary: "The endpoint's deliveries, newest first, paged, with status, attempts and the last response code",
    request: { params: EndpointParam, query: z.object(pageQuery()) },
    responses: { 200: ok('Deliveries', WebhookDeliveryListSchema), ...errors },
  }),
};

export function toWireEndpoint(e: WebhookEndpointRow): z.infer<typeof WebhookEndpointSchema> {
  return {
    id: e.id,
    group_id: e.groupId,
    url: e.url,
    events: e.events as z.infer<typeof EventType>[],
    enabled: e.enabled,
    disabled_reason: e.disabledReason,
    created_at: e.createdAt.toISOString(),
    updated_at: e.updatedAt.toISOString(),
  };
}

export function toWireDelivery(d: WebhookDeliveryRow): z.infer<typeof WebhookDeliverySchema> {
  return {
    id: d.id,
    event_type: d.eventType as z.infer<typeof WebhookDeliverySchema>['event_type'],
    status: d.status,
    attempts: d.attempts,
    response_status: d.responseStatus,
    last_error: d.lastError,
    created_at: d.createdAt.toISOString(),
    last_attempt_at: d.lastAttemptAt?.toISOString() ?? null,
    next_attempt_at: d.status === 'pending' ? (d.nextAttemptAt?.toISOString() ?? null) : null,
  };
}

export function webhookRoutes(deps: AppDeps) {
  const router = createRouter();
  const context = (c: Context<AppEnv>): { ctx: WebhookContext; userId: string } => {
    const user = requireUser(c);
    c.header('cache-control', 'no-store');
    return { ctx: { store: deps.store, config: deps.config.webhooks, secret: deps.config.secret, now: deps.clock(), actor: { userId: user.id, label: user.name } }, userId: user.id };
  };

  router.openapi(routes.list, async (c) => {
    const { ctx, userId } = context(c);
    const page = await listEndpoints(ctx, userId, c.req.valid('param').groupId, pageRequest(c.req.valid('query'), 2));
    return c.json(toWirePage(page, toWireEndpoint), 200);
  });

  router.openapi(routes.create, async (c) => {
    const { ctx, userId } = context(c);
    const { groupId } = c.req.valid('param');
    const { endpoint, secret } = await createEndpoint(ctx, userId, groupId, c.req.valid('json'));
    c.get('log').info('webhook endpoint registered', { group_id: groupId, endpoint_id: endpoint.id });
    return c.json({ ...toWireEndpoint(endpoint), secret }, 201);
  });

  router.openapi(routes.get, async (c) => {
    const { ctx, userId } = context(c);
    return c.json(toWireEndpoint(await adminEndpoint(ctx.store, c.req.valid('param').id, userId)), 200);
  });

  router.openapi(routes.update, async (c) => {
    const { ctx, userId } = context(c);
    const endpoint = await updateEndpoint(ctx, userId, c.req.valid('param').id, c.req.valid('json'));
    c.get('log').info('webhook endpoint changed', { group_id: endpoint.groupId, endpoint_id: endpoint.id });
    return c.json(toWireEndpoint(endpoint), 200);
  });

  router.openapi(routes.remove, async (c) => {
    const { ctx, userId } = context(c);
    const { id } = c.req.valid('param');
    await deleteEndpoint(ctx, userId, id);
    c.get('log').info('webhook endpoint deleted', { endpoint_id: id });
    return c.body(null, 204);
  });

  router.openapi(routes.rotate, async (c) => {
    const { ctx, userId } = context(c);
    const { endpoint, secret } = await rotateSecret(ctx, userId, c.req.valid('param').id);
    c.get('log').info('webhook secret rotated', { group_id: endpoint.groupId, endpoint_id: endpoint.id });
    return c.json({ ...toWireEndpoint(endpoint), secret }, 200);
  });

  router.openapi(routes.test, async (c) => {
    const { ctx, userId } = context(c);
    const delivery = await queueTestEvent(ctx, userId, c.req.valid('param').id);
    return c.json({ delivery: toWireDelivery(delivery) }, 202);
  });

  router.openapi(routes.deliveries, async (c) => {
    const { ctx, userId } = context(c);
    const page = await listDeliveries(ctx, userId, c.req.valid('param').id, pageRequest(c.req.valid('query'), 2));
    return c.json(toWirePage(page, toWireDelivery), 200);
  });

  return router;
}
