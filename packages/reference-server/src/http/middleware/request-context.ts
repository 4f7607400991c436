/**
 * @module http/middleware/request-context
 * Gives each request an id (http/request-id.ts, echoed in X-Request-Id), a child logger carrying
 * it, and one access log line (http/access-log.ts) in which the path segments the routes
 * declare secret are redacted.
 */
import type { MiddlewareHandler } from 'hono';
import type { Logger } from '../../logger.js';
import { accessLog, type SecretPathParam } from '../access-log.js';
import type { AppEnv } from '../context.js';
import { REQUEST_ID_HEADER, requestId as requestIdOf } from '../request-id.js';
import { reproducedByTokenFastPath } from '../token-fast-path-contract.js';

export function requestContext(logger: Logger, secretPathParams: readonly SecretPathParam[] = []): MiddlewareHandler<AppEnv> {
  const logAccess = accessLog(secretPathParams);
  return reproducedByTokenFastPath(async function requestContextMiddleware(c, next) {
    const requestId = requestIdOf(c.req.header(REQUEST_ID_HEADER));
    const log = logger.child({ request_id: requestId });
    c.set('requestId', requestId);
    c.set('log', log);
    const started = performance.now();
    await next();
    c.header(REQUEST_ID_HEADER, requestId);
    logAccess(log, { method: c.req.method, path: new URL(c.req.url).pathname, status: c.res.status, started });
  });
}
