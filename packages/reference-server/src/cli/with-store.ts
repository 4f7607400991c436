/**
 * @module cli/with-store
 * Opens the configured database (migrated) as a Store for one CLI command, and closes it after.
 * Failures (a data directory in use by a running server, an unreachable database) are one-line
 * StartErrors that main() prints.
 */
import { loadConfig, type Config } from '../config.js';
import { openMigrated } from '../server.js';
import { createStore, type Store } from '../storage/store.js';

export async function withStore<T>(fn: (store: Store, config: Config) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const { database: db } = await openMigrated(config);
  try {
    return await fn(createStore(db, config.secret), config);
  } finally {
    await db.close();
  }
}
