/**
 * @module http/routes/audit
 * The audit history: an installation's (owners/admins) or a group's (group admins).
 */
import { createRoute, z } from '@hono/zod-openapi';
import { secured } from '../api-security.js';
import { requireGroupAdmin, requireInstallationManager } from '../../domain/authorization.js';
import { invalid } from '../../errors.js';
import { createRouter, type AppDeps } from '../context.js';
import { requireUser } from '../middleware/session.js';
import { problemResponses } from '../schemas.js';
import { AuditEventSchema, toAuditEvent } from '../wire.js';

const auditRoute = createRoute({
  operationId: 'listAudit',
  ...secured('cookie'),
  method: 'get',
  path: '/api/audit',
  tags: ['Audit'],
  summary: 'Audit events of an installation (owner/admin) or a group (group admin), newest first',
  request: {
    query: z.object({
      installation_id: z.string().uuid().optional().openapi({ param: { name: 'installation_id', in: 'query' } }),
      group_id: z.string().uuid().optional().openapi({ param: { name: 'group_id', in: 'query' } }),
    }),
  },
  responses: {
    200: { description: 'Events', content: { 'application/json': { schema: z.object({ items: z.array(AuditEventSchema) }) } } },
    ...problemResponses(400, 401, 403, 404),
  },
});

export function auditRoutes(deps: AppDeps) {
  const router = createRouter();
  router.openapi(auditRoute, async (c) => {
    const user = requireUser(c);
    const { installation_id, group_id } = c.req.valid('query');
    if (installation_id && group_id) throw invalid('group_id', 'exclusive', 'Pass installation_id or group_id, not both.');
    if (installation_id) {
      await requireInstallationManager(deps.store, installation_id, user.id);
      return c.json({ items: (await deps.store.audit.listForInstallation(installation_id)).map(toAuditEvent) }, 200);
    }
    if (group_id) {
      await requireGroupAdmin(deps.store, group_id, user.id);
      return c.json({ items: (await deps.store.audit.listForGroup(group_id)).map(toAuditEvent) }, 200);
    }
    throw invalid('installation_id', 'required', 'Pass installation_id or group_id.');
  });
  return router;
}
