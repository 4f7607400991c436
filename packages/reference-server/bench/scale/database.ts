/**
 * @module bench/scale/database
 * A fresh, seeded grantkit server for one size of the scale benchmark: on PostgreSQL in a
 * database of its own (created, and dropped on close, so the test database's other users are
 * never touched), or on PGlite in a temporary data directory. The server is the real one
 * (migrations, store, app, Node adapter); the seed is the demo's; then the bulk data.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { loadConfig } from '../../src/config.js';
import { silentLogger, type Logger } from '../../src/logger.js';
import { createServer, openDatabase } from '../../src/server.js';
import { createCodeSealer } from '../../src/security/code-sealing.js';
import { openPostgres } from '../../src/storage/drivers/postgres.js';
import type { Executor } from '../../src/storage/executor.js';
import { runSeeders } from '../../src/seed/index.js';
import { generateScaleData, type ScalePlan } from './generate.js';

export type Engine = 'postgres' | 'pglite';

export interface ScaleServer {
  readonly server: Awaited<ReturnType<typeof createServer>>;
  readonly db: Executor;
  readonly generateSeconds: number;
  close(): Promise<void>;
}

/** The database the scale benchmark owns (the load benchmark passes its own) on the PostgreSQL server of `adminUrl`. */
export const SCALE_DATABASE = 'grantkit_scale';

async function admin(adminUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** The same server URL with another database name. */
function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export async function openScaleServer(
  engine: Engine,
  plan: ScalePlan,
  {
    adminUrl,
    database = SCALE_DATABASE,
    logger = silentLogger,
    progress = () => undefined,
  }: { adminUrl: string; database?: string; logger?: Logger; progress?: (line: string) => void },
): Promise<ScaleServer> {
  const dir = mkdtempSync(join(tmpdir(), 'grantkit-scale-'));
  // Approvals and consent visits are repeated hundreds of times by one user: lift that user's
  // limit (the only limiter the measured requests meet); low scrypt cost for the two logins.
  const config = loadConfig(
    { PORT: '0', GRANTKIT_DATA_DIR: dir, GRANTKIT_SIGNING_ALG: 'ES256', GRANTKIT_PASSWORD_COST: '10', GRANTKIT_RATE_LIMIT_ACCESS_REQUEST_PER_USER: '1000000/60' },
    { persistSecret: false },
  );
  let db: Executor | undefined;
  let dropDatabase = async (): Promise<void> => {};
  if (engine === 'postgres') {
    await admin(adminUrl, `DROP DATABASE IF EXISTS ${database}`);
    await admin(adminUrl, `CREATE DATABASE ${database}`);
    dropDatabase = () => admin(adminUrl, `DROP DATABASE IF EXISTS ${database}`);
    db = await openPostgres({ connectionString: withDatabase(adminUrl, database) });
  }
  db ??= await openDatabase(config);
  const server = await createServer({ config, db, logger });
  const close = async () => {
    await server.close();
    await dropDatabase();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await runSeeders(server.deps.store, { publicUrl: config.publicUrl, passwordCost: config.passwordCost, clock: () => new Date() });
    const t = performance.now();
    await generateScaleData(db, plan, createCodeSealer(config.secret), progress);
    return { server, db, generateSeconds: (performance.now() - t) / 1000, close };
  } catch (error) {
    await close();
    throw error;
  }
}
