/**
 * @module http/routes/partners
 * One partner: details (account holders and the partner's admins), logo, admin change, linked
 * installations (grants), what still gives access, member invitations (partner admins) and
 * deactivation. Logos are served with the type detected at upload, `nosniff` and a CSP that
 * forbids everything, so even a crafted file can never run as a page.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { secured } from '../api-security.js';
import type { Context } from 'hono';
import { requireGroupAdmin } from '../../domain/authorization.js';
import { revokeGrant } from '../../domain/grants.js';
import {
  changePartnerAdmin,
  deactivatePartner,
  inviteMember,
  linkInstallation,
  requirePartnerOfAccountHolder,
  requirePartnerViewer,
} from '../../domain/partners.js';
import { NotFoundError } from '../../errors.js';
import type { Partner } from '../../domain/model/partner.js';
import type { User } from '../../domain/model/user.js';
import { createRouter, type AppEnv } from '../context.js';
import { AuditEventSchema, toAuditEvent } from '../wire.js';
import { requireUser } from '../middleware/session.js';
import { nextCursorSchema, pageQuery, pageRequest, toWirePage } from '../paging.js';
import { IdParam, problemResponses } from '../schemas.js';
import type { AppDeps } from '../context.js';
import { partnerContext } from '../domain-contexts.js';
import {
  AdminSchema,
  GrantSchema,
  json,
  jsonBody,
  PartnerInvitationSchema,
  PartnerSchema,
  RemainingAccessSchema,
  toGrantJson,
  toInvitationJson,
  toPartnerJson,
  toRemainingJson,
} from './partner-schemas.js';

export const InvitePartnerMemberBody = z
  .object({
    email: z.string().max(320),
    role: z.enum(['admin', 'member']),
    first_name: z.string().max(200).optional(),
    last_name: z.string().max(200).optional(),
  })
  .openapi('InvitePartnerMember');

export const PartnerInvitationListSchema = z.object({ items: z.array(PartnerInvitationSchema), next_cursor: nextCursorSchema }).openapi('PartnerInvitationList');

const tags = ['Partners'];
const GrantParams = z.object({
  id: z.string().uuid().openapi({ param: { name: 'id', in: 'path' } }),
  grant_id: z.string().uuid().openapi({ param: { name: 'grant_id', in: 'path' } }),
});

const routes = {
  get: createRoute({
    operationId: 'getPartner', ...secured('cookie'),
    method: 'get', path: '/api/partners/{id}', tags,
    summary: 'A partner’s details, domains and admin (account holders of its organisation, or its admins)',
    request: { params: IdParam },
    responses: { 200: json(PartnerSchema, 'Partner'), ...problemResponses(401, 404) },
  }),
  changeAdmin: createRoute({
    operationId: 'changePartnerAdmin', ...secured('cookie'),
    method: 'put', path: '/api/partners/{id}/admin', tags,
    summary: 'Invite a new partner admin; the change happens when the invitation is accepted',
    request: { params: IdParam, body: jsonBody(AdminSchema) },
    responses: { 202: json(z.object({ invitation: PartnerInvitationSchema }), 'Invitation sent'), ...problemResponses(400, 401, 404, 409, 422) },
  }),
  grants: createRoute({
    operationId: 'listPartnerGrants', ...secured('cookie'),
    method: 'get', path: '/api/partners/{id}/grants', tags,
    summary: 'Installations linked to the partner (active grants), oldest first (then by id), paged',
    request: { params: IdParam, query: z.object(pageQuery()) },
    responses: { 200: json(z.object({ items: z.array(GrantSchema), next_cursor: nextCursorSchema }), 'Grants'), ...problemResponses(400, 401, 404) },
  }),
  link: createRoute({
    operationId: 'linkPartnerInstallation', ...secured('cookie'),
    method: 'post', path: '/api/partners/{id}/grants', tags,
    summary: 'Link an installation you own or administer to the partner (creates a grant)',
    request: { params: IdParam, body: jsonBody(z.object({ installation_id: z.string().uuid() }).openapi('LinkInstallation')) },
    responses: { 201: json(GrantSchema, 'Linked'), 200: json(GrantSchema, 'Already linked'), ...problemResponses(400, 401, 404, 409) },
  }),
  unlink: createRoute({
    operationId: 'unlinkPartnerInstallation', ...secured('cookie'),
    method: 'delete', path: '/api/partners/{id}/grants/{grant_id}', tags,
    summary: 'Revoke a grant of the partner on an installation you own or administer',
    request: { params: GrantParams },
    responses: { 204: { description: 'Revoked' }, ...problemResponses(401, 403, 404) },
  }),
  audit: createRoute({
    operationId: 'listPartnerAudit', ...secured('cookie'),
    method: 'get', path: '/api/partners/{id}/audit', tags,
    summary: 'The partner’s history (registration, invitations, admin changes, grants, deactivation), newest first (events of one instant in the order written), paged',
    request: { params: IdParam, query: z.object(pageQuery()) },
    responses: { 200: json(z.object({ items: z.array(AuditEventSchema), next_cursor: nextCursorSchema }), 'Events'), ...problemResponses(400, 401, 404) },
  }),
  access: createRoute({
    operationId: 'getPartnerAccess', ...secured('cookie'),
    method: 'get', path: '/api/partners/{id}/access', tags,
    summary: 'What still gives the partner access (grants, service accounts): all must go before deactivation',
    request: { params: IdParam },
    responses: { 200: json(RemainingAccessSchema, 'Remaining access'), ...problemResponses(401, 404) },
  }),
  deactivate: createRoute({
    operationId: 'deactivatePartner', ...secured('cookie'),
    method: 'post', path: '/api/partners/{id}/deactivate', tags,
    summary: 'Deactivate the partner, irreversibly (needs no remaining access and confirm = the partner’s name)',
    request: { params: IdParam, body: jsonBody(z.object({ confirm: z.string().max(500).optional() }).openapi('DeactivatePartner')) },
    responses: { 200: json(PartnerSchema, 'Deactivated'), ...problemResponses(400, 401, 404, 409) },
  }),
  invitations: createRoute({
    operationId: 'listPartnerInvitations', ...secured('cookie'),
    method: 'get', path: '/api/partners/{id}/invitations', tags,
    summary: 'Email invitations of the partner, newest first (then by id), paged (account holders and partner admins)',
    request: { params: IdParam, query: z.object(pageQuery()) },
    responses: { 200: json(PartnerInvitationListSchema, 'Invitations'), ...problemResponses(400, 401, 404) },
  }),
  invite: createRoute({
    operationId: 'invitePartnerMember', ...secured('cookie'),
    method: 'post', path: '/api/partners/{id}/invitations', tags,
    summary: 'Invite a person of the registered domains as Admin or Member (partner admins)',
    request: {
      params: IdParam,
      body: jsonBody(InvitePartnerMemberBody),
    },
    responses: { 201: json(PartnerInvitationSchema, 'Invited'), ...problemResponses(400, 401, 403, 404, 422) },
  }),
};

function sendLogo(c: Context<AppEnv>, logo: { contentType: string; bytes: Uint8Array; sha256: string } | undefined) {
  if (!logo) throw new NotFoundError('logo');
  const etag = `"${logo.sha256.slice(0, 32)}"`;
  const headers = {
    'content-type': logo.contentType,
    'x-content-type-options': 'nosniff',
    'content-security-policy': "default-src 'none'; frame-ancestors 'none'; sandbox",
    'content-disposition': 'inline',
    'cache-control': 'public, max-age=300',
    'cross-origin-resource-policy': 'cross-origin',
    etag,
  };
  if (c.req.header('if-none-match') === etag) return c.body(null, 304, headers);
  return c.body(logo.bytes as Uint8Array<ArrayBuffer>, 200, headers);
}

const logoRoute = {
  operationId: 'getPartnerLogo',
  ...secured('none'),
  method: 'get' as const,
  path: '/api/partners/{id}/logo',
  tags,
  summary: 'A group’s logo (PNG, JPEG or WebP as uploaded, or SVG); public, cached 5 minutes, ETag',
  request: { params: z.object({ id: z.string().openapi({ param: { name: 'id', in: 'path' } }) }) },
  responses: {
    200: { description: 'The logo', content: { 'image/*': { schema: { type: 'string' as const, format: 'binary' } } } },
    304: { description: 'Not modified (If-None-Match)' },
    ...problemResponses(404),
  },
};

export function partnerRoutes(deps: AppDeps) {
  const router = createRouter();
  const { store } = deps;

  router.openapi(routes.get, async (c) => {
    const partner = await requirePartnerViewer(deps.store, c.req.valid('param').id, requireUser(c));
    const now = deps.clock();
    const pending = partner.deactivatedAt ? undefined : await store.emailInvitations.findPendingAdmin(partner.id, now);
    return c.json(toPartnerJson(partner, pending, now), 200);
  });

  // Public: logos appear on consent pages and partner sites (a logo is not a secret).
  const logo = async (c: Context<AppEnv>) => {
    const id = c.req.param('id') ?? '';
    if (!/^[0-9a-f-]{36}$/i.test(id)) throw new NotFoundError('logo');
    return sendLogo(c, await store.partners.findLogo(id));
  };
  router.get('/api/partners/:id/logo', logo);
  router.get('/logos/:id', logo);
  // Documented under /api (a generated client may fetch it); /logos/:id is its short alias for pages.
  router.openAPIRegistry.registerPath(logoRoute);

  router.openapi(routes.changeAdmin, async (c) => {
    const body = c.req.valid('json');
    const ctx = partnerContext(deps, c);
    const invitation = await changePartnerAdmin(ctx, requireUser(c), c.req.valid('param').id, {
      firstName: body.first_name,
      lastName: body.last_name,
      email: body.email,
    });
    return c.json({ invitation: toInvitationJson(invitation, ctx.now) }, 202);
  });

  router.openapi(routes.grants, async (c) => {
    const { partner } = await requirePartnerOfAccountHolder(store, c.req.valid('param').id, requireUser(c));
    return c.json(toWirePage(await store.grants.listForGroup(partner.id, pageRequest(c.req.valid('query'), 2)), toGrantJson), 200);
  });

  router.openapi(routes.link, async (c) => {
    const { grant, created } = await linkInstallation(partnerContext(deps, c), requireUser(c), c.req.valid('param').id, c.req.valid('json').installation_id);
    return c.json(toGrantJson(grant), created ? 201 : 200);
  });

  router.openapi(routes.unlink, async (c) => {
    const user = requireUser(c);
    const { id, grant_id } = c.req.valid('param');
    const { partner } = await requirePartnerOfAccountHolder(store, id, user);
    const grant = await store.grants.findById(grant_id);
    if (!grant || grant.groupId !== partner.id) throw new NotFoundError('grant');
    await revokeGrant(store, { grantId: grant_id, user, now: deps.clock() });
    return c.body(null, 204);
  });

  router.openapi(routes.audit, async (c) => {
    const partner = await requirePartnerViewer(deps.store, c.req.valid('param').id, requireUser(c));
    return c.json(toWirePage(await store.audit.listForGroup(partner.id, pageRequest(c.req.valid('query'), 2)), toAuditEvent), 200);
  });

  router.openapi(routes.access, async (c) => {
    const { partner } = await requirePartnerOfAccountHolder(store, c.req.valid('param').id, requireUser(c));
    return c.json(toRemainingJson(await store.partners.remainingAccess(partner.id)), 200);
  });

  router.openapi(routes.deactivate, async (c) => {
    const ctx = partnerContext(deps, c);
    const partner = await deactivatePartner(ctx, requireUser(c), c.req.valid('param').id, c.req.valid('json').confirm);
    c.get('log').info('partner deactivated', { partner_id: partner.id });
    return c.json(toPartnerJson(partner, undefined, ctx.now), 200);
  });

  router.openapi(routes.invitations, async (c) => {
    const partner = await requirePartnerViewer(deps.store, c.req.valid('param').id, requireUser(c));
    const now = deps.clock();
    const page = await store.emailInvitations.listForGroup(partner.id, pageRequest(c.req.valid('query'), 2));
    return c.json(toWirePage(page, (i) => toInvitationJson(i, now)), 200);
  });

  router.openapi(routes.invite, async (c) => {
    const user = requireUser(c);
    const { id } = c.req.valid('param');
    const body = c.req.valid('json');
    await requireGroupAdmin(store, id, user.id);
    const ctx = partnerContext(deps, c);
    const invitation = await inviteMember(ctx, user, id, { email: body.email, role: body.role, firstName: body.first_name, lastName: body.last_name });
    return c.json(toInvitationJson(invitation, ctx.now), 201);
  });

  return router;
}
