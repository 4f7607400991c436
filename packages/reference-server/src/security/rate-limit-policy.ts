/**
 * @module security/rate-limit-policy
 * Every rate limit of the server in one table: its name, the bucket prefix its counters use, how
 * many attempts a window allows and how long the window is. Values come from the environment
 * (`GRANTKIT_RATE_LIMIT_<NAME>=<max>/<seconds>`, e.g. `GRANTKIT_RATE_LIMIT_LOGIN_PER_ADDRESS=20/300`)
 * through config.ts; the defaults are documented in the README's configuration table. Callers
 * turn a limit and a key (an address, a user id) into a counter rule with {@link rateLimitRule}.
 * It imports nothing, so the domain, OAuth and HTTP code can all depend on it.
 */

interface RateLimitDefault {
  /** Counter names start with this (stable: changing it resets live counters). */
  readonly bucket: string;
  readonly max: number;
  readonly windowSeconds: number;
}

/**
 * The defaults. Login, redemption and client authentication follow DESIGN.md's security posture.
 * Login and client authentication count failures only, per (account, address) and per address;
 * the per-account limits are a back-off, not a lock (see domain/authentication.ts and
 * oauth/client-auth-limiter.ts): past them, only an address that has not yet failed for that
 * account in the window may try, so a stranger's failures never refuse the right credentials
 * from an address that has not failed (OWASP Authentication Cheat Sheet, "account lockout").
 */
const DEFAULTS = {
  /** Failed logins from one client address, any account. */
  loginPerAddress: { bucket: 'login:ip', max: 20, windowSeconds: 300 },
  /** Failed logins for one account (email) from one client address; a success resets it. */
  loginPerAccountAddress: { bucket: 'login:email-ip', max: 10, windowSeconds: 300 },
  /** Failed logins for one account from all addresses before its back-off starts. */
  loginPerAccount: { bucket: 'login:email', max: 10, windowSeconds: 300 },
  /** Invitation-code redemptions by one user (guessing 128-bit codes is hopeless; this stops floods). */
  redeemPerUser: { bucket: 'redeem:user', max: 10, windowSeconds: 900 },
  /** Invitation-code redemptions from one client address. */
  redeemPerAddress: { bucket: 'redeem:ip', max: 50, windowSeconds: 900 },
  /** Access requests one user may open (each visit stores a pending request). */
  accessRequestPerUser: { bucket: 'access_request:user', max: 30, windowSeconds: 300 },
  /** Failed OAuth client authentications for one client id from one address (RFC 6749 §10.10). */
  clientAuthPerClientAddress: { bucket: 'oauth-client:id-ip', max: 10, windowSeconds: 300 },
  /** Failed OAuth client authentications for one client id from all addresses before its back-off starts. */
  clientAuthPerClient: { bucket: 'oauth-client:id', max: 10, windowSeconds: 300 },
  /** Failed OAuth client authentications from one client address, any client. */
  clientAuthPerAddress: { bucket: 'oauth-client:ip', max: 30, windowSeconds: 300 },
} as const satisfies Record<string, RateLimitDefault>;

export type RateLimitName = keyof typeof DEFAULTS;

export interface RateLimit extends RateLimitDefault {
  readonly name: RateLimitName;
  /** The environment variable that sets it. */
  readonly env: string;
}

export type RateLimitPolicy = { readonly [K in RateLimitName]: RateLimit };

/** `loginPerAddress` → `GRANTKIT_RATE_LIMIT_LOGIN_PER_ADDRESS`. */
export function rateLimitEnvName(name: RateLimitName): string {
  return `GRANTKIT_RATE_LIMIT_${name.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}`;
}

const VALUE = /^\s*(\d{1,7})\s*\/\s*(\d{1,6})\s*s?\s*$/;
const MAX_WINDOW_SECONDS = 86_400;

/**
 * Reads every limit from the environment. A malformed value goes to `fail` with one line naming
 * the variable, the expected form and the default (config.ts throws it as a ConfigError).
 */
export function loadRateLimitPolicy(
  env: Readonly<Record<string, string | undefined>>,
  fail: (message: string) => never = (message) => {
    throw new Error(message);
  },
): RateLimitPolicy {
  const entries = (Object.keys(DEFAULTS) as RateLimitName[]).map((name): [RateLimitName, RateLimit] => {
    const fallback = DEFAULTS[name];
    const variable = rateLimitEnvName(name);
    const raw = env[variable];
    if (raw === undefined || raw === '') return [name, { name, env: variable, ...fallback }];
    const match = VALUE.exec(raw);
    const max = Number(match?.[1]);
    const windowSeconds = Number(match?.[2]);
    if (!match || max < 1 || windowSeconds < 1 || windowSeconds > MAX_WINDOW_SECONDS) {
      fail(
        `${variable} must be <max>/<seconds>, at least 1 attempt in 1 to ${MAX_WINDOW_SECONDS} seconds (default ${fallback.max}/${fallback.windowSeconds}; got "${raw}").`,
      );
    }
    return [name, { name, env: variable, bucket: fallback.bucket, max, windowSeconds }];
  });
  return Object.freeze(Object.fromEntries(entries)) as RateLimitPolicy;
}

/** The limits with no environment overrides (tests, docs). */
export const DEFAULT_RATE_LIMITS: RateLimitPolicy = loadRateLimitPolicy({});

/** One counter rule (the shape domain/rate-limit.ts consumes): this limit, for this key. */
export function rateLimitRule(limit: RateLimit, key: string): { bucket: string; limit: number; windowSeconds: number } {
  return { bucket: `${limit.bucket}:${key}`, limit: limit.max, windowSeconds: limit.windowSeconds };
}

const MAPPED_V4 = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i;

/**
 * The part of a client address that per-address limits count: an IPv4 address whole, an IPv6
 * address by its /64 — one subscriber usually holds a whole /64, so counting single IPv6
 * addresses would hand a guesser endless "fresh" addresses (and the per-account back-off relies
 * on fresh addresses being scarce). An IPv4-mapped IPv6 address counts as its IPv4 address.
 * Anything unparseable is counted as it is.
 */
export function rateLimitAddress(address: string): string {
  if (!address.includes(':')) return address;
  const mapped = MAPPED_V4.exec(address)?.[1];
  if (mapped !== undefined) return mapped;
  const halves = address.toLowerCase().replace(/%.*$/, '').split('::');
  if (halves.length > 2) return address;
  const [head = '', tail] = halves;
  const left = head === '' ? [] : head.split(':');
  // Only the first four groups matter; an embedded IPv4 tail (two groups) lies beyond them.
  const rightCount = tail === undefined || tail === '' ? 0 : tail.split(':').reduce((n, g) => n + (g.includes('.') ? 2 : 1), 0);
  const right = tail === undefined || tail === '' ? [] : tail.split(':');
  const groups = tail === undefined ? left : [...left, ...Array<string>(Math.max(0, 8 - left.length - rightCount)).fill('0'), ...right];
  const prefix = groups.slice(0, 4);
  if (prefix.length < 4 || prefix.some((g) => !/^[0-9a-f]{1,4}$/.test(g))) return address;
  return `${prefix.map((g) => parseInt(g, 16).toString(16)).join(':')}::/64`;
}
