// Profiling aid: the token endpoint alone, without HTTP, beside a bare SignJWT loop (node --conditions=source --import tsx bench/micro.ts).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateKeyPair, SignJWT } from 'jose';
import { loadConfig } from '../src/config.js';
import { silentLogger } from '../src/logger.js';
import { createServer } from '../src/server.js';
import { createServiceAccount } from '../src/domain/service-accounts.js';
import { tokenEndpoint } from '../src/oauth/token-endpoint.js';

const dir = mkdtempSync(join(tmpdir(), 'gk-micro-'));
const config = loadConfig({ GRANTKIT_DATA_DIR: dir, LOG_LEVEL: 'warn' }, { persistSecret: false });
const server = await createServer({ config, logger: silentLogger });
const { store } = server.deps;
const group = await store.groups.create({ name: 'B', lookupKey: 'BNCH' });
const { account, clientSecret } = await createServiceAccount({ store, now: new Date(), passwordCost: 10 }, { userId: null, label: 'b' }, group.id, { name: 'b' });
const service = server.deps.tokens;
await service.ready;
const req = { contentType: 'application/x-www-form-urlencoded', authorization: 'Basic ' + Buffer.from(`${account.clientId}:${clientSecret}`).toString('base64'), body: 'grant_type=client_credentials&scope=installation%3Aread', address: '127.0.0.1' };
const { privateKey } = await generateKeyPair('ES256');
async function time(label: string, fn: () => Promise<unknown>, concurrency = 1) {
  for (let i = 0; i < 300; i++) await fn();
  const n = 4000; const t = performance.now();
  const workers = Array.from({ length: concurrency }, async () => { for (let i = 0; i < n / concurrency; i++) await fn(); });
  await Promise.all(workers);
  console.log(label, `c=${concurrency}`, Math.round(n / ((performance.now() - t) / 1000)), 'ops/s');
}
for (const c of [1, 50]) {
  await time('tokenEndpoint', () => tokenEndpoint(service, req, silentLogger), c);
  await time('bare SignJWT', () => new SignJWT({ a: 1, scope: 'x', client_id: 'y' }).setProtectedHeader({ alg: 'ES256', typ: 'at+jwt' }).setIssuedAt().setJti(crypto.randomUUID()).sign(privateKey), c);
}
await server.close();
