import { loadConfig } from '../config.js';
import { openMigrated } from '../server.js';
import { DEMO_PASSWORD, DEMO_USERS, runSeeders, seeders } from '../seed/index.js';
import { createStore } from '../storage/store.js';
import type { Command } from './command.js';
import { seedContext } from './seed-context.js';

export const seedCommand: Command = {
  name: 'seed',
  summary: 'Add the demo data (idempotent: only what is missing)',
  help: [
    'Usage: grantkit-server seed',
    '',
    'Applies pending migrations, then runs every demo-data seeder in order. Each one adds only',
    'what is missing and never changes existing rows, so running it twice is harmless.',
    `Demo accounts (password "${DEMO_PASSWORD}"): ${Object.values(DEMO_USERS).map((u) => u.email).join(', ')}.`,
    '',
    'Uses the same configuration as `serve` (GRANTKIT_DATA_DIR or DATABASE_URL, PUBLIC_URL for logo links);',
    'GRANTKIT_DEMO_URL is the demo site whose return page Acme Energy registers (default http://localhost:5173).',
  ].join('\n'),
  async run(_args, io) {
    const config = loadConfig();
    const { database: db } = await openMigrated(config);
    try {
      const lines = await runSeeders(createStore(db, config.secret), seedContext(config), seeders);
      for (const line of lines) io.out(line);
      io.out(`Demo accounts use the password "${DEMO_PASSWORD}".`);
      return 0;
    } finally {
      await db.close();
    }
  },
};
