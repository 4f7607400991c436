/**
 * @module http/middleware/origin-check
 * CSRF defence for cookie-authenticated requests: unsafe methods must come from our own origin
 * or a trusted one (the Origin header, RFC 6454 §7; Fetch sends it on every unsafe request).
 * Requests carrying a bearer token have no ambient credential and are exempt.
 */
import type { MiddlewareHandler } from 'hono';
import { ForbiddenError } from '../../errors.js';
import type { AppDeps, AppEnv } from '../context.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function allowedOrigins({ config }: Pick<AppDeps, 'config'>): Set<string> {
  return new Set([new URL(config.publicUrl).origin, ...config.trustedOrigins]);
}

export function originCheck(deps: AppDeps): MiddlewareHandler<AppEnv> {
  const allowed = allowedOrigins(deps);
  return async function originCheckMiddleware(c, next) {
    if (SAFE_METHODS.has(c.req.method)) return next();
    if (/^bearer /i.test(c.req.header('authorization') ?? '')) return next();
    const origin = c.req.header('origin');
    if (!origin || !allowed.has(origin)) {
      throw new ForbiddenError(
        'origin_mismatch',
        origin
          ? `Requests from ${origin} are not allowed to change anything here.`
          : 'This request has no Origin header; unsafe requests must come from a browser page on an allowed origin.',
      );
    }
    return next();
  };
}
