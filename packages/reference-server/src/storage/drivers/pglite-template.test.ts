import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadMigrations, migrate, type Migration } from '../migrate.js';
import { openPGlite } from './pglite.js';
import { readTemplate, templateIsCurrent, writeTemplate } from './pglite-template.js';

let scratch: string;
let migrations: Migration[];
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'grantkit-template-'));
  migrations = await loadMigrations();
  // initdb: seconds on an idle machine, minutes on a busy one.
  await writeTemplate(join(scratch, 'template'), migrations);
}, 600_000);
afterAll(() => rm(scratch, { recursive: true, force: true }));

describe('the migrated PGlite template', () => {
  it('fills a fresh data directory with every migration applied, so migrate() has nothing left to do', async () => {
    const template = await readTemplate(join(scratch, 'template'), migrations);
    expect(template).toBeDefined();
    const db = await openPGlite({ dataDir: join(scratch, 'pgdata'), loadDataDir: template! });
    try {
      expect(await migrate(db, migrations)).toEqual([]);
      const rows = await db.query<{ version: string }>('SELECT version FROM schema_migrations ORDER BY version');
      expect(rows.map((r) => r.version)).toEqual(migrations.map((m) => m.version));
    } finally {
      await db.close();
    }
  }, 120_000);

  it('is not used for other migrations (one added, or one whose SQL changed), nor when it is missing', async () => {
    const dir = join(scratch, 'template');
    expect(await templateIsCurrent(dir, [...migrations, { version: '9999-later', sql: 'SELECT 1' }])).toBe(false);
    expect(await readTemplate(dir, migrations.map((m, i) => (i === 0 ? { ...m, sql: `${m.sql}\n-- edited` } : m)))).toBeUndefined();
    expect(await readTemplate(join(scratch, 'nothing-here'), migrations)).toBeUndefined();
  });

  it('is not used when its fingerprint was damaged', async () => {
    const dir = join(scratch, 'damaged');
    await cp(join(scratch, 'template'), dir, { recursive: true });
    expect(await readTemplate(dir, migrations)).toBeDefined();
    await writeFile(join(dir, 'fingerprint'), 'not a fingerprint\n');
    expect(await readTemplate(dir, migrations)).toBeUndefined();
  });
});
