import { loadConfig } from '../config.js';
import { openDatabase } from '../server.js';
import { migrate } from '../storage/migrate.js';
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
    const db = await openDatabase(config);
    try {
      const applied = await migrate(db);
      io.out(applied.length ? `Applied ${applied.join(', ')}.` : 'The database is up to date.');
      return 0;
    } finally {
      await db.close();
    }
  },
};
