/**
 * @module http/access-log
 * The access log line, one per request, for the Hono middleware (middleware/request-context.ts)
 * and the Node adapter's token fast path. Only the path is logged: query strings can carry codes
 * and state. Health probes (/healthz, /readyz) are not logged: a probe every few seconds would
 * drown real traffic.
 */
import type { Logger } from '../logger.js';

/** The health probes of http/routes/health.ts. */
const UNLOGGED: ReadonlySet<string> = new Set(['/healthz', '/readyz']);

/** Logs `request` with method, path, status and the time since `started` (performance.now()). */
export function logAccess(log: Logger, request: { method: string; path: string; status: number; started: number }): void {
  if (UNLOGGED.has(request.path)) return;
  log.info('request', {
    method: request.method,
    path: request.path,
    status: request.status,
    ms: Math.round((performance.now() - request.started) * 10) / 10,
  });
}
