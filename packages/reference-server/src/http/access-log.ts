/**
 * @module http/access-log
 * The access log line, one per request, for the Hono middleware (middleware/request-context.ts)
 * and the Node adapter's token fast path. Only the path is logged: query strings can carry codes
 * and state. Health probes (/healthz, /readyz) are not logged: a probe every few seconds would
 * drown real traffic.
 *
 * A path segment that is a bearer secret (an emailed invitation's token) is logged as its
 * parameter's name (`/invitations/:token`). Which segments are secret is declared beside the
 * routes ({@link SecretPathParam}), not guessed from the text: a pattern would miss a secret
 * that looks ordinary and hide ids that help when reading logs.
 */
import { TrieRouter } from 'hono/router/trie-router';
import type { Logger } from '../logger.js';

/** The health probes of http/routes/health.ts. */
const UNLOGGED: ReadonlySet<string> = new Set(['/healthz', '/readyz']);

/**
 * A path parameter that carries a secret, declared by the route module that defines the route.
 * `path` is in Hono's syntax; a trailing `/*` also covers the paths below it (and the path itself),
 * so a mistyped sub-path that answers 404 is redacted too.
 */
export interface SecretPathParam {
  readonly path: string;
  readonly param: string;
}

export interface AccessRequest {
  method: string;
  path: string;
  status: number;
  /** performance.now() when the request arrived. */
  started: number;
}

export type AccessLog = (log: Logger, request: AccessRequest) => void;

/**
 * Returns `path` with each segment that matches a declared secret parameter replaced by `:name`.
 * Matching uses Hono's own router, so a pattern matches here exactly as it does in the app.
 */
export function pathRedactor(secrets: readonly SecretPathParam[]): (path: string) => string {
  if (!secrets.length) return (path) => path;
  const router = new TrieRouter<{ index: number; name: string }>();
  for (const { path, param } of secrets) {
    const index = path.split('/').indexOf(`:${param}`);
    if (index < 0) throw new Error(`secret path parameter ${param} is not in ${path}`);
    router.add('ALL', path, { index, name: `:${param}` });
  }
  return (path) => {
    const matched = router.match('GET', path)[0];
    if (!matched.length) return path;
    const segments = path.split('/');
    for (const [{ index, name }] of matched) segments[index] = name;
    return segments.join('/');
  };
}

/** The access log for an app whose routes declare `secrets`. */
export function accessLog(secrets: readonly SecretPathParam[]): AccessLog {
  const redactPath = pathRedactor(secrets);
  return (log, request) => {
    if (UNLOGGED.has(request.path)) return;
    log.info('request', {
      method: request.method,
      path: redactPath(request.path),
      status: request.status,
      ms: Math.round((performance.now() - request.started) * 10) / 10,
    });
  };
}

/** The access log for a path with no secret parameter (the token fast path's `/oauth/token`). */
export const logAccess: AccessLog = accessLog([]);
