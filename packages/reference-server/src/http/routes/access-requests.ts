/**
 * @module http/routes/access-requests
 * The JSON side of the consent page, for `<gk-consent>`: read a pending request, page through or
 * search the installations it offers, approve it for one installation, deny it, or go back to the
 * partner without deciding (cancel). Same domain functions as the no-JavaScript form; the response
 * names the URL the browser should go to next. An expired request answers every call with a 410
 * `access_request_expired` problem whose `redirect_url` extension is the way back to the partner
 * (`error=expired`), when the request has a return URL.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { secured } from '../api-security.js';
import { isUuid } from '@grantkit/sdk/rules';
import { approveAccessRequest, cancelAccessRequest, consentInstallations, consentView, denyAccessRequest } from '../../domain/access-requests.js';
import { invalidCursor, nextCursorSchema, pageQuery, pageRequest, toWirePage } from '../paging.js';
import { createRouter, type AppDeps } from '../context.js';
import { requireUser } from '../middleware/session.js';
import { IdParam, problemResponses } from '../schemas.js';
import { AccessRequestViewSchema, ConsentInstallationSchema, toAccessRequestView, toConsentInstallation } from '../wire.js';
import { accessRequestContext } from '../domain-contexts.js';

const tags = ['Access requests'];
const json = <T extends z.ZodType>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });

export const ApproveBody = z.object({ installation_id: z.string().uuid() }).openapi('ApproveAccessRequest');
export const RedirectSchema = z.object({
  redirect_url: z.string().url().openapi({
    description:
      'The return URL with the return-trip parameters and `response` (the same parameters as a JWT signed with the JWKS keys: ' +
      '`typ: oauth-authz-resp+jwt`, `iss`, `aud` = the lookup key, `iat`, `exp` in 5 minutes; FAPI JARM), or the receipt page',
  }),
});
export const ApproveResponseSchema = RedirectSchema.extend({ grant_id: z.string().uuid() }).openapi('ApproveAccessResponse');

export const CancelBody = z
  .object({
    reason: z.enum(['already_shared', 'cancelled']).openapi({
      description: '`already_shared`: the partner already has access to what was offered. `cancelled`: any other reason to go back.',
    }),
  })
  .openapi('CancelAccessRequest');
export const ConsentInstallationPageSchema = z
  .object({ items: z.array(ConsentInstallationSchema), next_cursor: nextCursorSchema })
  .openapi('ConsentInstallationPage');
export const InstallationsQuery = z.object({
  q: z
    .string()
    .max(100)
    .optional()
    .openapi({ param: { name: 'q', in: 'query' }, description: 'Text to find in the name or address (case-insensitive, plain text).' }),
  ...pageQuery({ default: 20, max: 100 }),
});

const viewRoute = createRoute({
  operationId: 'getAccessRequest',
  ...secured('cookie'),
  method: 'get',
  path: '/api/access-requests/{id}',
  tags,
  summary: 'A pending access request of mine, as the consent card shows it',
  request: { params: IdParam },
  responses: { 200: json(AccessRequestViewSchema, 'The request'), ...problemResponses(401, 404, 409, 410) },
});
const approveRoute = createRoute({
  operationId: 'approveAccessRequest',
  ...secured('cookie'),
  method: 'post',
  path: '/api/access-requests/{id}/approve',
  tags,
  summary: 'Approve for one installation I own or administer (creates or reuses the grant)',
  request: { params: IdParam, body: { content: { 'application/json': { schema: ApproveBody } }, required: true } },
  responses: {
    200: json(ApproveResponseSchema, 'Approved'),
    ...problemResponses(400, 401, 403, 404, 409, 410),
  },
});
const installationsRoute = createRoute({
  operationId: 'listAccessRequestInstallations',
  ...secured('cookie'),
  method: 'get',
  path: '/api/access-requests/{id}/installations',
  tags,
  summary: 'More installations the request offers, or those matching a search, a page at a time',
  description:
    'The installations I own or administer that the consent card offers (already shared ones only with `show_existing`), by name. ' +
    'Without `q`, the preselected installation leads the first page. `already_shared` is read for the ids of this page only.',
  request: { params: IdParam, query: InstallationsQuery },
  responses: { 200: json(ConsentInstallationPageSchema, 'One page'), ...problemResponses(400, 401, 404, 409, 410) },
});
const cancelRoute = createRoute({
  operationId: 'cancelAccessRequest',
  ...secured('cookie'),
  method: 'post',
  path: '/api/access-requests/{id}/cancel',
  tags,
  summary: 'Go back to the partner without deciding (e.g. everything is already shared)',
  description:
    'Ends the request and answers where to go: the return URL with `success=false&error=already_shared` (plus `installation_id` when the link named one) ' +
    'or `error=cancelled`, with `lookup_key`, `state` and `iss`; or the receipt page. Idempotent: cancelling again answers the same.',
  request: { params: IdParam, body: { content: { 'application/json': { schema: CancelBody } }, required: true } },
  responses: { 200: json(RedirectSchema.openapi('CancelAccessResponse'), 'Cancelled'), ...problemResponses(400, 401, 403, 404, 409, 410) },
});
const denyRoute = createRoute({
  operationId: 'denyAccessRequest',
  ...secured('cookie'),
  method: 'post',
  path: '/api/access-requests/{id}/deny',
  tags,
  summary: 'Deny the request',
  request: { params: IdParam },
  responses: { 200: json(RedirectSchema.openapi('DenyAccessResponse'), 'Denied'), ...problemResponses(401, 403, 404, 409, 410) },
});

export function accessRequestRoutes(deps: AppDeps) {
  const router = createRouter();

  router.openapi(viewRoute, async (c) => {
    const user = requireUser(c);
    const view = await consentView(accessRequestContext(deps), c.req.valid('param').id, user.id);
    return c.json(toAccessRequestView(view), 200);
  });

  router.openapi(approveRoute, async (c) => {
    const user = requireUser(c);
    const { id } = c.req.valid('param');
    const approval = await approveAccessRequest(accessRequestContext(deps), { id, user, installationId: c.req.valid('json').installation_id });
    c.get('log').info('access request approved', { access_request_id: id, grant_id: approval.grant.id, grant_created: approval.grantCreated });
    return c.json({ redirect_url: approval.redirectUrl, grant_id: approval.grant.id }, 200);
  });

  router.openapi(installationsRoute, async (c) => {
    const user = requireUser(c);
    const query = c.req.valid('query');
    const page = pageRequest(query, 2);
    // The keyset is (lower(name), id): a forged cursor with a non-uuid id is refused here, not by SQL.
    if (page.after && !isUuid(page.after[1] ?? '')) throw invalidCursor();
    const found = await consentInstallations(accessRequestContext(deps), { id: c.req.valid('param').id, userId: user.id, search: query.q, page });
    return c.json(toWirePage(found, toConsentInstallation), 200);
  });

  router.openapi(cancelRoute, async (c) => {
    const user = requireUser(c);
    const { id } = c.req.valid('param');
    const { reason } = c.req.valid('json');
    const { redirectUrl } = await cancelAccessRequest(accessRequestContext(deps), { id, user, reason });
    c.get('log').info('access request cancelled', { access_request_id: id, reason });
    return c.json({ redirect_url: redirectUrl }, 200);
  });

  router.openapi(denyRoute, async (c) => {
    const user = requireUser(c);
    const { id } = c.req.valid('param');
    const { redirectUrl } = await denyAccessRequest(accessRequestContext(deps), { id, user });
    c.get('log').info('access request denied', { access_request_id: id });
    return c.json({ redirect_url: redirectUrl }, 200);
  });

  return router;
}
