/**
 * @module cli/with-store
 * Opens the configured database (migrated) as a Store for one CLI command, and closes it after.
 */
import { loadConfig, type Config } from '../config.js';
import { openDatabase } from '../server.js';
import { migrate } from '../storage/migrate.js';
import { createStore, type Store } from '../storage/store.js';

export async function withStore<T>(fn: (store: Store, config: Config) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const db = await openDatabase(config);
  try {
    await migrate(db);
    return await fn(createStore(db), config);
  } finally {
    await db.close();
  }
}
