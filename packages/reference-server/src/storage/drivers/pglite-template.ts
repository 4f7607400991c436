/**
 * @module storage/drivers/pglite-template
 * A migrated, empty PGlite data directory, as a gzipped tarball: what a fresh data directory is
 * loaded from instead of running PGlite's `initdb` and every migration (seconds on a small
 * machine, against a fraction of a second to unpack).
 *
 * Brotli with a 16 MiB window, not gzip: the data directory holds three near-identical databases
 * (template0, template1, postgres) that gzip's 32 KiB window cannot see as repeats — 4.7 MiB as
 * gzip, 1.7 MiB as brotli, which is what the template adds to the package.
 *
 * The package build writes one next to this module (`pglite-template/`, scripts/build-pglite-
 * template.mjs); tests cache theirs in the temporary directory. Either is keyed by a fingerprint
 * of the migrations' content and the PGlite version, so a template is never loaded into a
 * database whose migrations or engine differ from the ones that made it: then the server falls
 * back to `initdb` and migrates as before. `migrate()` still runs after a load and finds nothing
 * to apply, so the schema_migrations table stays the single record of what was applied.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, brotliDecompress, constants } from 'node:zlib';
import { loadMigrations, migrate, type Migration } from '../migrate.js';
import { dumpPGlite, openPGlite } from './pglite.js';

/** Where the package build puts the template: dist/storage/drivers/pglite-template/. */
export const PACKAGED_TEMPLATE_DIR = fileURLToPath(new URL('./pglite-template/', import.meta.url));
const TARBALL = 'pgdata.tar.br';
const FINGERPRINT = 'fingerprint';

let engine: Promise<string> | undefined;
/** The installed PGlite's version: a data directory of one PostgreSQL build may not suit another. */
function pgliteVersion(): Promise<string> {
  engine ??= (async () => {
    // The package's exports do not include package.json: read it beside the resolved entry.
    let dir = dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite'));
    for (;;) {
      try {
        const pkg = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
        if (pkg.name === '@electric-sql/pglite') return pkg.version ?? 'unknown';
      } catch {
        // not the package root yet
      }
      const parent = dirname(dir);
      if (parent === dir) return 'unknown';
      dir = parent;
    }
  })();
  return engine;
}

/** Identifies what a template holds: every migration's name and SQL, and the PGlite version. */
export async function templateFingerprint(migrations: readonly Migration[]): Promise<string> {
  const hash = createHash('sha256').update(`pglite ${await pgliteVersion()}\n`);
  for (const m of migrations) hash.update(m.version).update('\0').update(m.sql).update('\0');
  return hash.digest('hex');
}

/** Initialises an in-memory database, applies `migrations`, and dumps it as an uncompressed tar. */
async function dumpMigrated(migrations: readonly Migration[]): Promise<Buffer> {
  const db = await openPGlite();
  try {
    await migrate(db, [...migrations]);
    return Buffer.from(await (await dumpPGlite(db, 'none')).arrayBuffer());
  } finally {
    await db.close();
  }
}

function templateFiles(dir: string): { tarball: string; fingerprint: string } {
  return { tarball: join(dir, TARBALL), fingerprint: join(dir, FINGERPRINT) };
}

/** Whether `dir` holds a template made from exactly these migrations on this PGlite. */
export async function templateIsCurrent(dir: string, migrations: readonly Migration[]): Promise<boolean> {
  const stored = await readFile(templateFiles(dir).fingerprint, 'utf8').catch(() => undefined);
  return stored?.trim() === (await templateFingerprint(migrations));
}

/**
 * Builds the template of `migrations` into `dir` (the package build does this); returns its
 * compressed size in bytes.
 */
export async function writeTemplate(dir: string, migrations: readonly Migration[]): Promise<number> {
  const tar = await dumpMigrated(migrations);
  const compressed = await promisify(brotliCompress)(tar, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 8, [constants.BROTLI_PARAM_LGWIN]: 24, [constants.BROTLI_PARAM_SIZE_HINT]: tar.length },
  });
  const files = templateFiles(dir);
  await mkdir(dir, { recursive: true });
  // The fingerprint goes first and comes back last: an interrupted build leaves no template that
  // looks current.
  await rm(files.fingerprint, { force: true });
  await writeFile(`${files.tarball}.partial`, compressed);
  await rename(`${files.tarball}.partial`, files.tarball);
  await writeFile(files.fingerprint, `${await templateFingerprint(migrations)}\n`);
  return compressed.length;
}

/**
 * The template in `dir` as a tar PGlite can load, when it was made from exactly these migrations
 * on this PGlite; otherwise (none built, or stale) undefined, and the caller initialises the
 * database itself.
 */
export async function readTemplate(dir = PACKAGED_TEMPLATE_DIR, migrations?: readonly Migration[]): Promise<Blob | undefined> {
  if (!(await templateIsCurrent(dir, migrations ?? (await loadMigrations())))) return undefined;
  const compressed = await readFile(templateFiles(dir).tarball).catch(() => undefined);
  return compressed && new Blob([await promisify(brotliDecompress)(compressed)], { type: 'application/x-tar' });
}
