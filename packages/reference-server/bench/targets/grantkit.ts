/**
 * grantkit's real server: PGlite store in a fresh data directory, a group and a service account
 * created through the domain code, served on loopback exactly as `grantkit-server serve` does —
 * including its logger at the default level (one JSON access line per request on stdout, which
 * the bench reads through a pipe like a log collector would).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../../src/config.js';
import { createServer } from '../../src/server.js';
import { createNodeServer } from '../../src/oauth/node-server.js';
import { createServiceAccount } from '../../src/domain/service-accounts.js';
import { reportReady } from '../child.js';

const dir = mkdtempSync(join(tmpdir(), 'grantkit-bench-'));
const config = loadConfig({ PORT: '0', GRANTKIT_DATA_DIR: dir, GRANTKIT_SIGNING_ALG: 'ES256' }, { persistSecret: false });
const server = await createServer({ config });
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
  rmSync(dir, { recursive: true, force: true });
});
