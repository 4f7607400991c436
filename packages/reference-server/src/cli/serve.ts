/**
 * @module cli/serve
 * `grantkit-server serve`: loads the configuration, opens and migrates the database, optionally
 * seeds the demo data, listens, and stops cleanly on SIGINT/SIGTERM (open requests finish first).
 */
import { loadConfig } from '../config.js';
import { checkPort, listen } from '../listen.js';
import { createLogger } from '../logger.js';
import { createServer } from '../server.js';
import { isSeeded, registerDemoReturnUrls, runSeeders } from '../seed/index.js';
import { explainStartError } from '../start-error.js';
import type { Command } from './command.js';
import { parseOptions } from './options.js';
import { seedContext } from './seed-context.js';

const OPTIONS = { seed: { type: 'boolean' } } as const;

export const serveCommand: Command = {
  name: 'serve',
  summary: 'Run the reference server (PGlite by default, PostgreSQL with DATABASE_URL)',
  help: [
    'Usage: grantkit-server serve [--seed]',
    '',
    'Options:',
    '  --seed                    add the demo data when the database has none yet (also GRANTKIT_SEED_DEMO=1)',
    '',
    'Environment:',
    '  PORT                      port to listen on (default 4000)',
    '  HOST                      address to listen on (default 0.0.0.0, every IPv4 interface)',
    '  PUBLIC_URL                issuer and link base (default http://localhost:$PORT)',
    '  GRANTKIT_DATA_DIR         PGlite data directory (default ./.grantkit)',
    '  DATABASE_URL              use PostgreSQL instead of PGlite',
    '  GRANTKIT_SECRET           32+ random bytes, base64url; encrypts keys at rest (required in production)',
    '  GRANTKIT_TRUSTED_ORIGINS  extra origins allowed to send cookie-authenticated changes (comma-separated)',
    '  LOG_LEVEL                 debug | info | warn | error',
    '  GRANTKIT_DEMO_URL         with --seed: the demo site whose return page Acme Energy registers (default http://localhost:5173)',
  ].join('\n'),
  options: OPTIONS,
  async run(args, io) {
    const options = parseOptions(args, OPTIONS);
    // main() has refused bad options already.
    const seed = typeof options !== 'string' && options.seed === true;
    const config = loadConfig();
    // Each start failure an operator can fix (data directory, database, port) is a one-line
    // ConfigError or StartError, which main() prints without a stack trace.
    await checkPort(config.port, config.host, config);
    const logger = createLogger({ level: config.logLevel });
    if (config.secretGenerated) {
      logger.warn(`GRANTKIT_SECRET is not set; using a generated one kept in ${config.dataDir}/secret (set it in production).`);
    }
    const server = await createServer({ config, logger });
    // Signing keys the secret cannot decrypt (GRANTKIT_SECRET changed) stop the start with one
    // line, rather than a running server whose token endpoint fails on every request.
    await server.deps.tokens.ready.catch(async (error: unknown) => {
      await server.close();
      throw explainStartError(error, 'database', config);
    });
    if (seed || process.env.GRANTKIT_SEED_DEMO === '1') {
      const context = seedContext(config);
      if (await isSeeded(server.deps.store)) {
        logger.info('demo data already present; not seeding');
        // The demo may run on another port than when it was seeded (DEMO_PORT).
        await registerDemoReturnUrls(server.deps.store, context.demoUrl);
      } else {
        for (const line of await runSeeders(server.deps.store, context)) logger.info('seeded', { seeder: line });
      }
    }
    let listening;
    try {
      listening = await listen(server);
    } catch (error) {
      await server.close();
      throw error;
    }
    // Housekeeping: pending requests and codes expired for a day are deleted (until then an old
    // link still gets its clear "expired" answer rather than "not found").
    const purge = setInterval(() => {
      server.deps.store.accessRequests
        .purgeExpired(new Date(Date.now() - 86_400_000))
        .catch((error: unknown) => logger.warn('purge of expired access requests failed', { error }));
    }, 3600_000);
    purge.unref();
    io.out(`grantkit reference server on ${config.publicUrl} (${config.databaseUrl ? 'PostgreSQL' : 'PGlite in ' + config.dataDir})`);
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    clearInterval(purge);
    await listening.close();
    return 0;
  },
};
