/**
 * @module domain/authentication
 * Logging in with email and password, and the same answer (and the same time) for an unknown email
 * and a wrong password.
 *
 * Throttling that a stranger cannot turn against the account's owner (OWASP Authentication Cheat
 * Sheet; GitHub and Auth0 throttle per account *and* address rather than lock the account):
 * - per address and per (account, address): each attempt is counted before the password is
 *   checked (so a parallel burst cannot outrun the count) and refunded when it succeeds; a
 *   success also resets the (account, address) counter. Past either limit that address is refused.
 * - per account, from all addresses: failures only. Past this limit the account is in back-off:
 *   an address that has already tried this account in the window is refused, but an address that
 *   has not may still try (addresses are counted as security/rate-limit-policy.ts's
 *   `rateLimitAddress` says: IPv6 by /64, so fresh addresses stay scarce). The right password from an address that has not failed is never refused
 *   because of other addresses' failures; an attacker needs a new address for every further guess.
 */
import { DomainError, RateLimitedError } from '../errors.js';
import { dummyPasswordHash, verifyPassword } from '../security/passwords.js';
import { rateLimitAddress, rateLimitRule, type RateLimit, type RateLimitPolicy } from '../security/rate-limit-policy.js';
import type { User } from './model/user.js';
import type { Store } from './model/store.js';
import { rateLimitWindow, secondsUntilNextWindow } from './rate-limit.js';

export interface AuthenticationContext {
  readonly store: Pick<Store, 'users' | 'rateLimits'>;
  readonly now: Date;
  /** Cost of the dummy hash verified for unknown accounts (the configured password cost). */
  readonly passwordCost: number;
  /** The configured login limits (security/rate-limit-policy.ts). */
  readonly limits: Pick<RateLimitPolicy, 'loginPerAddress' | 'loginPerAccountAddress' | 'loginPerAccount'>;
}

function counter(limit: RateLimit, key: string, now: Date) {
  const rule = rateLimitRule(limit, key);
  return { ...rule, window: rateLimitWindow(now, rule.windowSeconds), retryAfter: secondsUntilNextWindow(now, rule.windowSeconds) };
}

/** Checks credentials under the login limits above. Same answer for unknown email and wrong password. */
export async function authenticate(ctx: AuthenticationContext, email: string, password: string, address: string): Promise<User> {
  const { rateLimits } = ctx.store;
  const account = email.trim().toLowerCase();
  const from = rateLimitAddress(address);
  const perAddress = counter(ctx.limits.loginPerAddress, from, ctx.now);
  const perPair = counter(ctx.limits.loginPerAccountAddress, `${account}|${from}`, ctx.now);
  const perAccount = counter(ctx.limits.loginPerAccount, account, ctx.now);
  const [addressHits, pairHits, accountFailures] = await Promise.all([
    rateLimits.hit(perAddress.bucket, perAddress.window),
    rateLimits.hit(perPair.bucket, perPair.window),
    rateLimits.count(perAccount.bucket, perAccount.window),
  ]);
  if (addressHits > perAddress.limit) throw new RateLimitedError(perAddress.retryAfter);
  if (pairHits > perPair.limit) throw new RateLimitedError(perPair.retryAfter);
  // Back-off: this address already tried this account in the window (pairHits counts this attempt).
  if (accountFailures >= perAccount.limit && pairHits > 1) throw new RateLimitedError(perAccount.retryAfter);

  const found = await ctx.store.users.findByEmail(email);
  // Spend the same time whether or not the account exists (no user enumeration by timing).
  const ok = await verifyPassword(password, found?.passwordHash ?? (await dummyPasswordHash(ctx.passwordCost)));
  if (!found || !ok) {
    await rateLimits.hit(perAccount.bucket, perAccount.window);
    throw new DomainError('invalid_credentials', 401, 'The email or password is not correct.');
  }
  await Promise.all([rateLimits.refund(perAddress.bucket, perAddress.window), rateLimits.reset(perPair.bucket)]);
  const { passwordHash: _omit, ...user } = found;
  return user;
}
