/**
 * @module http/middleware/session
 * Cookie sessions: an opaque 256-bit token in an HttpOnly, SameSite=Lax cookie (Secure off
 * loopback); the database keeps only its SHA-256.
 *
 * A login inside an embedded consent frame (a partner's page framing ours) gets its own cookie:
 * `SameSite=None; Secure; Partitioned` (CHIPS), because a Lax cookie is never sent in a
 * cross-site frame and browsers that block third-party cookies still keep partitioned ones. It
 * lives only in that partner's partition, so it never becomes the platform's top-level session,
 * and it is honoured only on the paths an embedded consent uses (the access-request pages and
 * their API, login and logout): it cannot administer anything.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { isLoopbackHttpUrl } from '@grantkit/sdk/rules';
import { UnauthenticatedError } from '../../errors.js';
import { randomToken, sha256 } from '../../security/random.js';
import type { User } from '../../domain/model/user.js';
import type { AppDeps, AppEnv } from '../context.js';

export const SESSION_COOKIE = 'gk_session';
export const EMBEDDED_SESSION_COOKIE = 'gk_embedded_session';

/** Where an embedded session counts: the consent flow only. */
const EMBEDDED_SESSION_PATHS = /^\/(?:access\/|api\/access-requests(?:\/|$)|login$|logout$)/;

/** How a session cookie is written: the top-level one, or the embedded frame's partitioned one. */
function cookieOptions(deps: AppDeps, embedded: boolean) {
  const common = { httpOnly: true, path: '/', maxAge: deps.config.sessionHours * 3600 } as const;
  // Partitioned requires Secure; browsers keep Secure cookies from loopback http too (RFC 6265bis §5.6.7).
  return embedded ? { ...common, sameSite: 'None' as const, secure: true, partitioned: true } : { ...common, sameSite: 'Lax' as const, secure: cookieSecure(deps.config.publicUrl) };
}

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
    const embedded = EMBEDDED_SESSION_PATHS.test(c.req.path) ? getCookie(c, EMBEDDED_SESSION_COOKIE) : undefined;
    const token = bearer ? undefined : (getCookie(c, SESSION_COOKIE) ?? embedded);
    c.set('user', token ? await store.sessions.findUser(sha256(token), clock()) : undefined);
    await next();
  };
}

/** Starts a session; `embedded` for a login inside an embedded consent frame (its partitioned cookie). */
export async function startSession(c: Context<AppEnv>, deps: AppDeps, user: User, { embedded = false } = {}): Promise<void> {
  const name = embedded ? EMBEDDED_SESSION_COOKIE : SESSION_COOKIE;
  // Logging in again (or as someone else) ends the session the browser had: one live session per cookie.
  const previous = getCookie(c, name);
  if (previous) await deps.store.sessions.delete(sha256(previous));
  const token = randomToken();
  const expiresAt = new Date(deps.clock().getTime() + deps.config.sessionHours * 3600_000);
  await deps.store.sessions.create({ tokenHash: sha256(token), userId: user.id, expiresAt });
  setCookie(c, name, token, cookieOptions(deps, embedded));
  c.set('user', user);
}

export async function endSession(c: Context<AppEnv>, deps: AppDeps): Promise<void> {
  for (const [name, embedded] of [[SESSION_COOKIE, false], [EMBEDDED_SESSION_COOKIE, true]] as const) {
    const token = getCookie(c, name);
    if (!token) continue;
    await deps.store.sessions.delete(sha256(token));
    const { path, secure, sameSite } = cookieOptions(deps, embedded);
    deleteCookie(c, name, { path, secure, sameSite, ...(embedded ? { partitioned: true } : {}) });
  }
  c.set('user', undefined);
}

/** The logged-in user, or a 401 problem. */
export function requireUser(c: Context<AppEnv>): User {
  const user = c.get('user');
  if (!user) throw new UnauthenticatedError();
  return user;
}
