/**
 * @module http/middleware/security-headers
 * Headers for every response: no framing anywhere (consent must never be embedded: CSP
 * frame-ancestors, CSP3 §7.7.1, plus X-Frame-Options for old browsers), no referrer leaks (the
 * URL of an access request carries state and the return URL), no MIME sniffing.
 */
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../context.js';

export function securityHeaders(): MiddlewareHandler<AppEnv> {
  return async function securityHeadersMiddleware(c, next) {
    await next();
    c.header('x-content-type-options', 'nosniff');
    // Pages with forms choose `same-origin` themselves (see http/pages/layout.ts); all else: none.
    if (!c.res.headers.has('referrer-policy')) c.header('referrer-policy', 'no-referrer');
    c.header('x-frame-options', 'DENY');
    if (!c.res.headers.has('content-security-policy')) {
      c.header('content-security-policy', "frame-ancestors 'none'");
    }
  };
}
