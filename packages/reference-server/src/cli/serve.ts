import { serve } from '@hono/node-server';
import { loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { createServer } from '../server.js';
import type { Command } from './main.js';

export const serveCommand: Command = {
  name: 'serve',
  summary: 'Run the reference server (PGlite by default, PostgreSQL with DATABASE_URL)',
  help: [
    'Usage: grantkit-server serve',
    '',
    'Environment:',
    '  PORT                      port to listen on (default 4000)',
    '  PUBLIC_URL                issuer and link base (default http://localhost:$PORT)',
    '  GRANTKIT_DATA_DIR         PGlite data directory (default ./.grantkit)',
    '  DATABASE_URL              use PostgreSQL instead of PGlite',
    '  GRANTKIT_SECRET           32+ random bytes, base64url; encrypts keys at rest (required in production)',
    '  GRANTKIT_TRUSTED_ORIGINS  extra origins allowed to send cookie-authenticated changes (comma-separated)',
    '  LOG_LEVEL                 debug | info | warn | error',
  ].join('\n'),
  async run(_args, io) {
    const config = loadConfig();
    const logger = createLogger({ level: config.logLevel });
    if (config.secretGenerated) {
      logger.warn(`GRANTKIT_SECRET is not set; using a generated one kept in ${config.dataDir}/secret (set it in production).`);
    }
    const server = await createServer({ config, logger });
    const httpServer = serve({ fetch: server.app.fetch, port: config.port, hostname: '0.0.0.0' });
    io.out(`grantkit reference server on ${config.publicUrl} (${config.databaseUrl ? 'PostgreSQL' : 'PGlite in ' + config.dataDir})`);
    await new Promise<void>((resolve) => {
      const stop = () => {
        httpServer.close(() => resolve());
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await server.close();
    return 0;
  },
};
