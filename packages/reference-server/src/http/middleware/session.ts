/**
 * @module http/middleware/session
 * Cookie sessions: an opaque 256-bit token in an HttpOnly, SameSite=Lax cookie (Secure off
 * loopback); the database keeps only its SHA-256.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { isLoopbackHttpUrl } from '@grantkit/sdk/rules';
import { UnauthenticatedError } from '../../errors.js';
import { randomToken, sha256 } from '../../security/random.js';
import type { User } from '../../domain/model/user.js';
import type { AppDeps, AppEnv } from '../context.js';

export const SESSION_COOKIE = 'gk_session';

/**
 * Loopback http is the only place a cookie may go without Secure (RFC 6265bis §5.6.7 trusts it);
 * "loopback" is the one rule of `@grantkit/sdk/rules`.
 */
export const cookieSecure = (publicUrl: string): boolean => !isLoopbackHttpUrl(publicUrl);

export function loadSession({ store, clock }: AppDeps): MiddlewareHandler<AppEnv> {
  return async function loadSessionMiddleware(c, next) {
    // A request that presents a bearer token is a machine request: its cookie is ignored, so a
    // bearer header can never be used to skip the Origin check while riding a session cookie.
    const bearer = /^bearer /i.test(c.req.header('authorization') ?? '');
    const token = bearer ? undefined : getCookie(c, SESSION_COOKIE);
    c.set('user', token ? await store.sessions.findUser(sha256(token), clock()) : undefined);
    await next();
  };
}

export async function startSession(c: Context<AppEnv>, deps: AppDeps, user: User): Promise<void> {
  // Logging in again (or as someone else) ends the session the browser had: one live session per cookie.
  const previous = getCookie(c, SESSION_COOKIE);
  if (previous) await deps.store.sessions.delete(sha256(previous));
  const token = randomToken();
  const expiresAt = new Date(deps.clock().getTime() + deps.config.sessionHours * 3600_000);
  await deps.store.sessions.create({ tokenHash: sha256(token), userId: user.id, expiresAt });
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: cookieSecure(deps.config.publicUrl),
    path: '/',
    maxAge: deps.config.sessionHours * 3600,
  });
  c.set('user', user);
}

export async function endSession(c: Context<AppEnv>, deps: AppDeps): Promise<void> {
  const token = getCookie(c, SESSION_COOKIE);
  if (token) await deps.store.sessions.delete(sha256(token));
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure: cookieSecure(deps.config.publicUrl) });
  c.set('user', undefined);
}

/** The logged-in user, or a 401 problem. */
export function requireUser(c: Context<AppEnv>): User {
  const user = c.get('user');
  if (!user) throw new UnauthenticatedError();
  return user;
}
