/**
 * @module oauth/client-auth-limiter
 * Rate limit on failed client authentication (RFC 6749 §10.10 asks for protection against
 * guessing; RFC 9700 §4.x). Only failures are counted, in the shared database, so successful
 * requests cost no write. Once a bucket is over its limit the instance also remembers it in
 * memory until the window ends and refuses that client (even with the right secret) at once.
 */
import { secondsUntilNextWindow, windowStart } from '../domain/rate-limit.js';
import type { RateLimitStore } from '../domain/model/rate-limit.js';
import { tooManyAttempts } from './errors.js';

export const CLIENT_AUTH_LIMIT = { perClient: 10, perAddress: 30, windowSeconds: 300 };

export class ClientAuthLimiter {
  readonly #blockedUntil = new Map<string, number>();

  constructor(private readonly store: RateLimitStore) {}

  #buckets(clientId: string, address: string) {
    return [
      { bucket: `oauth-client:id:${clientId.slice(0, 128)}`, limit: CLIENT_AUTH_LIMIT.perClient },
      { bucket: `oauth-client:ip:${address}`, limit: CLIENT_AUTH_LIMIT.perAddress },
    ];
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
    const { windowSeconds } = CLIENT_AUTH_LIMIT;
    const start = windowStart(now, windowSeconds);
    for (const { bucket, limit } of this.#buckets(clientId, address)) {
      const hits = await this.store.hit(bucket, start);
      if (hits > limit) {
        this.#blockedUntil.set(bucket, start.getTime() + windowSeconds * 1000);
        throw tooManyAttempts(secondsUntilNextWindow(now, windowSeconds));
      }
    }
  }
}
