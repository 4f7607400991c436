/**
 * @module http/pages/login-flash
 * Post/Redirect/Get for the login form. A failed login answers 303 to the login page's own URL
 * (RFC 9110 §15.4.4: the browser follows with GET), so a refresh shows the page again instead of
 * resubmitting the password. What the page must say once (why it failed, and the email typed —
 * never the password) rides in a one-time cookie:
 *
 * - a cookie, not a query flag, so the email stays out of the URL (history, logs, Referer);
 * - HttpOnly, `Path=/login`, one minute, deleted by the GET that shows it (one time);
 * - SameSite=Lax: it is set on the 303 and read on the same-site GET that follows (RFC 6265bis
 *   §8.8.2), and never sent along from another site's subrequests;
 * - inside an embedded consent frame, `SameSite=None; Secure; Partitioned` instead, like the
 *   frame's session (middleware/session.ts): a Lax cookie is never sent in a cross-site frame;
 * - signed (HMAC-SHA256, hono/cookie) with a key derived from GRANTKIT_SECRET (HKDF, RFC 5869),
 *   so a cookie planted by a sibling subdomain cannot make the page show a message or email.
 */
import { hkdfSync } from 'node:crypto';
import type { Context } from 'hono';
import { deleteCookie, getSignedCookie, setSignedCookie } from 'hono/cookie';
import type { AppDeps, AppEnv } from '../context.js';
import { cookieSecure } from '../middleware/session.js';

const FLASH_COOKIE = 'gk_login_flash';
const FLASH_PATH = '/login';
const FLASH_SECONDS = 60;
const MAX_EMAIL = 320;

export type LoginProblem = 'invalid_credentials' | 'missing_fields';

export interface LoginFlash {
  readonly problem: LoginProblem;
  readonly email: string;
}

export interface LoginFlashes {
  /** Remembers the outcome for the next GET of the login page (`embedded`: inside an embedded consent frame). */
  write(c: Context<AppEnv>, flash: LoginFlash, options?: { embedded?: boolean }): Promise<void>;
  /** The remembered outcome, once: the cookie is deleted as it is read. */
  take(c: Context<AppEnv>): Promise<LoginFlash | undefined>;
}

const PROBLEMS: readonly string[] = ['invalid_credentials', 'missing_fields'] satisfies LoginProblem[];

export function loginFlashes(deps: AppDeps): LoginFlashes {
  const key = Buffer.from(hkdfSync('sha256', deps.config.secret, new Uint8Array(0), 'grantkit login-flash', 32));
  const secure = cookieSecure(deps.config.publicUrl);
  return {
    async write(c, { problem, email }, { embedded = false } = {}) {
      const value = JSON.stringify({ p: problem, e: email.slice(0, MAX_EMAIL) });
      const where = embedded ? ({ sameSite: 'None', secure: true, partitioned: true } as const) : ({ sameSite: 'Lax', secure } as const);
      await setSignedCookie(c, FLASH_COOKIE, value, key, { httpOnly: true, path: FLASH_PATH, maxAge: FLASH_SECONDS, ...where });
    },
    async take(c) {
      const raw = await getSignedCookie(c, key, FLASH_COOKIE);
      if (raw === undefined) return undefined;
      deleteCookie(c, FLASH_COOKIE, { path: FLASH_PATH, secure });
      // `false`: the signature does not match (a planted or altered cookie).
      if (raw === false) return undefined;
      try {
        const { p, e } = JSON.parse(raw) as { p?: unknown; e?: unknown };
        if (typeof p !== 'string' || !PROBLEMS.includes(p) || typeof e !== 'string') return undefined;
        return { problem: p as LoginProblem, email: e.slice(0, MAX_EMAIL) };
      } catch {
        return undefined;
      }
    },
  };
}
