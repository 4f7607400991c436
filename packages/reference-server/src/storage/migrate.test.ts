import { afterEach, describe, expect, it } from 'vitest';
import { createTestDatabase, storeKinds, type TestDatabase } from '../testing/test-database.js';
import { openPGlite } from './drivers/pglite.js';
import { loadMigrations, migrate } from './migrate.js';

describe.each(storeKinds)('migrations on %s', (kind) => {
  let database: TestDatabase | undefined;
  afterEach(async () => database?.close());

  it('has applied every migration once and applies nothing on a second run', async () => {
    database = await createTestDatabase(kind);
    const versions = (await loadMigrations()).map((m) => m.version);
    const recorded = await database.db.query<{ version: string }>('SELECT version FROM schema_migrations ORDER BY version');
    expect(recorded.map((r) => r.version)).toEqual(versions);
    expect(await migrate(database.db)).toEqual([]);
  });

  it('applies a migration added to a current schema, once (the quick "all applied" check does not hide it)', async () => {
    database = await createTestDatabase(kind);
    const added = [...(await loadMigrations()), { version: '9999-added-for-test', sql: 'CREATE TABLE added_for_test (id int)' }];
    expect(await migrate(database.db, added)).toEqual(['9999-added-for-test']);
    expect(await database.db.query('SELECT * FROM added_for_test')).toEqual([]);
    expect(await migrate(database.db, added)).toEqual([]);
  });

  it('rolls a transaction back when its function throws', async () => {
    database = await createTestDatabase(kind);
    const db = database.db;
    await expect(
      db.transaction(async (tx) => {
        await tx.query(`INSERT INTO groups (id, name, lookup_key) VALUES ($1, 'G', 'ABCD')`, [crypto.randomUUID()]);
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await db.query('SELECT * FROM groups')).toEqual([]);
  });
});

describe('migrations on an empty database', () => {
  it('creates schema_migrations and applies every migration in order', async () => {
    const db = await openPGlite();
    try {
      const versions = (await loadMigrations()).map((m) => m.version);
      expect(await migrate(db)).toEqual(versions);
      expect(await migrate(db)).toEqual([]);
    } finally {
      await db.close();
    }
  });
});
