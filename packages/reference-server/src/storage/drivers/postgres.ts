/**
 * @module storage/drivers/postgres
 * PostgreSQL through node-postgres: the production store. Any number of server instances may
 * share one database; at-most-once rules are enforced in SQL, not in memory.
 */
import pg from 'pg';
import type { Executor, SqlValue } from '../executor.js';

export interface PostgresOptions {
  connectionString: string;
  /** Schema to use as `search_path` (tests isolate each database in its own schema). */
  schema?: string;
  max?: number;
}

type Queryable = Pick<pg.Pool, 'query'> | pg.PoolClient;

function wrap(pool: pg.Pool, db: Queryable, inTransaction: boolean): Executor {
  const self: Executor = {
    dialect: 'postgres',
    async query<Row>(sql: string, params: readonly SqlValue[] = []) {
      const result = await db.query(sql, params as unknown[]);
      return result.rows as Row[];
    },
    async exec(sql: string) {
      await db.query(sql);
    },
    async transaction<T>(fn: (tx: Executor) => Promise<T>): Promise<T> {
      if (inTransaction) return fn(self);
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const value = await fn(wrap(pool, client, true));
        await client.query('COMMIT');
        return value;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    async close() {
      if (!inTransaction) await pool.end();
    },
  };
  return self;
}

export async function openPostgres(options: PostgresOptions): Promise<Executor> {
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.max ?? 10,
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  });
  // Fail fast with a clear error rather than on the first request.
  const client = await pool.connect();
  client.release();
  return wrap(pool, pool, false);
}
