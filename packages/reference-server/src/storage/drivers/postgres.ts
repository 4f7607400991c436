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
  /**
   * How long the first connection may take (ms, default 10 s). A host that drops packets would
   * otherwise hold the start for the operating system's TCP timeout (minutes) before any error.
   */
  connectTimeoutMs?: number;
}

type Queryable = Pick<pg.Pool, 'query'> | pg.PoolClient;

function wrap(pool: pg.Pool, db: Queryable, inTransaction: boolean): Executor {
  let closing: Promise<void> | undefined;
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
    // Idempotent: the server and the code that opened the database may both close it.
    close: () => (inTransaction ? Promise.resolve() : (closing ??= pool.end())),
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
  const timeoutMs = options.connectTimeoutMs ?? 10_000;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(Object.assign(new Error(`no answer from PostgreSQL within ${timeoutMs} ms`), { code: 'ETIMEDOUT' })),
      timeoutMs,
    );
  });
  const connecting = pool.connect();
  try {
    const client = await Promise.race([connecting, timeout]);
    client.release();
  } catch (error) {
    // The attempt that lost the race may still connect later: release it and end the pool
    // then, without waiting here for a host that may never answer.
    connecting.then((client) => client.release(), () => undefined);
    void pool.end().catch(() => undefined);
    throw error;
  } finally {
    clearTimeout(timer);
  }
  return wrap(pool, pool, false);
}
