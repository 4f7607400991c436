/**
 * @module http/routes/groups
 * Who am I, my groups, a group's details (admins: lookup key and return URLs) and its grants.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { secured } from '../api-security.js';
import { requireGroupAdmin } from '../../domain/authorization.js';
import { MAX_EMBEDDING_ORIGINS, setEmbeddingOrigins } from '../../domain/embedding-origins.js';
import { createRouter, type AppDeps } from '../context.js';
import { requireUser } from '../middleware/session.js';
import { nextCursorSchema, pageQuery, pageRequest, toWirePage } from '../paging.js';
import { IdParam, problemResponses, UserSchema } from '../schemas.js';
import { GrantSchema, GroupMembershipSchema, toGrant, toMembership } from '../wire.js';

const json = <T extends z.ZodType>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });

export const GroupDetailsSchema = z
  .object({
    id: z.string().uuid(),
    name: z.string(),
    logo_url: z.string().nullable(),
    lookup_key: z.string(),
    return_urls: z.array(z.string()),
    embedding_origins: z.array(z.string()).openapi({ description: 'Origins that may frame this group’s consent (`display=embedded`), sorted.' }),
    members_count: z.number().int(),
  })
  .openapi('GroupDetails');

export const EmbeddingOriginsSchema = z
  .object({
    origins: z
      .array(z.string().max(300))
      .max(100)
      .openapi({ description: `Exact origins (https, or http on loopback; no wildcard, path or query), at most ${MAX_EMBEDDING_ORIGINS} distinct; replaces the list. An empty list stops embedding.`, example: ['https://acme-energy.example'] }),
  })
  .openapi('EmbeddingOrigins');

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
const embeddingOriginsRoute = createRoute({
  operationId: 'setEmbeddingOrigins',
  ...secured('cookie'),
  method: 'put',
  path: '/api/groups/{id}/embedding-origins',
  tags: ['Groups'],
  summary: 'Replace the origins that may embed the group’s consent (group admins); effective on the next page load',
  request: { params: IdParam, body: { required: true, content: { 'application/json': { schema: EmbeddingOriginsSchema } } } },
  responses: { 200: json(EmbeddingOriginsSchema, 'The origins now registered, normalised and sorted'), ...problemResponses(400, 401, 403, 404) },
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

  router.openapi(detailsRoute, async (c) => {
    const user = requireUser(c);
    const { group } = await requireGroupAdmin(store, c.req.valid('param').id, user.id);
    const [returnUrls, embeddingOrigins, members] = [
      await store.groups.listReturnUrls(group.id),
      await store.groups.listEmbeddingOrigins(group.id),
      await store.groups.countMembers(group.id),
    ];
    return c.json(
      {
        id: group.id,
        name: group.name,
        logo_url: group.logoUrl,
        lookup_key: group.lookupKey,
        return_urls: returnUrls,
        embedding_origins: embeddingOrigins,
        members_count: members,
      },
      200,
    );
  });

  router.openapi(embeddingOriginsRoute, async (c) => {
    const user = requireUser(c);
    const origins = await setEmbeddingOrigins(
      { store, now: deps.clock() },
      { groupId: c.req.valid('param').id, userId: user.id, actor: { userId: user.id, label: user.name }, origins: c.req.valid('json').origins },
    );
    return c.json({ origins }, 200);
  });

  router.openapi(grantsRoute, async (c) => {
    const user = requireUser(c);
    const { group } = await requireGroupAdmin(store, c.req.valid('param').id, user.id);
    return c.json(toWirePage(await store.grants.listForGroup(group.id, pageRequest(c.req.valid('query'), 2)), toGrant), 200);
  });

  return router;
}
