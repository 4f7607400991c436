/**
 * grantkit's real server as a bench target: a group and a service account created through the
 * domain code, served on loopback exactly as `grantkit-server serve` does — including its logger
 * at the default level (one JSON access line per request on stdout, which the bench reads through
 * a pipe like a log collector would). The store is PGlite in a fresh data directory, or the
 * PostgreSQL server of DATABASE_URL in a fresh schema (dropped afterwards), with the production
 * pool size.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { loadConfig } from '../../src/config.js';
import { createServer } from '../../src/server.js';
import { createNodeServer } from '../../src/http/node/node-server.js';
import { createServiceAccount } from '../../src/domain/service-accounts.js';
import { openPostgres } from '../../src/storage/drivers/postgres.js';
import type { Executor } from '../../src/storage/executor.js';
import { reportReady } from '../child.js';

async function adminQuery(connectionString: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function startGrantkitTarget(storeKind: 'pglite' | 'postgres'): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'grantkit-bench-'));
  const config = loadConfig({ PORT: '0', GRANTKIT_DATA_DIR: dir, GRANTKIT_SIGNING_ALG: 'ES256' }, { persistSecret: false });
  let db: Executor | undefined;
  let dropSchema = async (): Promise<void> => {};
  if (storeKind === 'postgres') {
    const connectionString = process.env.DATABASE_URL;
    if (!connectionString) throw new Error('DATABASE_URL is not set');
    const schema = `gk_bench_${randomBytes(6).toString('hex')}`;
    await adminQuery(connectionString, `CREATE SCHEMA ${schema}`);
    db = await openPostgres({ connectionString, schema });
    dropSchema = () => adminQuery(connectionString, `DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  }
  const server = await createServer({ config, db });
  const { store } = server.deps;
  const group = await store.groups.create({ name: 'Bench Installers', lookupKey: 'BNCH' });
  const { account, clientSecret } = await createServiceAccount(
    { store, now: new Date(), passwordCost: config.passwordCost },
    { userId: null, label: 'bench' },
    group.id,
    { name: 'bench-bot' },
  );
  const http = createNodeServer(server);
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;
  reportReady({ url: `http://127.0.0.1:${port}`, clientId: account.clientId, clientSecret: clientSecret! }, async () => {
    http.close();
    await server.close();
    await dropSchema();
    rmSync(dir, { recursive: true, force: true });
  });
}
