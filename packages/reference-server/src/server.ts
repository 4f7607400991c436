/**
 * @module server
 * Opens the configured store (PGlite in the data directory, or PostgreSQL), applies migrations,
 * and builds the app. Used by the CLI and by tests that want the real thing.
 */
import type { Config } from './config.js';
import { createLogger, type Logger } from './logger.js';
import { createApp, type GrantkitApp } from './http/app.js';
import type { AppDeps } from './http/context.js';
import type { Executor } from './storage/executor.js';
import { openPGlite } from './storage/drivers/pglite.js';
import { openPostgres } from './storage/drivers/postgres.js';
import { migrate } from './storage/migrate.js';
import { createStore } from './storage/store.js';

export async function openDatabase(config: Config): Promise<Executor> {
  if (config.databaseUrl) return openPostgres({ connectionString: config.databaseUrl });
  return openPGlite({ dataDir: config.dataDir + '/pgdata' });
}

export interface GrantkitServer {
  readonly app: GrantkitApp;
  readonly deps: AppDeps;
  close(): Promise<void>;
}

export interface CreateServerOptions {
  config: Config;
  logger?: Logger;
  /** An already-open database (tests); otherwise opened from config. */
  db?: Executor;
  clock?: () => Date;
}

export async function createServer({ config, logger, db, clock = () => new Date() }: CreateServerOptions): Promise<GrantkitServer> {
  const log = logger ?? createLogger({ level: config.logLevel });
  const database = db ?? (await openDatabase(config));
  const applied = await migrate(database);
  if (applied.length) log.info('migrations applied', { versions: applied });
  const deps: AppDeps = { store: createStore(database), config, logger: log, clock };
  return { app: createApp(deps), deps, close: () => database.close() };
}
