/**
 * @module http/routes/groups
 * Who am I, my groups, a group's details (admins: lookup key, return URLs, default permissions),
 * its settings (admins: the default permission set a link asks for when it names none) and its grants.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { secured } from '../api-security.js';
import { requireGroupAdmin } from '../../domain/authorization.js';
import { createRouter, type AppDeps } from '../context.js';
import { requireUser } from '../middleware/session.js';
import { nextCursorSchema, pageQuery, pageRequest, toWirePage } from '../paging.js';
import { IdParam, problemResponses, UserSchema } from '../schemas.js';
import { GrantSchema, GroupMembershipSchema, PermissionSchema, toGrant, toMembership, toPermissions } from '../wire.js';
import { setDefaultPermissions } from '../../domain/group-settings.js';
import type { Group } from '../../domain/model/group.js';

const json = <T extends z.ZodType>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });

export const GroupDetailsSchema = z
  .object({
    id: z.string().uuid(),
    name: z.string(),
    logo_url: z.string().nullable(),
    lookup_key: z.string(),
    return_urls: z.array(z.string()),
    members_count: z.number().int(),
    default_permissions: z
      .array(PermissionSchema)
      .optional()
      .openapi({ description: 'Always sent. What an access-request link asks for when it names no permissions or authorization_details (installation:read included).' }),
  })
  .openapi('GroupDetails');

export const UpdateGroupSchema = z
  .object({
    default_permissions: z
      .array(PermissionSchema)
      .optional()
      .openapi({ description: 'The default permission set; installation:read is implied and always kept.' }),
  })
  .strict()
  .openapi('UpdateGroupRequest');

const meRoute = createRoute({
  operationId: 'me',
  ...secured('cookie'),
  method: 'get',
  path: '/api/me',
  tags: ['Session'],
  summary: 'The logged-in user and their groups',
  responses: { 200: json(z.object({ user: UserSchema, groups: z.array(GroupMembershipSchema) }), 'Me'), ...problemResponses(401) },
});
const listRoute = createRoute({
  operationId: 'listGroups',
  ...secured('cookie'),
  method: 'get',
  path: '/api/groups',
  tags: ['Groups'],
  summary: 'Groups I belong to, by name (then id), paged',
  request: { query: z.object(pageQuery()) },
  responses: { 200: json(z.object({ items: z.array(GroupMembershipSchema), next_cursor: nextCursorSchema }), 'Groups'), ...problemResponses(400, 401) },
});
const detailsRoute = createRoute({
  operationId: 'getGroup',
  ...secured('cookie'),
  method: 'get',
  path: '/api/groups/{id}',
  tags: ['Groups'],
  summary: 'A group’s details, including its lookup key and registered return URLs (group admins)',
  request: { params: IdParam },
  responses: { 200: json(GroupDetailsSchema, 'The group'), ...problemResponses(401, 403, 404) },
});
const updateRoute = createRoute({
  operationId: 'updateGroup',
  ...secured('cookie'),
  method: 'patch',
  path: '/api/groups/{id}',
  tags: ['Groups'],
  summary: 'Change the group’s settings: the default permission set its links ask for (group admins)',
  request: { params: IdParam, body: { content: { 'application/json': { schema: UpdateGroupSchema } }, required: true } },
  responses: { 200: json(GroupDetailsSchema, 'The group'), ...problemResponses(400, 401, 403, 404) },
});
const grantsRoute = createRoute({
  operationId: 'listGroupGrants',
  ...secured('cookie'),
  method: 'get',
  path: '/api/groups/{id}/grants',
  tags: ['Groups'],
  summary: 'Active grants the group holds, oldest first (then by id), paged (group admins)',
  request: { params: IdParam, query: z.object(pageQuery()) },
  responses: { 200: json(z.object({ items: z.array(GrantSchema), next_cursor: nextCursorSchema }), 'Grants'), ...problemResponses(400, 401, 403, 404) },
});

export function groupRoutes(deps: AppDeps) {
  const router = createRouter();
  const { store } = deps;

  router.openapi(meRoute, async (c) => {
    const user = requireUser(c);
    const memberships = await store.groups.listMemberships(user.id);
    return c.json({ user: { id: user.id, email: user.email, name: user.name }, groups: memberships.map(toMembership) }, 200);
  });

  router.openapi(listRoute, async (c) => {
    const user = requireUser(c);
    const page = await store.groups.pageMemberships(user.id, pageRequest(c.req.valid('query'), 2));
    return c.json(toWirePage(page, toMembership), 200);
  });

  const details = async (group: Group) => ({
    id: group.id,
    name: group.name,
    logo_url: group.logoUrl,
    lookup_key: group.lookupKey,
    return_urls: await store.groups.listReturnUrls(group.id),
    members_count: await store.groups.countMembers(group.id),
    default_permissions: toPermissions(group.defaultPermissions),
  });

  router.openapi(detailsRoute, async (c) => {
    const user = requireUser(c);
    const { group } = await requireGroupAdmin(store, c.req.valid('param').id, user.id);
    return c.json(await details(group), 200);
  });

  router.openapi(updateRoute, async (c) => {
    const user = requireUser(c);
    const { group } = await requireGroupAdmin(store, c.req.valid('param').id, user.id);
    const body = c.req.valid('json');
    const updated = body.default_permissions ? await setDefaultPermissions(store, { group, user, permissions: body.default_permissions, now: deps.clock() }) : group;
    return c.json(await details(updated), 200);
  });

  router.openapi(grantsRoute, async (c) => {
    const user = requireUser(c);
    const { group } = await requireGroupAdmin(store, c.req.valid('param').id, user.id);
    return c.json(toWirePage(await store.grants.listForGroup(group.id, pageRequest(c.req.valid('query'), 2)), toGrant), 200);
  });

  return router;
}
