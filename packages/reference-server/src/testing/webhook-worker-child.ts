/**
 * @module testing/webhook-worker-child
 * A grantkit server process for the crash test (webhooks/crash-recovery.test.ts): the services
 * (with the webhook worker) on the PostgreSQL schema named by `GRANTKIT_TEST_SCHEMA`, configured
 * from the environment. Prints `ready` once its worker runs; the test kills it with SIGKILL.
 */
import { loadConfig } from '../config.js';
import { silentLogger } from '../logger.js';
import { createServer } from '../server.js';
import { openPostgres } from '../storage/drivers/postgres.js';

const config = loadConfig(process.env, { persistSecret: false });
const db = await openPostgres({ connectionString: config.databaseUrl!, schema: process.env.GRANTKIT_TEST_SCHEMA!, max: 2 });
await createServer({ config, logger: silentLogger, db });
process.stdout.write('ready\n');
