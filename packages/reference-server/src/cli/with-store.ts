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

/** Reads `--name value` / `--name=value` options; unknown options are a usage error. */
export function parseOptions(args: readonly string[], known: readonly string[]): Map<string, string> | string {
  const out = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!match || !known.includes(match[1]!)) return `Unknown option "${arg}".`;
    const value = match[2] ?? args[++i];
    if (value === undefined || value.startsWith('--')) return `--${match[1]} needs a value.`;
    out.set(match[1]!, value);
  }
  return out;
}
