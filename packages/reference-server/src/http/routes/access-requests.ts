/**
 * @module http/routes/access-requests
 * The JSON side of the consent page, for `<gk-consent>`: read a pending request, approve it for
 * one installation, or deny it. Same domain functions as the no-JavaScript form; the response
 * names the URL the browser should go to next.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { secured } from '../api-security.js';
import { approveAccessRequest, consentView, denyAccessRequest } from '../../domain/access-requests.js';
import { createRouter, type AppDeps } from '../context.js';
import { requireUser } from '../middleware/session.js';
import { IdParam, problemResponses } from '../schemas.js';
import { AccessRequestViewSchema, toAccessRequestView } from '../wire.js';
import { accessRequestContext } from '../domain-contexts.js';

const tags = ['Access requests'];
const json = <T extends z.ZodType>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });

export const ApproveBody = z.object({ installation_id: z.string().uuid() }).openapi('ApproveAccessRequest');
export const RedirectSchema = z.object({
  redirect_url: z.string().url().openapi({ description: 'The return URL with the return-trip parameters, or the receipt page' }),
});
export const ApproveResponseSchema = RedirectSchema.extend({ grant_id: z.string().uuid() }).openapi('ApproveAccessResponse');

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
    const view = await consentView(deps.store, c.req.valid('param').id, user.id, deps.clock());
    return c.json(toAccessRequestView(view), 200);
  });

  router.openapi(approveRoute, async (c) => {
    const user = requireUser(c);
    const { id } = c.req.valid('param');
    const approval = await approveAccessRequest(accessRequestContext(deps), { id, user, installationId: c.req.valid('json').installation_id });
    c.get('log').info('access request approved', { access_request_id: id, grant_id: approval.grant.id, grant_created: approval.grantCreated });
    return c.json({ redirect_url: approval.redirectUrl, grant_id: approval.grant.id }, 200);
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
