/**
 * @module http/routes/service-accounts
 * A group's service accounts, for its admins: list, create, regenerate the secret, change the
 * password, delete. The secret appears once, in the create or regenerate response; responses
 * carrying it are `Cache-Control: no-store`. Another group's accounts answer 404.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { secured } from '../api-security.js';
import type { Context } from 'hono';
import { requireGroupAdmin } from '../../domain/authorization.js';
import {
  changePassword,
  createServiceAccount,
  deleteServiceAccount,
  GRACE_MAX_MINUTES,
  listServiceAccounts,
  NAME_MAX,
  PASSWORD_MAX,
  regenerateSecret,
  type Actor,
  type ServiceAccountContext,
} from '../../domain/service-accounts.js';
import type { ServiceAccount, ServiceAccountView } from '../../domain/model/service-account.js';
import { createRouter, type AppDeps, type AppEnv } from '../context.js';
import { requireUser } from '../middleware/session.js';
import { nextCursorSchema, pageQuery, pageRequest, toWirePage } from '../paging.js';
import { problemResponses } from '../schemas.js';
import { toValidationError } from '../validation.js';
import { PermissionSchema, toPermissions } from '../wire.js';

export const ServiceAccountSchema = z
  .object({
    id: z.string().uuid(),
    name: z.string(),
    client_id: z.string().openapi({ example: 'gksa_3f9c0e5a7b1d2c4e6f8a0b1c' }),
    secret_kind: z.enum(['generated', 'password']),
    installation_id: z.string().uuid().nullable().openapi({ description: 'The data set; null means every installation the group is granted' }),
    installation_name: z.string().nullable(),
    permissions: z.array(PermissionSchema).optional().openapi({ description: 'Always sent. Its own permission set: its tokens never carry more (it acts within the group’s grants ∩ this set).' }),
    created_at: z.string(),
    secret_changed_at: z.string(),
    last_used_at: z.string().nullable(),
  })
  .openapi('ServiceAccount');

export const ServiceAccountListSchema = z.object({ items: z.array(ServiceAccountSchema), next_cursor: nextCursorSchema }).openapi('ServiceAccountList');

export const SecretResponse = z
  .object({
    service_account: ServiceAccountSchema,
    client_id: z.string(),
    client_secret: z.string().nullable().openapi({ description: 'Shown once. Null when the admin chose a password.' }),
    token_endpoint: z.string(),
  })
  .openapi('ServiceAccountSecret');

const GroupParam = z.object({ groupId: z.string().uuid().openapi({ param: { name: 'groupId', in: 'path' } }) });
const AccountParam = GroupParam.extend({ id: z.string().uuid().openapi({ param: { name: 'id', in: 'path' } }) });

export const CreateBody = z
  .object({
    name: z.string().max(NAME_MAX * 2),
    installation_id: z.string().uuid().nullable().optional(),
    password: z.string().max(PASSWORD_MAX * 2).nullable().optional().openapi({ description: 'Omit to get a generated 256-bit secret' }),
    permissions: z
      .array(PermissionSchema)
      .nullable()
      .optional()
      .openapi({ description: 'Its own permission set (installation:read is implied); omit for the whole catalogue.' }),
  })
  .openapi('CreateServiceAccount');
const RegenerateBody = z
  .object({ grace_period_minutes: z.number().int().min(0).max(GRACE_MAX_MINUTES).optional() })
  .openapi('RegenerateServiceAccountSecret');
const PasswordBody = z.object({ password: z.string().max(PASSWORD_MAX * 2) }).openapi('ChangeServiceAccountPassword');

const json = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } }, required: true });
const base = '/api/groups/{groupId}/service-accounts';
const tags = ['Service accounts'];
const errors = problemResponses(400, 401, 403, 404, 409);

const routes = {
  list: createRoute({
    operationId: 'listServiceAccounts', ...secured('cookie'),
    method: 'get', path: base, tags, summary: "List the group's service accounts by name (then id), paged (group admin)",
    request: { params: GroupParam, query: z.object(pageQuery()) },
    responses: { 200: { description: 'Accounts', content: { 'application/json': { schema: ServiceAccountListSchema } } }, ...errors },
  }),
  create: createRoute({
    operationId: 'createServiceAccount', ...secured('cookie'),
    method: 'post', path: base, tags, summary: 'Create a service account; the response shows its secret once',
    request: { params: GroupParam, body: json(CreateBody) },
    responses: { 201: { description: 'Created', content: { 'application/json': { schema: SecretResponse } } }, ...errors },
  }),
  regenerate: createRoute({
    operationId: 'regenerateServiceAccountSecret', ...secured('cookie'),
    method: 'post', path: `${base}/{id}/regenerate`, tags, summary: 'Generate a new secret (optionally keep the old one valid for a grace period)',
    // Body (optional, read by the handler): { grace_period_minutes }.
    request: { params: AccountParam },
    responses: { 200: { description: 'New secret, shown once', content: { 'application/json': { schema: SecretResponse } } }, ...errors },
  }),
  password: createRoute({
    operationId: 'changeServiceAccountPassword', ...secured('cookie'),
    method: 'put', path: `${base}/{id}/password`, tags, summary: 'Set a password chosen by the admin; earlier tokens stop working',
    request: { params: AccountParam, body: json(PasswordBody) },
    responses: { 200: { description: 'Changed', content: { 'application/json': { schema: z.object({ service_account: ServiceAccountSchema }) } } }, ...errors },
  }),
  remove: createRoute({
    operationId: 'deleteServiceAccount', ...secured('cookie'),
    method: 'delete', path: `${base}/{id}`, tags, summary: 'Delete a service account; its tokens stop working',
    request: { params: AccountParam },
    responses: { 204: { description: 'Deleted' }, ...errors },
  }),
};

export function toWire(a: ServiceAccount | ServiceAccountView) {
  return {
    id: a.id,
    name: a.name,
    client_id: a.clientId,
    secret_kind: a.secretKind,
    installation_id: a.installationId,
    installation_name: 'installationName' in a ? a.installationName : null,
    permissions: toPermissions(a.permissions),
    created_at: a.createdAt.toISOString(),
    secret_changed_at: a.secretChangedAt.toISOString(),
    last_used_at: a.lastUsedAt?.toISOString() ?? null,
  };
}

export function serviceAccountRoutes(deps: AppDeps) {
  const router = createRouter();
  const service = deps.tokens;
  const tokenEndpoint = `${deps.config.publicUrl}/oauth/token`;

  async function admin(c: Context<AppEnv>, groupId: string): Promise<{ ctx: ServiceAccountContext; actor: Actor }> {
    const user = requireUser(c);
    await requireGroupAdmin(deps.store, groupId, user.id);
    c.header('cache-control', 'no-store');
    return { ctx: { store: deps.store, now: deps.clock(), passwordCost: deps.config.passwordCost }, actor: { userId: user.id, label: user.name } };
  }

  router.openapi(routes.list, async (c) => {
    const { groupId } = c.req.valid('param');
    const { ctx } = await admin(c, groupId);
    await service.lastUsed.flush();
    const page = await listServiceAccounts(ctx, groupId, pageRequest(c.req.valid('query'), 2));
    return c.json(toWirePage(page, toWire), 200);
  });

  router.openapi(routes.create, async (c) => {
    const { groupId } = c.req.valid('param');
    const body = c.req.valid('json');
    const { ctx, actor } = await admin(c, groupId);
    const { account, clientSecret } = await createServiceAccount(ctx, actor, groupId, {
      name: body.name,
      installationId: body.installation_id ?? null,
      password: body.password ?? null,
      permissions: body.permissions ?? null,
    });
    c.get('log').info('service account created', { group_id: groupId, client_id: account.clientId });
    return c.json({ service_account: toWire(account), client_id: account.clientId, client_secret: clientSecret, token_endpoint: tokenEndpoint }, 201);
  });

  router.openapi(routes.regenerate, async (c) => {
    const { groupId, id } = c.req.valid('param');
    // The body is optional (no grace period); an empty body is `{}`.
    const text = await c.req.text();
    let body: unknown = {};
    try {
      body = text.trim() ? JSON.parse(text) : {};
    } catch {
      throw new SyntaxError('malformed JSON');
    }
    const parsed = RegenerateBody.safeParse(body);
    if (!parsed.success) throw toValidationError(parsed.error);
    const { ctx, actor } = await admin(c, groupId);
    const { account, clientSecret } = await regenerateSecret(ctx, actor, groupId, id, { graceMinutes: parsed.data.grace_period_minutes ?? 0 });
    c.get('log').info('service account secret regenerated', { group_id: groupId, client_id: account.clientId });
    return c.json({ service_account: toWire(account), client_id: account.clientId, client_secret: clientSecret, token_endpoint: tokenEndpoint }, 200);
  });

  router.openapi(routes.password, async (c) => {
    const { groupId, id } = c.req.valid('param');
    const { password } = c.req.valid('json');
    const { ctx, actor } = await admin(c, groupId);
    const account = await changePassword(ctx, actor, groupId, id, password);
    c.get('log').info('service account password changed', { group_id: groupId, client_id: account.clientId });
    return c.json({ service_account: toWire(account) }, 200);
  });

  router.openapi(routes.remove, async (c) => {
    const { groupId, id } = c.req.valid('param');
    const { ctx, actor } = await admin(c, groupId);
    await deleteServiceAccount(ctx, actor, groupId, id);
    c.get('log').info('service account deleted', { group_id: groupId, service_account_id: id });
    return c.body(null, 204);
  });

  return router;
}
