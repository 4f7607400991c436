/**
 * @module http/routes/installations
 * The sample platform API: the caller's installations, an installation's details, charging
 * history and settings, and who has access to it. Owners/admins, members of a group with an
 * active grant, and bearer tokens of such a group get answers; everyone else gets 404.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { pageInstallationsFor, requireInstallationFor } from '../../domain/access-policy.js';
import { secured } from '../api-security.js';
import { callerOf } from '../caller.js';
import { createRouter, type AppDeps } from '../context.js';
import { nextCursorSchema, pageQuery, pageRequest, toWirePage } from '../paging.js';
import { IdParam, problemResponses } from '../schemas.js';
import { ChargingSessionSchema, InstallationDetailsSchema, toChargingSession, toInstallationDetails } from '../wire.js';
import { changeInstallationSettings } from '../../domain/installations.js';
import type { AccessEntry } from '../../domain/model/installation.js';

const tags = ['Installations'];
const json = <T extends z.ZodType>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });

export const InstallationSummarySchema = z
  .object({ id: z.string().uuid(), name: z.string(), address: z.string(), role: z.enum(['owner', 'admin', 'group']) })
  .openapi('InstallationSummary');

export const AccessEntrySchema = z
  .union([
    z.object({
      kind: z.literal('user'),
      id: z.string().uuid(),
      name: z.string(),
      email: z.string(),
      role: z.enum(['owner', 'admin']),
      since: z.string().datetime(),
      granted_by: z.object({ id: z.string().uuid(), name: z.string() }).nullable(),
    }),
    z.object({
      kind: z.literal('group'),
      id: z.string().uuid(),
      name: z.string(),
      lookup_key: z.string().openapi({ description: 'The group’s lookup key: the second way to find it (Zaptec: Permissions tab).' }),
      logo_url: z.string().nullable(),
      grant_id: z.string().uuid(),
      granted_at: z.string().datetime(),
      since: z.string().datetime(),
      granted_by: z.object({ id: z.string().uuid(), name: z.string() }).nullable(),
    }),
  ])
  .openapi('AccessEntry');

export const SettingsPatchSchema = z
  .object({
    name: z.string().trim().min(1).max(100).optional().openapi({ description: 'Display name, 1-100 characters.' }),
    max_current_a: z.number().int().min(6).max(32).optional().openapi({ description: 'Maximum current in amperes, 6-32.' }),
    authentication_required: z.boolean().optional(),
  })
  .strict()
  .refine((v) => Object.keys(v).length > 0, { message: 'Send at least one setting to change.' })
  .openapi('InstallationSettingsPatch');

const HistoryQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).optional().openapi({ param: { name: 'limit', in: 'query' }, description: 'At most this many sessions, newest first (default 100).' }),
});

const listRoute = createRoute({
  operationId: 'listInstallations',
  ...secured('cookieOrBearer'),
  method: 'get',
  path: '/api/installations',
  tags,
  summary: 'Installations I own, administer, or reach through a group’s grant; for a bearer token, those its group holds a grant on (scope installation:read); by name (then id), paged',
  request: { query: z.object(pageQuery()) },
  responses: { 200: json(z.object({ items: z.array(InstallationSummarySchema), next_cursor: nextCursorSchema }), 'Installations'), ...problemResponses(400, 401, 403) },
});
const detailsRoute = createRoute({
  operationId: 'getInstallation',
  ...secured('cookieOrBearer'),
  method: 'get',
  path: '/api/installations/{id}',
  tags,
  summary: 'An installation with its settings and chargers (scope installation:read for tokens)',
  request: { params: IdParam },
  responses: { 200: json(InstallationDetailsSchema, 'The installation'), ...problemResponses(401, 403, 404) },
});
const historyRoute = createRoute({
  operationId: 'getChargingHistory',
  ...secured('cookieOrBearer'),
  method: 'get',
  path: '/api/installations/{id}/charging-history',
  tags,
  summary: 'Charging sessions, newest first (scope installation:read)',
  request: { params: IdParam, query: HistoryQuery },
  responses: { 200: json(z.object({ items: z.array(ChargingSessionSchema) }), 'Charging history'), ...problemResponses(400, 401, 403, 404) },
});
const settingsRoute = createRoute({
  operationId: 'updateInstallationSettings',
  ...secured('cookieOrBearer'),
  method: 'patch',
  path: '/api/installations/{id}/settings',
  tags,
  summary: 'Change installation settings (scope installation:settings)',
  request: { params: IdParam, body: { content: { 'application/json': { schema: SettingsPatchSchema } }, required: true } },
  responses: { 200: json(InstallationDetailsSchema, 'The updated installation'), ...problemResponses(400, 401, 403, 404) },
});
const accessRoute = createRoute({
  operationId: 'listInstallationAccess',
  ...secured('cookieOrBearer'),
  method: 'get',
  path: '/api/installations/{id}/access',
  tags,
  summary: 'People and groups with access to the installation (groups with their lookup key): owners, then admins, then groups, each by date given (then id), paged',
  request: { params: IdParam, query: z.object(pageQuery()) },
  responses: { 200: json(z.object({ items: z.array(AccessEntrySchema), next_cursor: nextCursorSchema }), 'Access list'), ...problemResponses(400, 401, 404) },
});

function toAccessEntry(entry: AccessEntry): z.infer<typeof AccessEntrySchema> {
  if (entry.kind === 'user') {
    const { user } = entry;
    return { kind: 'user', id: user.userId, name: user.name, email: user.email, role: user.role, since: user.since.toISOString(), granted_by: user.grantedBy };
  }
  return {
    kind: 'group',
    id: entry.groupId,
    name: entry.groupName,
    lookup_key: entry.lookupKey,
    logo_url: entry.groupLogoUrl,
    grant_id: entry.grantId,
    granted_at: entry.since.toISOString(),
    since: entry.since.toISOString(),
    granted_by: entry.grantedBy,
  };
}

export function installationRoutes(deps: AppDeps) {
  const router = createRouter();
  const { store } = deps;

  router.openapi(listRoute, async (c) => {
    const page = await pageInstallationsFor(store, callerOf(c), pageRequest(c.req.valid('query'), 2));
    return c.json(toWirePage(page, (i) => ({ id: i.id, name: i.name, address: i.address, role: i.role })), 200);
  });

  router.openapi(detailsRoute, async (c) => {
    const installation = await requireInstallationFor(store, callerOf(c), c.req.valid('param').id, 'read');
    return c.json(toInstallationDetails(installation, await store.installations.listChargers(installation.id)), 200);
  });

  router.openapi(historyRoute, async (c) => {
    const installation = await requireInstallationFor(store, callerOf(c), c.req.valid('param').id, 'read');
    const sessions = await store.installations.listChargingHistory(installation.id, c.req.valid('query').limit ?? 100);
    return c.json({ items: sessions.map(toChargingSession) }, 200);
  });

  router.openapi(settingsRoute, async (c) => {
    const { name, ...settings } = c.req.valid('json');
    const updated = await changeInstallationSettings(store, callerOf(c), c.req.valid('param').id, { settings, name }, deps.clock());
    return c.json(toInstallationDetails(updated, await store.installations.listChargers(updated.id)), 200);
  });

  router.openapi(accessRoute, async (c) => {
    const installation = await requireInstallationFor(store, callerOf(c), c.req.valid('param').id, 'read');
    const page = await store.installations.listAccess(installation.id, pageRequest(c.req.valid('query'), 3));
    return c.json(toWirePage(page, toAccessEntry), 200);
  });

  return router;
}
