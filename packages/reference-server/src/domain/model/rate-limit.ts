/**
 * @module domain/model/rate-limit
 * Entity types and the storage port (implemented by storage/rate-limit-store.ts) of this part of the domain.
 */

export interface RateLimitStore {
  /** Counts one hit in `bucket` for the window starting at `windowStart`; returns the window's total. */
  hit(bucket: string, windowStart: Date): Promise<number>;
  /** Forgets a bucket (e.g. after a successful login). */
  reset(bucket: string): Promise<void>;
}
