/**
 * @module storage/migrate
 * Applies the numbered SQL files in `migrations/` once each, in order, recording them in
 * `schema_migrations`. An advisory lock makes concurrent starts of several instances safe.
 */
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Executor } from './executor.js';

const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));
/** Arbitrary constant key for pg_advisory_xact_lock: "grantkit" as an int. */
const LOCK_KEY = 0x6772616e;

export interface Migration {
  readonly version: string;
  readonly sql: string;
}

export async function loadMigrations(dir = MIGRATIONS_DIR): Promise<Migration[]> {
  const files = (await readdir(dir)).filter((f) => /^\d{4}-[\w-]+\.sql$/.test(f)).sort();
  return Promise.all(
    files.map(async (file) => ({ version: file.replace(/\.sql$/, ''), sql: await readFile(dir + file, 'utf8') })),
  );
}

/**
 * Whether every one of `all` is recorded already: the usual start, answered by two reads without
 * a transaction or the lock. A concurrent migrator's uncommitted rows are not seen, so a schema
 * being migrated right now still takes the locked path below and waits for it.
 */
async function allApplied(db: Executor, all: readonly Migration[]): Promise<boolean> {
  const [table] = await db.query<{ present: boolean }>(`SELECT to_regclass('schema_migrations') IS NOT NULL AS present`);
  if (!table?.present) return false;
  const done = new Set((await db.query<{ version: string }>('SELECT version FROM schema_migrations')).map((r) => r.version));
  return all.every((m) => done.has(m.version));
}

/** Applies pending migrations; returns the versions applied now. */
export async function migrate(db: Executor, migrations?: Migration[]): Promise<string[]> {
  const all = migrations ?? (await loadMigrations());
  if (await allApplied(db, all)) return [];
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [LOCK_KEY]);
    await tx.exec(
      `CREATE TABLE IF NOT EXISTS schema_migrations (
         version text PRIMARY KEY,
         applied_at timestamptz NOT NULL DEFAULT now()
       )`,
    );
    const done = new Set(
      (await tx.query<{ version: string }>('SELECT version FROM schema_migrations')).map((r) => r.version),
    );
    const applied: string[] = [];
    for (const migration of all) {
      if (done.has(migration.version)) continue;
      await tx.exec(migration.sql);
      await tx.query('INSERT INTO schema_migrations (version) VALUES ($1)', [migration.version]);
      applied.push(migration.version);
    }
    return applied;
  });
}
