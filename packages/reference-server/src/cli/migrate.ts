import { loadConfig } from '../config.js';
import { openMigrated } from '../server.js';
import type { Command } from './command.js';

export const migrateCommand: Command = {
  name: 'migrate',
  summary: 'Apply pending database migrations and exit',
  help: [
    'Usage: grantkit-server migrate',
    '',
    'Applies the numbered SQL migrations that the database has not seen yet (PGlite in',
    'GRANTKIT_DATA_DIR, or PostgreSQL at DATABASE_URL). Safe to run on several instances at once.',
  ].join('\n'),
  async run(_args, io) {
    const config = loadConfig();
    const { database: db, applied } = await openMigrated(config);
    try {
      io.out(applied.length ? `Applied ${applied.join(', ')}.` : 'The database is up to date.');
      return 0;
    } finally {
      await db.close();
    }
  },
};
