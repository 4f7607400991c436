/**
 * @module http/routes/grants
 * Grants seen by installation owners and admins, narrowing a grant (the owner/admin drops
 * permissions without revoking it), and ending a grant (revoke by the owner/admin, relinquish by
 * a group admin).
 */
import { createRoute, z } from '@hono/zod-openapi';
import { secured } from '../api-security.js';
import { requireInstallationFor } from '../../domain/access-policy.js';
import { narrowGrant, revokeGrant } from '../../domain/grants.js';
import { createRouter, type AppDeps } from '../context.js';
import { requireUser } from '../middleware/session.js';
import { nextCursorSchema, pageQuery, pageRequest, toWirePage } from '../paging.js';
import { IdParam, problemResponses } from '../schemas.js';
import { GrantSchema, PermissionSchema, toGrant } from '../wire.js';

const tags = ['Grants'];

const listRoute = createRoute({
  operationId: 'listGrants',
  ...secured('cookie'),
  method: 'get',
  path: '/api/grants',
  tags,
  summary: 'Active grants on installations I own or administer, paged: installation by installation (by id), each one’s oldest first; with installation_id, that installation’s, oldest first',
  request: {
    query: z.object({
      installation_id: z.string().uuid().optional().openapi({ param: { name: 'installation_id', in: 'query' }, description: 'Only this installation' }),
      ...pageQuery(),
    }),
  },
  responses: {
    200: { description: 'Grants', content: { 'application/json': { schema: z.object({ items: z.array(GrantSchema), next_cursor: nextCursorSchema }) } } },
    ...problemResponses(400, 401, 404),
  },
});

export const UpdateGrantSchema = z
  .object({
    permissions: z
      .array(PermissionSchema)
      .openapi({ description: 'What the grant keeps: only permissions it holds (installation:read is implied and always kept).' }),
  })
  .strict()
  .openapi('UpdateGrantRequest');

const updateRoute = createRoute({
  operationId: 'updateGrant',
  ...secured('cookie'),
  method: 'patch',
  path: '/api/grants/{id}',
  tags,
  summary:
    'Narrow a grant to fewer permissions without revoking it (installation owner/admin); effective on the next request of every token. Widening is refused (422 grant_widening_requires_consent): it takes a new access request',
  request: { params: IdParam, body: { content: { 'application/json': { schema: UpdateGrantSchema } }, required: true } },
  responses: {
    200: { description: 'The grant as it now is', content: { 'application/json': { schema: GrantSchema } } },
    ...problemResponses(400, 401, 404, 422),
  },
});

const revokeRoute = createRoute({
  operationId: 'deleteGrant',
  ...secured('cookie'),
  method: 'delete',
  path: '/api/grants/{id}',
  tags,
  summary: 'Revoke a grant (installation owner/admin) or relinquish it (group admin); effective on the next request',
  request: { params: IdParam },
  responses: { 204: { description: 'Revoked' }, ...problemResponses(401, 403, 404) },
});

export function grantRoutes(deps: AppDeps) {
  const router = createRouter();

  router.openapi(listRoute, async (c) => {
    const user = requireUser(c);
    const query = c.req.valid('query');
    let grants;
    if (query.installation_id) {
      await requireInstallationFor(deps.store, { kind: 'user', user }, query.installation_id, 'manage');
      grants = await deps.store.grants.listForInstallation(query.installation_id, pageRequest(query, 2));
    } else {
      // Keyed by installation, then date and id (grant-store's owner order).
      grants = await deps.store.grants.listForOwner(user.id, pageRequest(query, 3));
    }
    return c.json(toWirePage(grants, toGrant), 200);
  });

  router.openapi(updateRoute, async (c) => {
    const user = requireUser(c);
    const { id } = c.req.valid('param');
    const grant = await narrowGrant(deps.store, { grantId: id, user, permissions: c.req.valid('json').permissions, now: deps.clock() });
    c.get('log').info('grant narrowed', { grant_id: id, permissions: grant.permissions });
    return c.json(toGrant(grant), 200);
  });

  router.openapi(revokeRoute, async (c) => {
    const user = requireUser(c);
    const { id } = c.req.valid('param');
    const { kind } = await revokeGrant(deps.store, { grantId: id, user, now: deps.clock() });
    c.get('log').info('grant ended', { grant_id: id, how: kind });
    return c.body(null, 204);
  });

  return router;
}

