/**
 * @module http/middleware/bearer-auth
 * Bearer tokens on the JSON API (RFC 6750 §2.1). When a request carries
 * `Authorization: Bearer <JWT>`, the token must verify with our published keys and still be
 * usable (oauth/token-check.ts: not revoked, account not deleted, grant not revoked); then
 * `c.var.token` names the caller and the cookie session is ignored, so a request acts as exactly
 * one principal. A bad token is a 401 problem with a `WWW-Authenticate: Bearer` challenge
 * (RFC 6750 §3.1), never an anonymous request.
 */
import type { MiddlewareHandler } from 'hono';
import { checkAccessToken } from '../../oauth/token-check.js';
import type { AppDeps, AppEnv } from '../context.js';
import { problem, problemResponse } from '../problem.js';

const BEARER = /^Bearer +([A-Za-z0-9\-._~+/]+=*)$/i;

export function bearerAuth(deps: AppDeps): MiddlewareHandler<AppEnv> {
  const service = deps.tokens;
  return async function bearerAuthMiddleware(c, next) {
    const header = c.req.header('authorization');
    if (!header || !/^bearer\b/i.test(header)) {
      c.set('token', undefined);
      return next();
    }
    const match = BEARER.exec(header.trim());
    const check = match ? await checkAccessToken(service, match[1]!) : ({ active: false, reason: 'malformed header' } as const);
    if (!check.active) {
      c.get('log')?.info('bearer token refused', { reason: check.reason });
      return problemResponse(problem('invalid_token', 'The access token is invalid, expired or revoked.'), {
        'www-authenticate': `Bearer realm="grantkit", error="invalid_token"`,
      });
    }
    c.set('user', undefined);
    c.set('token', check.principal);
    return next();
  };
}
