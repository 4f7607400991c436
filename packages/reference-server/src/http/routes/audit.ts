/**
 * @module http/routes/audit
 * The audit history: an installation's (owners/admins), a group's (group admins) or an
 * organisation's partner changes (its account holders).
 */
import { createRoute, z } from '@hono/zod-openapi';
import { secured } from '../api-security.js';
import { requireInstallationFor } from '../../domain/access-policy.js';
import { requireGroupAdmin } from '../../domain/authorization.js';
import { requireAccountHolder } from '../../domain/partners.js';
import { invalid } from '../../errors.js';
import { createRouter, type AppDeps } from '../context.js';
import { requireUser } from '../middleware/session.js';
import { nextCursorSchema, pageQuery, pageRequest, toWirePage } from '../paging.js';
import { problemResponses } from '../schemas.js';
import { AuditEventSchema, toAuditEvent } from '../wire.js';

const auditRoute = createRoute({
  operationId: 'listAudit',
  ...secured('cookie'),
  method: 'get',
  path: '/api/audit',
  tags: ['Audit'],
  summary:
    'Audit events of an installation (owner/admin), a group (group admin) or an organisation (account holder), newest first (events of one instant in the order written), paged',
  request: {
    query: z.object({
      installation_id: z.string().uuid().optional().openapi({ param: { name: 'installation_id', in: 'query' } }),
      group_id: z.string().uuid().optional().openapi({ param: { name: 'group_id', in: 'query' } }),
      organisation_id: z.string().uuid().optional().openapi({ param: { name: 'organisation_id', in: 'query' } }),
      ...pageQuery(),
    }),
  },
  responses: {
    200: { description: 'Events', content: { 'application/json': { schema: z.object({ items: z.array(AuditEventSchema), next_cursor: nextCursorSchema }) } } },
    ...problemResponses(400, 401, 403, 404),
  },
});

export function auditRoutes(deps: AppDeps) {
  const router = createRouter();
  router.openapi(auditRoute, async (c) => {
    const user = requireUser(c);
    const query = c.req.valid('query');
    const { installation_id, group_id, organisation_id } = query;
    if ([installation_id, group_id, organisation_id].filter(Boolean).length > 1) {
      throw invalid(group_id ? 'group_id' : 'organisation_id', 'exclusive', 'Pass one of installation_id, group_id or organisation_id.');
    }
    if (installation_id) {
      await requireInstallationFor(deps.store, { kind: 'user', user }, installation_id, 'manage');
      return c.json(toWirePage(await deps.store.audit.listForInstallation(installation_id, pageRequest(query, 2)), toAuditEvent), 200);
    }
    if (group_id) {
      await requireGroupAdmin(deps.store, group_id, user.id);
      return c.json(toWirePage(await deps.store.audit.listForGroup(group_id, pageRequest(query, 2)), toAuditEvent), 200);
    }
    if (organisation_id) {
      await requireAccountHolder(deps.store, organisation_id, user);
      return c.json(toWirePage(await deps.store.audit.listForOrganisation(organisation_id, pageRequest(query, 2)), toAuditEvent), 200);
    }
    throw invalid('installation_id', 'required', 'Pass installation_id or group_id.');
  });
  return router;
}
