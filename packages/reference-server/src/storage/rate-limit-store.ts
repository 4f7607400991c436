/**
 * @module storage/rate-limit-store
 * Fixed-window counters in the database, so every server instance shares one budget.
 */
import type { Executor } from './executor.js';

export interface RateLimitStore {
  /** Counts one hit in `bucket` for the window starting at `windowStart`; returns the window's total. */
  hit(bucket: string, windowStart: Date): Promise<number>;
  /** Forgets a bucket (e.g. after a successful login). */
  reset(bucket: string): Promise<void>;
}

export function createRateLimitStore(db: Executor): RateLimitStore {
  return {
    async hit(bucket, windowStart) {
      const [row] = await db.query<{ hits: number }>(
        `INSERT INTO rate_limit_hits (bucket, window_start, hits) VALUES ($1, $2, 1)
         ON CONFLICT (bucket, window_start) DO UPDATE SET hits = rate_limit_hits.hits + 1
         RETURNING hits`,
        [bucket, windowStart],
      );
      return row!.hits;
    },
    async reset(bucket) {
      await db.query(`DELETE FROM rate_limit_hits WHERE bucket = $1`, [bucket]);
    },
  };
}
