/**
 * @module http/middleware/request-context
 * Gives each request an id (echoed in X-Request-Id), a child logger carrying it, and one access
 * log line. Only the path is logged: query strings can carry codes and state. Health probes
 * (/healthz, /readyz) are not logged: a probe every few seconds would drown real traffic.
 */
import type { MiddlewareHandler } from 'hono';
import type { Logger } from '../../logger.js';
import type { AppEnv } from '../context.js';

const SAFE_ID = /^[\w.-]{8,64}$/;
/** The health probes of http/routes/health.ts. */
const UNLOGGED: ReadonlySet<string> = new Set(['/healthz', '/readyz']);

export function requestContext(logger: Logger): MiddlewareHandler<AppEnv> {
  return async function requestContextMiddleware(c, next) {
    const incoming = c.req.header('x-request-id');
    const requestId = incoming && SAFE_ID.test(incoming) ? incoming : crypto.randomUUID();
    const log = logger.child({ request_id: requestId });
    c.set('requestId', requestId);
    c.set('log', log);
    const started = performance.now();
    await next();
    c.header('x-request-id', requestId);
    const path = new URL(c.req.url).pathname;
    if (UNLOGGED.has(path)) return;
    log.info('request', {
      method: c.req.method,
      path,
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
    });
  };
}
