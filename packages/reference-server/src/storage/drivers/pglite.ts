/**
 * @module storage/drivers/pglite
 * Embedded PostgreSQL (PGlite, WASM) as the default store: file-backed under the data directory,
 * or in memory for tests.
 */
import { PGlite } from '@electric-sql/pglite';
import type { Executor, SqlValue } from '../executor.js';

type PGliteLike = Pick<PGlite, 'query' | 'exec'>;

const handles = new WeakMap<Executor, PGlite>();

function wrap(db: PGliteLike, inTransaction: boolean, root: PGlite, afterClose: () => Promise<void> = async () => undefined): Executor {
  let closing: Promise<void> | undefined;
  const self: Executor = {
    dialect: 'pglite',
    async query<Row>(sql: string, params: readonly SqlValue[] = []) {
      const result = await db.query<Row>(sql, params as unknown[]);
      return result.rows;
    },
    async exec(sql: string) {
      await db.exec(sql);
    },
    async transaction<T>(fn: (tx: Executor) => Promise<T>): Promise<T> {
      if (inTransaction) return fn(self);
      // PGlite has one connection: its transaction() holds it exclusively, so other queries wait.
      return root.transaction((tx) => fn(wrap(tx as unknown as PGliteLike, true, root)));
    },
    // Idempotent: the server and the code that opened the database may both close it.
    close: () => (inTransaction ? Promise.resolve() : (closing ??= root.close().finally(afterClose))),
  };
  return self;
}

export interface PGliteOptions {
  /** Directory for a file-backed database; omitted means in memory. */
  dataDir?: string;
  /** A tarball from `dumpPGlite()` to start from (tests clone a migrated template). */
  loadDataDir?: Blob | File;
  /** Runs once the database has closed (the data directory's lock is released here). */
  afterClose?: () => Promise<void>;
}

export async function openPGlite(options: PGliteOptions = {}): Promise<Executor> {
  const db = new PGlite({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
  });
  await db.waitReady;
  const executor = wrap(db, false, db, options.afterClose);
  handles.set(executor, db);
  return executor;
}

/** Dumps a PGlite database as a tarball, gzipped unless asked otherwise (a migrated template). */
export async function dumpPGlite(executor: Executor, compression: 'gzip' | 'none' = 'gzip'): Promise<Blob> {
  const handle = handles.get(executor);
  if (!handle) throw new Error('not a PGlite executor');
  return handle.dumpDataDir(compression);
}
