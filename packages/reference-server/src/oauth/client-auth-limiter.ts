/**
 * @module oauth/client-auth-limiter
 * Rate limit on failed client authentication (RFC 6749 §10.10 asks for protection against
 * guessing; RFC 9700 §4.x). Only failures are counted, in the shared database, so successful
 * requests cost no write. Once a bucket is over its limit the instance also remembers it in
 * memory until the window ends and refuses that client (even with the right secret) at once.
 */
import { secondsUntilNextWindow, windowStart } from '../domain/rate-limit.js';
import type { RateLimitStore } from '../domain/model/rate-limit.js';
import { rateLimitRule, type RateLimitPolicy } from '../security/rate-limit-policy.js';
import { tooManyAttempts } from './errors.js';

export class ClientAuthLimiter {
  readonly #blockedUntil = new Map<string, number>();

  constructor(
    private readonly store: RateLimitStore,
    private readonly limits: Pick<RateLimitPolicy, 'clientAuthPerClient' | 'clientAuthPerAddress'>,
  ) {}

  #buckets(clientId: string, address: string) {
    return [rateLimitRule(this.limits.clientAuthPerClient, clientId.slice(0, 128)), rateLimitRule(this.limits.clientAuthPerAddress, address)];
  }

  /** Throws 429 when this client or address is blocked. */
  check(clientId: string, address: string, now: Date): void {
    // Nearly always nothing is blocked: no bucket names to build.
    if (this.#blockedUntil.size === 0) return;
    for (const { bucket } of this.#buckets(clientId, address)) {
      const until = this.#blockedUntil.get(bucket);
      if (until === undefined) continue;
      if (until > now.getTime()) throw tooManyAttempts(Math.max(1, Math.ceil((until - now.getTime()) / 1000)));
      this.#blockedUntil.delete(bucket);
    }
  }

  /** Counts a failure; throws 429 when it crosses a limit. */
  async fail(clientId: string, address: string, now: Date): Promise<void> {
    for (const { bucket, limit, windowSeconds } of this.#buckets(clientId, address)) {
      const start = windowStart(now, windowSeconds);
      const hits = await this.store.hit(bucket, start);
      if (hits > limit) {
        this.#blockedUntil.set(bucket, start.getTime() + windowSeconds * 1000);
        throw tooManyAttempts(secondsUntilNextWindow(now, windowSeconds));
      }
    }
  }
}
