/**
 * @module http/routes/invitation-codes
 * Create (group admins), redeem (any logged-in user), list and deactivate (admins) invitation
 * codes. Thin: parse, call domain/invitation-codes.ts, shape the answer.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { secured } from '../api-security.js';
import {
  CODE_LIMITS,
  createInvitationCodes,
  deactivateInvitationCode,
  LIST_LIMITS,
  listInvitationCodes,
  redeemInvitationCode,
} from '../../domain/invitation-codes.js';
import { INVITATION_CODE_STATUSES, REDEMPTION_OUTCOMES, type RedemptionOutcome } from '../../domain/model/invitation-code.js';
import { clientAddress } from '../client-address.js';
import { createRouter, type AppDeps } from '../context.js';
import { requireUser } from '../middleware/session.js';
import { nextCursorSchema, pageQuery, pageRequest, toWirePage } from '../paging.js';
import { IdParam, problemResponses } from '../schemas.js';
import { GroupRefSchema, InvitationCodeSchema, RoleSchema, toRole, toWireCode } from './invitation-schemas.js';

const json = <T extends z.ZodType>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });

export const CreateBody = z
  .object({
    count: z.number().openapi({ description: `How many equivalent codes (${CODE_LIMITS.minCount}-${CODE_LIMITS.maxCount})`, example: 3 }).default(1),
    validity_days: z
      .number()
      .openapi({ description: `Days the codes stay valid (${CODE_LIMITS.minDays}-${CODE_LIMITS.maxDays})`, example: CODE_LIMITS.defaultDays })
      .default(CODE_LIMITS.defaultDays),
    roles: z.array(z.string().max(100)).max(20).openapi({ description: 'Role keys of the group catalogue; an exclusive role stands alone', example: ['installer'] }),
  })
  .openapi('CreateInvitationCodesRequest');

export const CreatedBatchSchema = z
  .object({
    batch_id: z.string().uuid(),
    group: GroupRefSchema,
    roles: z.array(RoleSchema),
    expires_at: z.string().datetime(),
    items: z.array(InvitationCodeSchema),
    copy_text: z.string().openapi({ description: '"Copy all codes": the group, the validity date and every code, one per line' }),
  })
  .openapi('CreatedInvitationCodes');

const createCodesRoute = createRoute({
  operationId: 'createInvitationCodes',
  ...secured('cookie'),
  method: 'post',
  path: '/api/groups/{id}/invitation-codes',
  tags: ['Invitation codes'],
  summary: 'Create 1-10 invitation codes for a group (group admins)',
  request: { params: IdParam, body: { content: { 'application/json': { schema: CreateBody } }, required: true } },
  responses: { 201: json(CreatedBatchSchema, 'Created'), ...problemResponses(400, 401, 403, 404) },
});

const ListQuery = z.object({
  status: z.enum(INVITATION_CODE_STATUSES as ['valid', 'used', 'deactivated', 'expired']).optional(),
  group_id: z.string().uuid().optional(),
  ...pageQuery({ default: LIST_LIMITS.defaultPageSize, max: LIST_LIMITS.maxPageSize }),
});

export const CodeListSchema = z
  .object({ items: z.array(InvitationCodeSchema), total: z.number().int(), next_cursor: nextCursorSchema })
  .openapi('InvitationCodeList');

const listCodesRoute = createRoute({
  operationId: 'listInvitationCodes',
  ...secured('cookie'),
  method: 'get',
  path: '/api/invitation-codes',
  tags: ['Invitation codes'],
  summary: 'Codes of the groups I administer, newest first (then by id), filtered by status and group, paged; `total` counts every page',
  request: { query: ListQuery },
  responses: { 200: json(CodeListSchema, 'One page of codes'), ...problemResponses(400, 401, 403, 404) },
});

const deactivateRoute = createRoute({
  operationId: 'deactivateInvitationCode',
  ...secured('cookie'),
  method: 'post',
  path: '/api/invitation-codes/{id}/deactivate',
  tags: ['Invitation codes'],
  summary: 'Deactivate a valid code (admins of its group)',
  request: { params: IdParam },
  responses: { 200: json(InvitationCodeSchema, 'Deactivated'), ...problemResponses(401, 404, 409, 410) },
});

export const RedeemBody = z.object({ code: z.string().max(200).openapi({ example: '0601152c-6aa0-4f6d-5e85-464249405207' }) }).openapi('RedeemInvitationCodeRequest');

export const RedemptionSchema = z
  .object({
    outcome: z.enum(REDEMPTION_OUTCOMES as [RedemptionOutcome, ...RedemptionOutcome[]]).openapi({
      description:
        '`joined`: the user became a member. `roles_added`: a member gained the roles listed in `roles_added` (the code is used up). `already_member`: the member already has every role of the code; the code was not used and nothing changed.',
    }),
    group: GroupRefSchema.extend({ logo_url: z.string().nullable() }),
    roles: z.array(RoleSchema).openapi({ description: 'Every role the membership now has' }),
    roles_added: z.array(z.string()).openapi({ description: 'Role keys this code added (empty for `already_member`)' }),
    is_admin: z.boolean(),
  })
  .openapi('Redemption');

const redeemRoute = createRoute({
  operationId: 'redeemInvitationCode',
  ...secured('cookie'),
  method: 'post',
  path: '/api/invitation-codes/redeem',
  tags: ['Invitation codes'],
  summary: 'Redeem a code: join its group with its roles, or gain the roles a member lacks (once per code)',
  description:
    'Errors: 400 `code_malformed`, 404 `code_unknown`, 409 `code_already_used`, 410 `code_deactivated`, 410 `code_expired`, 409 `roles_conflict`, 429 `rate_limited`.',
  request: { body: { content: { 'application/json': { schema: RedeemBody } }, required: true } },
  responses: { 200: json(RedemptionSchema, 'Joined, roles added, or already a member (`outcome`)'), ...problemResponses(400, 401, 404, 409, 410, 429) },
});

export function invitationCodeRoutes(deps: AppDeps) {
  const router = createRouter();

  router.openapi(createCodesRoute, async (c) => {
    const actor = requireUser(c);
    const body = c.req.valid('json');
    const now = deps.clock();
    const batch = await createInvitationCodes(deps.store, {
      actor,
      groupId: c.req.valid('param').id,
      count: body.count,
      validityDays: body.validity_days,
      roles: body.roles,
      now,
    });
    c.get('log').info('invitation codes created', { group_id: batch.group.id, count: batch.codes.length, user_id: actor.id });
    return c.json(
      {
        batch_id: batch.batchId,
        group: { id: batch.group.id, name: batch.group.name, lookup_key: batch.group.lookupKey },
        roles: batch.roles.map(toRole),
        expires_at: batch.expiresAt.toISOString(),
        items: batch.codes.map((code) => toWireCode(code, now)),
        copy_text: batch.copyText,
      },
      201,
    );
  });

  router.openapi(listCodesRoute, async (c) => {
    const actor = requireUser(c);
    const q = c.req.valid('query');
    const now = deps.clock();
    const page = await listInvitationCodes(deps.store, { actor, groupId: q.group_id, status: q.status, page: pageRequest(q, 2), now });
    return c.json({ ...toWirePage(page, (code) => toWireCode(code, now)), total: page.total }, 200);
  });

  router.openapi(deactivateRoute, async (c) => {
    const actor = requireUser(c);
    const now = deps.clock();
    const code = await deactivateInvitationCode(deps.store, { actor, id: c.req.valid('param').id, now });
    return c.json(toWireCode(code, now), 200);
  });

  router.openapi(redeemRoute, async (c) => {
    const user = requireUser(c);
    const result = await redeemInvitationCode(deps.store, {
      user,
      code: c.req.valid('json').code,
      address: clientAddress(c, deps.config.trustedProxies),
      now: deps.clock(),
      limits: deps.config.rateLimits,
    });
    c.get('log').info('invitation code redeemed', { group_id: result.group.id, user_id: user.id, outcome: result.outcome });
    return c.json(
      {
        outcome: result.outcome,
        group: { id: result.group.id, name: result.group.name, lookup_key: result.group.lookupKey, logo_url: result.group.logoUrl },
        roles: result.roles.map(toRole),
        roles_added: [...result.added],
        is_admin: result.isAdmin,
      },
      200,
    );
  });

  return router;
}
