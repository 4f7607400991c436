/**
 * @module domain/rate-limit
 * Fixed-window rate limiting over the shared store: a rule names a bucket, a limit and a window.
 */
import { RateLimitedError } from '../errors.js';
import type { RateLimitStore, RateLimitWindow } from './model/rate-limit.js';

export interface RateLimitRule {
  /** e.g. `login:ip:127.0.0.1` */
  readonly bucket: string;
  readonly limit: number;
  readonly windowSeconds: number;
}

export function windowStart(now: Date, windowSeconds: number): Date {
  const ms = windowSeconds * 1000;
  return new Date(Math.floor(now.getTime() / ms) * ms);
}

/** The fixed window `now` falls in. */
export function rateLimitWindow(now: Date, windowSeconds: number): RateLimitWindow {
  const start = windowStart(now, windowSeconds);
  return { start, end: new Date(start.getTime() + windowSeconds * 1000) };
}

export function secondsUntilNextWindow(now: Date, windowSeconds: number): number {
  const end = windowStart(now, windowSeconds).getTime() + windowSeconds * 1000;
  return Math.max(1, Math.ceil((end - now.getTime()) / 1000));
}

/** Counts one attempt against every rule; throws RateLimitedError when any is over its limit. */
export async function consume(store: RateLimitStore, rules: readonly RateLimitRule[], now: Date): Promise<void> {
  for (const rule of rules) {
    const hits = await store.hit(rule.bucket, rateLimitWindow(now, rule.windowSeconds));
    if (hits > rule.limit) throw new RateLimitedError(secondsUntilNextWindow(now, rule.windowSeconds));
  }
}

/** Deletes the counters of windows that have ended (run periodically by the composition root). */
export function purgeExpiredRateLimits(store: RateLimitStore, now: Date): Promise<number> {
  return store.purgeExpired(now);
}
