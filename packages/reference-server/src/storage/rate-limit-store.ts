/**
 * @module storage/rate-limit-store
 * Fixed-window counters in the database, so every server instance shares one budget.
 */
import type { Executor } from './executor.js';
import type { RateLimitStore } from '../domain/model/rate-limit.js';

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
