import { afterEach, describe, expect, it } from 'vitest';
import { createTestDatabase, storeKinds, type TestDatabase } from '../testing/test-database.js';
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
