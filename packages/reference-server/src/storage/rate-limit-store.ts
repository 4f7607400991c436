/**
 * @module storage/rate-limit-store
 * Fixed-window counters in the database, so every server instance shares one budget. Each row
 * knows when its window ends, so expired rows can be purged without knowing the limits.
 */
import type { Executor } from './executor.js';
import type { RateLimitStore } from '../domain/model/rate-limit.js';

export function createRateLimitStore(db: Executor): RateLimitStore {
  return {
    async hit(bucket, window) {
      const [row] = await db.query<{ hits: number }>(
        `INSERT INTO rate_limit_hits (bucket, window_start, hits, expires_at) VALUES ($1, $2, 1, $3)
         ON CONFLICT (bucket, window_start) DO UPDATE SET hits = rate_limit_hits.hits + 1
         RETURNING hits`,
        [bucket, window.start, window.end],
      );
      return row!.hits;
    },
    async refund(bucket, window) {
      await db.query(`UPDATE rate_limit_hits SET hits = hits - 1 WHERE bucket = $1 AND window_start = $2 AND hits > 0`, [
        bucket,
        window.start,
      ]);
    },
    async count(bucket, window) {
      const [row] = await db.query<{ hits: number }>(`SELECT hits FROM rate_limit_hits WHERE bucket = $1 AND window_start = $2`, [
        bucket,
        window.start,
      ]);
      return row?.hits ?? 0;
    },
    async reset(bucket) {
      await db.query(`DELETE FROM rate_limit_hits WHERE bucket = $1`, [bucket]);
    },
    async purgeExpired(now) {
      const rows = await db.query<{ bucket: string }>(`DELETE FROM rate_limit_hits WHERE expires_at <= $1 RETURNING bucket`, [now]);
      return rows.length;
    },
  };
}
