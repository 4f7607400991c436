/**
 * @module bench/load-mix
 * `npm run bench:load -w @grantkit/reference-server [-- --engine postgres|pglite|both]`: mixed
 * traffic at 50 connections (autocannon; each connection cycles through the mix) against
 * grantkit and, as the ceiling, a bare Hono app making the same store and domain calls without
 * grantkit's middleware (mix/target.ts), on the same data: the demo seed plus the scale
 * generator at MIX_GRANTS (default 10⁴) grants. The mix, per cycle: browse (installations and
 * grants of the owner), consent (the consent page, which stores a pending request), two tokens,
 * API reads (Acme's grants and audit as its admin) and one revocation.
 *
 * Environment: BENCH_SECONDS (default 8), BENCH_WARMUP_SECONDS (3), BENCH_CONNECTIONS (50),
 * SCALE_ADMIN_URL (the PostgreSQL server; databases grantkit_load_* are created and dropped).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import type { MixReady } from './mix/target.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const WARMUP = Number(process.env.BENCH_WARMUP_SECONDS ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const { values } = parseArgs({ options: { engine: { type: 'string', default: 'both' } } });
const engines = values.engine === 'both' ? ['postgres', 'pglite'] : [values.engine!];

const MIX = ['browse: GET /api/installations', 'browse: GET /api/grants', 'consent: GET /access/request/TZBV', 'token: POST /oauth/token (x2)', 'API read: GET /api/groups/:id/grants', 'API read: GET /api/audit', 'revoke: DELETE /api/grants/:id'];

interface Result {
  readonly requestsPerSecond: number;
  readonly p50: number;
  readonly p99: number;
  readonly non2xx: number;
  readonly errors: number;
  readonly cpuMicrosPerRequest: number;
}

function requests(ready: MixReady): autocannon.Request[] {
  const basic = 'Basic ' + Buffer.from(`${encodeURIComponent(ready.clientId)}:${encodeURIComponent(ready.clientSecret)}`).toString('base64');
  const token = { method: 'POST', path: '/oauth/token', headers: { authorization: basic, 'content-type': 'application/x-www-form-urlencoded' }, body: 'grant_type=client_credentials&scope=installation%3Aread' };
  let next = 0;
  return [
    { method: 'GET', path: '/api/installations?limit=50', headers: { cookie: ready.ownerCookie } },
    { method: 'GET', path: '/api/grants?limit=50', headers: { cookie: ready.ownerCookie } },
    { method: 'GET', path: '/access/request/TZBV', headers: { cookie: ready.ownerCookie } },
    token,
    token,
    { method: 'GET', path: `/api/groups/${ready.acmeId}/grants?limit=50`, headers: { cookie: ready.adminCookie } },
    { method: 'GET', path: `/api/audit?group_id=${ready.acmeId}&limit=50`, headers: { cookie: ready.adminCookie } },
    {
      method: 'DELETE',
      path: '/api/grants/',
      headers: { cookie: ready.fleetCookie, origin: ready.origin },
      // Each revocation ends a different pool grant (a second one would be a no-op).
      setupRequest: (req) => {
        if (next >= ready.revokePool) throw new Error('revoke pool exhausted: raise MIX_GRANTS or shorten the run');
        return { ...req, path: `/api/grants/${ready.revokePrefix}-0000-4000-8000-${(next++).toString(16).padStart(12, '0')}` };
      },
    },
  ];
}

function run(url: string, reqs: autocannon.Request[], seconds: number): Promise<autocannon.Result> {
  return new Promise((resolve, reject) =>
    autocannon({ url, connections: CONNECTIONS, duration: seconds, requests: reqs }, (error, result) => (error ? reject(error) : resolve(result))),
  );
}

function message<T>(child: ChildProcess, type: string): Promise<T> {
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`target exited with ${code}`)));
    child.on('message', (m: { type: string }) => m.type === type && resolve(m as T));
  });
}

async function runTarget(engine: string, kind: 'grantkit' | 'bare'): Promise<Result> {
  const child = fork(fileURLToPath(new URL('./mix/target.ts', import.meta.url)), [engine, kind], {
    execArgv: ['--conditions=source', '--import', 'tsx'],
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  child.stdout!.resume();
  try {
    const ready = await message<MixReady & { type: 'ready' }>(child, 'ready');
    const reqs = requests(ready);
    await run(ready.url, reqs, WARMUP);
    child.send({ type: 'reset-loop' });
    const r = await run(ready.url, reqs, SECONDS);
    child.send({ type: 'rss' });
    const stats = await message<{ cpuMicros: number }>(child, 'rss');
    return { requestsPerSecond: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, non2xx: r.non2xx, errors: r.errors, cpuMicrosPerRequest: stats.cpuMicros / r.requests.total };
  } finally {
    child.send({ type: 'stop' });
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

console.log('# grantkit mixed-traffic benchmark');
console.log(
  `node ${process.version}, ${cpus().length} CPU, ${CONNECTIONS} connections, ${WARMUP} s warm-up discarded, ${SECONDS} s measured, ` +
    `${process.env.MIX_GRANTS ?? '10000'} grants of scale data; mix per cycle: ${MIX.join(', ')}; load average before: ${loadavg().map((l) => l.toFixed(1)).join(' ')}\n`,
);
// CPU per request is the comparison to trust on a shared machine; req/s moves with what else runs.
console.log('| engine | app | req/s | p50 ms | p99 ms | CPU µs/request | non-2xx | grantkit / bare (req/s; CPU per request) |');
console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const engine of engines) {
  const bare = await runTarget(engine, 'bare');
  const grantkit = await runTarget(engine, 'grantkit');
  for (const [label, r] of [['grantkit', grantkit], ['bare Hono (ceiling)', bare]] as const) {
    console.log(`| ${engine} | ${label} | ${fmt(r.requestsPerSecond)} | ${r.p50} | ${r.p99} | ${fmt(r.cpuMicrosPerRequest)} | ${r.non2xx + r.errors} | ${label === 'grantkit' ? `${fmt((grantkit.requestsPerSecond / bare.requestsPerSecond) * 100)} %; ${fmt((grantkit.cpuMicrosPerRequest / bare.cpuMicrosPerRequest) * 100)} %` : ''} |`);
  }
}
console.log(`\nload average after: ${loadavg().map((l) => l.toFixed(1)).join(' ')} (${cpus().length} CPUs)`);
