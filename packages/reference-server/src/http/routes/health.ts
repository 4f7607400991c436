/**
 * @module http/routes/health
 * Probes for whoever runs the server (a load balancer, Kubernetes, `npm start`):
 *
 * - `GET /healthz` (liveness): the process answers; it never touches the database, so a slow or
 *   absent database does not get a healthy process restarted. It names the instance
 *   (`GRANTKIT_INSTANCE_ID`), so a supervisor can tell its own child from another process that
 *   holds the port.
 * - `GET /readyz` (readiness): the database answers and every migration this build ships is
 *   applied; otherwise 503 problem+json, and traffic should go elsewhere until it recovers.
 *
 * Neither is written to the access log (http/middleware/request-context.ts): probes every few
 * seconds would drown the requests that matter. Both answer `no-store` so no cache serves a
 * stale state.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { DomainError } from '../../errors.js';
import { createRouter, type AppDeps } from '../context.js';
import { ProblemSchema } from '../schemas.js';

const NO_STORE = { 'cache-control': 'no-store' } as const;

const healthRoute = createRoute({
  operationId: 'getHealth',
  // No credentials: probes carry none (OpenAPI 3.1 §4.8.10: an empty list removes the requirement).
  security: [],
  method: 'get',
  path: '/healthz',
  tags: ['Operations'],
  summary: 'Liveness: the process answers (never checks the database)',
  responses: {
    200: {
      description: 'The process is up',
      content: {
        'application/json': {
          schema: z
            .object({
              status: z.literal('ok'),
              instance: z.string().openapi({ description: 'This process (GRANTKIT_INSTANCE_ID, or a random id per start)' }),
            })
            .openapi('Health'),
        },
      },
    },
  },
});

const readyRoute = createRoute({
  operationId: 'getReadiness',
  security: [],
  method: 'get',
  path: '/readyz',
  tags: ['Operations'],
  summary: 'Readiness: the database answers and every shipped migration is applied',
  responses: {
    200: {
      description: 'Ready for traffic',
      content: {
        'application/json': {
          schema: z
            .object({ status: z.literal('ready'), migrations: z.number().int().openapi({ description: 'Migrations applied' }) })
            .openapi('Readiness'),
        },
      },
    },
    503: {
      description: 'Not ready: `database_unavailable` (no answer within 2 s, or an error) or `migrations_pending`',
      content: { 'application/problem+json': { schema: ProblemSchema } },
    },
  },
});

export function healthRoutes(deps: AppDeps) {
  const router = createRouter();

  router.openapi(healthRoute, (c) => c.json({ status: 'ok' as const, instance: deps.config.instanceId }, 200, NO_STORE));

  router.openapi(readyRoute, async (c) => {
    const readiness = await deps.store.health.readiness();
    if (readiness.ready) return c.json({ status: 'ready' as const, migrations: readiness.migrations }, 200, NO_STORE);
    // The cause goes to the log, not the answer: a driver's message can name hosts and users.
    c.get('log').warn('not ready', { reason: readiness.reason, detail: readiness.detail });
    const detail =
      readiness.reason === 'migrations_pending'
        ? 'The database schema is behind this build: run grantkit-server migrate (or restart one instance, which migrates).'
        : 'The database does not answer.';
    // Thrown, so http/problem.ts shapes it like every other problem (RFC 9457, no-store).
    throw new DomainError(readiness.reason, 503, detail);
  });

  return router;
}
