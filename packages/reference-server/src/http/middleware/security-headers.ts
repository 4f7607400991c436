/**
 * @module http/middleware/security-headers
 * Adds the security headers of http/security-headers.ts to every response the Hono app sends.
 */
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../context.js';
import { securityHeadersFor } from '../security-headers.js';
import { reproducedByTokenFastPath } from '../token-fast-path-contract.js';

export function securityHeaders(): MiddlewareHandler<AppEnv> {
  return reproducedByTokenFastPath(async function securityHeadersMiddleware(c, next) {
    await next();
    for (const [name, value] of securityHeadersFor((n) => c.res.headers.get(n))) c.header(name, value);
  });
}
