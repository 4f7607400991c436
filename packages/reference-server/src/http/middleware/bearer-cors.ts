/**
 * @module http/middleware/bearer-cors
 * CORS for bearer calls to the JSON API, so a partner's web page (another origin) can read the
 * platform API with the access token it got from the code exchange. Only bearer requests are
 * opened: a preflight is answered when it announces an `Authorization` header, and a response
 * gets `Access-Control-Allow-Origin: *` only when its request carried `Authorization: Bearer`.
 * Credentials (cookies) are never allowed cross-origin (no `Access-Control-Allow-Credentials`),
 * so cookie-authenticated answers stay unreadable to other sites; a bearer token is not an
 * ambient credential, like on the token endpoint, which is open to CORS already.
 * @see https://fetch.spec.whatwg.org/#http-cors-protocol
 */
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../context.js';

const ALLOW_METHODS = 'GET, POST, PUT, PATCH, DELETE';
const ALLOW_HEADERS = 'authorization, content-type';
/** Headers a bearer client needs to read: the RFC 6750 §3 challenge and the 429 back-off. */
const EXPOSE_HEADERS = 'www-authenticate, retry-after';

export function bearerCors(): MiddlewareHandler<AppEnv> {
  return async function bearerCorsMiddleware(c, next) {
    const origin = c.req.header('origin');
    if (!origin) return next();
    if (c.req.method === 'OPTIONS' && c.req.header('access-control-request-method')) {
      const requested = (c.req.header('access-control-request-headers') ?? '').toLowerCase().split(',').map((h) => h.trim());
      // Not a bearer call: no CORS headers, so the browser refuses it.
      if (!requested.includes('authorization')) return c.body(null, 204);
      return c.body(null, 204, {
        'access-control-allow-origin': '*',
        'access-control-allow-methods': ALLOW_METHODS,
        'access-control-allow-headers': ALLOW_HEADERS,
        'access-control-max-age': '600',
      });
    }
    await next();
    if (/^bearer /i.test(c.req.header('authorization') ?? '')) {
      c.res.headers.set('access-control-allow-origin', '*');
      c.res.headers.set('access-control-expose-headers', EXPOSE_HEADERS);
    }
  };
}
