/**
 * @module server
 * Opens the configured store (PGlite in the data directory, or PostgreSQL), applies migrations,
 * and builds the app. Used by the CLI, by operators embedding the server, and by tests that want
 * the real thing. A database that cannot be opened or migrated rejects with a StartError.
 */
import { readdir } from 'node:fs/promises';
import type { Config } from './config.js';
import { lockDataDirectory, secureDataDirectory } from './data-directory.js';
import { createLogger, type Logger } from './logger.js';
import type { GrantkitApp } from './http/app.js';
import type { AppDeps } from './http/context.js';
import type { Executor } from './storage/executor.js';
import { openPGlite } from './storage/drivers/pglite.js';
import { readTemplate } from './storage/drivers/pglite-template.js';
import { migrate } from './storage/migrate.js';
import { sealClearInvitationCodes } from './storage/invitation-code-store.js';
import { createCodeSealer } from './security/code-sealing.js';
import { explainStartError } from './start-error.js';
import { createServices } from './services.js';

/** True when PGlite has never initialised `pgdata` (absent or empty): a template may fill it. */
async function isFresh(pgdata: string): Promise<boolean> {
  const entries = await readdir(pgdata).catch((error: { code?: string }) => (error.code === 'ENOENT' ? [] : undefined));
  return entries !== undefined && entries.length === 0;
}

export async function openDatabase(config: Config): Promise<Executor> {
  if (config.databaseUrl) {
    // node-postgres is loaded only when used: a PGlite start does not pay for it.
    const { openPostgres } = await import('./storage/drivers/postgres.js');
    return openPostgres({ connectionString: config.databaseUrl });
  }
  // PGlite creates pgdata/ but not its parents; with GRANTKIT_SECRET set nothing else has
  // created the data directory yet. Owner-only, and one process at a time (data-directory.ts).
  await secureDataDirectory(config.dataDir);
  const release = await lockDataDirectory(config.dataDir);
  try {
    const pgdata = config.dataDir + '/pgdata';
    // A fresh directory starts from the packaged, migrated template (when it matches these
    // migrations and this PGlite) instead of initdb plus every migration.
    const template = (await isFresh(pgdata)) ? await readTemplate() : undefined;
    return await openPGlite({ dataDir: pgdata, ...(template ? { loadDataDir: template } : {}), afterClose: release });
  } catch (error) {
    await release();
    throw error;
  }
}

/** A database that cannot be opened or migrated is a StartError naming what to change. */
async function startStep<T>(config: Config, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    throw explainStartError(error, 'database', config);
  }
}

/**
 * Opens (unless given) and migrates the configured database; every failure is a one-line
 * StartError. Shared by `serve` and the CLI commands, so both fail the same way.
 */
export async function openMigrated(config: Config, db?: Executor): Promise<{ database: Executor; applied: string[] }> {
  const database = await startStep(config, async () => db ?? openDatabase(config));
  const applied = await startStep(config, async () => {
    const versions = await migrate(database);
    // Codes stored in clear before migration 0011 are sealed now: SQL cannot reach the secret.
    await sealClearInvitationCodes(database, createCodeSealer(config.secret));
    return versions;
  }).catch(async (error: unknown) => {
    if (!db) await database.close().catch(() => undefined);
    throw error;
  });
  return { database, applied };
}

export interface GrantkitServer {
  readonly app: GrantkitApp;
  readonly deps: AppDeps;
  /** Graceful shutdown: stops the mail retry timer, drains in-flight work, then closes the database. */
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
  // The HTTP app (every route with its schemas: most of the server's code) loads while PGlite
  // compiles its WebAssembly and opens the data directory, rather than before.
  const appModule = import('./http/app.js');
  // A database that fails to open is the error to report; the app's import settles unobserved.
  appModule.catch(() => undefined);
  const { database, applied } = await openMigrated(config, db);
  if (applied.length) log.info('migrations applied', { versions: applied });
  const services = createServices({ config, logger: log, clock, db: database });
  const { close, ...deps } = services;
  const { createApp } = await appModule.catch(async (error: unknown) => {
    await services.close();
    throw error;
  });
  return { app: createApp(deps), deps, close };
}
