/**
 * @module domain/model/rate-limit
 * Entity types and the storage port (implemented by storage/rate-limit-store.ts) of this part of the domain.
 */

/** One fixed window of a counter: rows live until `end`, then the purge removes them. */
export interface RateLimitWindow {
  readonly start: Date;
  readonly end: Date;
}

export interface RateLimitStore {
  /** Counts one hit in `bucket` for this window; returns the window's total. */
  hit(bucket: string, window: RateLimitWindow): Promise<number>;
  /** Takes back one hit counted by {@link hit} (an attempt that turned out to succeed). */
  refund(bucket: string, window: RateLimitWindow): Promise<void>;
  /** The window's total so far, without counting. */
  count(bucket: string, window: RateLimitWindow): Promise<number>;
  /** Forgets a bucket (e.g. after a successful login). */
  reset(bucket: string): Promise<void>;
  /** Deletes every counter whose window ended at or before `now`; returns how many. */
  purgeExpired(now: Date): Promise<number>;
}
