/**
 * @module domain/authentication
 * Logging in with email and password: rate limited per address and per account, and the same
 * answer (and the same time) for an unknown email and a wrong password.
 */
import { DomainError } from '../errors.js';
import { dummyPasswordHash, verifyPassword } from '../security/passwords.js';
import { rateLimitRule, type RateLimitPolicy } from '../security/rate-limit-policy.js';
import type { User } from './model/user.js';
import type { Store } from './model/store.js';
import { consume } from './rate-limit.js';

export interface AuthenticationContext {
  readonly store: Pick<Store, 'users' | 'rateLimits'>;
  readonly now: Date;
  /** Cost of the dummy hash verified for unknown accounts (the configured password cost). */
  readonly passwordCost: number;
  /** The configured login limits (security/rate-limit-policy.ts). */
  readonly limits: Pick<RateLimitPolicy, 'loginPerAddress' | 'loginPerAccount'>;
}

/** Checks credentials, rate limited per address and per account. Same answer for unknown email and wrong password. */
export async function authenticate(ctx: AuthenticationContext, email: string, password: string, address: string): Promise<User> {
  await consume(
    ctx.store.rateLimits,
    [rateLimitRule(ctx.limits.loginPerAddress, address), rateLimitRule(ctx.limits.loginPerAccount, email.trim().toLowerCase())],
    ctx.now,
  );
  const found = await ctx.store.users.findByEmail(email);
  // Spend the same time whether or not the account exists (no user enumeration by timing).
  const ok = await verifyPassword(password, found?.passwordHash ?? (await dummyPasswordHash(ctx.passwordCost)));
  if (!found || !ok) throw new DomainError('invalid_credentials', 401, 'The email or password is not correct.');
  const { passwordHash: _omit, ...user } = found;
  return user;
}
