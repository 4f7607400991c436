/**
 * @module http/routes/members
 * A group's role catalogue (members) and member management (admins): list, change roles,
 * remove. Thin: parse, call domain/members.ts, shape the answer.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { secured } from '../api-security.js';
import { changeMemberRoles, listMembers, listRoleCatalogue, removeMember } from '../../domain/members.js';
import { createRouter, type AppDeps } from '../context.js';
import { requireUser } from '../middleware/session.js';
import { nextCursorSchema, pageQuery, pageRequest, toWirePage } from '../paging.js';
import { IdParam, problemResponses } from '../schemas.js';
import { MemberSchema, RoleSchema, toRole, toWireMember } from './invitation-schemas.js';

const json = <T extends z.ZodType>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });

const MemberParams = IdParam.extend({
  userId: z.string().uuid().openapi({ param: { name: 'userId', in: 'path' } }),
});

const rolesRoute = createRoute({
  operationId: 'listGroupRoles',
  ...secured('cookie'),
  method: 'get',
  path: '/api/groups/{id}/roles',
  tags: ['Members'],
  summary: "The group's role catalogue (any member of the group)",
  request: { params: IdParam },
  responses: { 200: json(z.object({ items: z.array(RoleSchema) }).openapi('RoleList'), 'Roles'), ...problemResponses(401, 404) },
});

const listRoute = createRoute({
  operationId: 'listMembers',
  ...secured('cookie'),
  method: 'get',
  path: '/api/groups/{id}/members',
  tags: ['Members'],
  summary: 'Members of a group with their roles, by name then email (then id), paged (group admins)',
  request: { params: IdParam, query: z.object(pageQuery()) },
  responses: {
    200: json(z.object({ items: z.array(MemberSchema), next_cursor: nextCursorSchema }).openapi('MemberList'), 'Members'),
    ...problemResponses(400, 401, 403, 404),
  },
});

export const RolesBody = z
  .object({ roles: z.array(z.string().max(100)).max(20).openapi({ example: ['installer', 'operator'] }) })
  .openapi('ChangeMemberRolesRequest');

const changeRoute = createRoute({
  operationId: 'changeMemberRoles',
  ...secured('cookie'),
  method: 'patch',
  path: '/api/groups/{id}/members/{userId}',
  tags: ['Members'],
  summary: "Replace a member's roles (same rules as codes; the last admin keeps an admin role)",
  request: { params: MemberParams, body: { content: { 'application/json': { schema: RolesBody } }, required: true } },
  responses: { 200: json(MemberSchema, 'Changed'), ...problemResponses(400, 401, 403, 404, 409) },
});

const removeRoute = createRoute({
  operationId: 'removeMember',
  ...secured('cookie'),
  method: 'delete',
  path: '/api/groups/{id}/members/{userId}',
  tags: ['Members'],
  summary: 'Remove a member from the group (never the last admin: 409 `last_admin`)',
  request: { params: MemberParams },
  responses: { 204: { description: 'Removed' }, ...problemResponses(401, 403, 404, 409) },
});

export function memberRoutes(deps: AppDeps) {
  const router = createRouter();

  router.openapi(rolesRoute, async (c) => {
    const roles = await listRoleCatalogue(deps.store, { actor: requireUser(c), groupId: c.req.valid('param').id });
    return c.json({ items: roles.map(toRole) }, 200);
  });

  router.openapi(listRoute, async (c) => {
    const page = pageRequest(c.req.valid('query'), 3);
    const members = await listMembers(deps.store, { actor: requireUser(c), groupId: c.req.valid('param').id, page });
    return c.json(toWirePage(members, toWireMember), 200);
  });

  router.openapi(changeRoute, async (c) => {
    const { id, userId } = c.req.valid('param');
    const member = await changeMemberRoles(deps.store, { actor: requireUser(c), groupId: id, userId, roles: c.req.valid('json').roles, now: deps.clock() });
    return c.json(toWireMember(member), 200);
  });

  router.openapi(removeRoute, async (c) => {
    const { id, userId } = c.req.valid('param');
    await removeMember(deps.store, { actor: requireUser(c), groupId: id, userId, now: deps.clock() });
    return c.body(null, 204);
  });

  return router;
}
