/**
 * @module oauth/client-auth-limiter
 * Rate limit on failed client authentication (RFC 6749 §10.10 asks for protection against
 * guessing; RFC 9700 §4.x) that a stranger cannot turn against a client presenting its right
 * secret. Only failures are counted, in the shared database, so successful requests cost no write.
 * - per (client, address) and per address: past the limit, that address is refused (even with the
 *   right secret: it is the address that was guessing) until the window ends.
 * - per client, from all addresses: a back-off, not a lock. Past it, every address that fails
 *   again for this client is refused until the window ends, but an address that has not failed
 *   may still present the secret: a guesser needs a new address for each further guess, and the
 *   real client is never refused for other addresses' failures.
 * Once an address is refused, this instance remembers it in memory until the window ends and
 * refuses at once, without a database read (each instance learns it at that address's next failure).
 */
import { rateLimitWindow, secondsUntilNextWindow } from '../domain/rate-limit.js';
import type { RateLimitStore } from '../domain/model/rate-limit.js';
import { rateLimitAddress, rateLimitRule, type RateLimitPolicy } from '../security/rate-limit-policy.js';
import { tooManyAttempts } from './errors.js';

type Limits = Pick<RateLimitPolicy, 'clientAuthPerClientAddress' | 'clientAuthPerClient' | 'clientAuthPerAddress'>;

export class ClientAuthLimiter {
  readonly #blockedUntil = new Map<string, number>();

  constructor(
    private readonly store: RateLimitStore,
    private readonly limits: Limits,
  ) {}

  #pair(clientId: string, address: string) {
    return rateLimitRule(this.limits.clientAuthPerClientAddress, `${clientId.slice(0, 128)}|${rateLimitAddress(address)}`);
  }

  #address(address: string) {
    return rateLimitRule(this.limits.clientAuthPerAddress, rateLimitAddress(address));
  }

  /** Throws 429 when this address is refused, for this client or for every client. */
  check(clientId: string, address: string, now: Date): void {
    // Nearly always nothing is blocked: no bucket names to build.
    if (this.#blockedUntil.size === 0) return;
    for (const { bucket } of [this.#pair(clientId, address), this.#address(address)]) {
      const until = this.#blockedUntil.get(bucket);
      if (until === undefined) continue;
      if (until > now.getTime()) throw tooManyAttempts(Math.max(1, Math.ceil((until - now.getTime()) / 1000)));
      this.#blockedUntil.delete(bucket);
    }
  }

  /** Counts a failure; throws 429 (and refuses the address from now on) when it crosses a limit. */
  async fail(clientId: string, address: string, now: Date): Promise<void> {
    const pair = this.#pair(clientId, address);
    const perClient = rateLimitRule(this.limits.clientAuthPerClient, clientId.slice(0, 128));
    const counted = [pair, this.#address(address), perClient].map((rule) => ({ rule, window: rateLimitWindow(now, rule.windowSeconds) }));
    const hits = await Promise.all(counted.map(({ rule, window }) => this.store.hit(rule.bucket, window)));
    for (const [i, { rule, window }] of counted.entries()) {
      if (hits[i]! <= rule.limit) continue;
      // Over the per-client back-off, it is this address (for this client) that is refused.
      const refused = rule === perClient ? pair.bucket : rule.bucket;
      this.#blockedUntil.set(refused, Math.max(this.#blockedUntil.get(refused) ?? 0, window.end.getTime()));
      throw tooManyAttempts(secondsUntilNextWindow(now, rule.windowSeconds));
    }
  }
}
