/**
 * @module testing/test-database
 * Fresh, migrated databases for tests. PGlite: a migrated template is built once (cached on
 * disk, keyed by the migrations' content) and cloned per database, because initialising PGlite
 * takes seconds. PostgreSQL (when DATABASE_URL is set): each database is its own schema, dropped
 * on close, so test files run in parallel on one server.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { Executor } from '../storage/executor.js';
import { dumpPGlite, openPGlite } from '../storage/drivers/pglite.js';
import { openPostgres } from '../storage/drivers/postgres.js';
import { loadMigrations, migrate } from '../storage/migrate.js';

export type StoreKind = 'pglite' | 'postgres';

/** The engines every storage-backed suite runs against: PGlite always, PostgreSQL when configured. */
export const storeKinds: StoreKind[] = process.env.DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

export interface TestDatabase {
  readonly kind: StoreKind;
  readonly db: Executor;
  /** For PostgreSQL: the connection string and schema, so a second instance can share it. */
  readonly connection?: { connectionString: string; schema: string };
  close(): Promise<void>;
}

async function pgliteTemplate(): Promise<Blob> {
  const migrations = await loadMigrations();
  const hash = createHash('sha256');
  for (const m of migrations) hash.update(m.version).update(m.sql);
  const dir = join(tmpdir(), 'grantkit-test-templates');
  const file = join(dir, `pglite-${hash.digest('hex').slice(0, 16)}.tgz`);
  try {
    return new Blob([await readFile(file)]);
  } catch {
    const db = await openPGlite();
    await migrate(db, migrations);
    const dump = await dumpPGlite(db);
    await db.close();
    await mkdir(dir, { recursive: true });
    // Write then rename: parallel workers never read a half-written template.
    const partial = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
    await writeFile(partial, Buffer.from(await dump.arrayBuffer()));
    await rename(partial, file);
    return dump;
  }
}

export async function createTestDatabase(kind: StoreKind = 'pglite'): Promise<TestDatabase> {
  if (kind === 'pglite') {
    const db = await openPGlite({ loadDataDir: await pgliteTemplate() });
    return { kind, db, close: () => db.close() };
  }
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error('DATABASE_URL is not set');
  const schema = `gk_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const db = await openPostgres({ connectionString, schema, max: 4 });
  await migrate(db);
  return {
    kind,
    db,
    connection: { connectionString, schema },
    async close() {
      await db.close();
      const cleanup = new pg.Client({ connectionString });
      await cleanup.connect();
      await cleanup.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await cleanup.end();
    },
  };
}

/** GRANTKIT_SECRET for tests that build a Store without a config (it seals invitation codes). */
export const TEST_SECRET: Uint8Array = new Uint8Array(32).fill(7);
