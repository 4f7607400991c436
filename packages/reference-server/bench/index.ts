/**
 * @module bench
 * `npm run bench -w @grantkit/reference-server`: the client_credentials token endpoint, side by
 * side on loopback with one load generator (autocannon), the same ES256 signing, body and
 * concurrency:
 *
 * - grantkit — the real server (PGlite store, service account looked up through the store), in
 *   the bench's own process under tsx;
 * - grantkit served — the same as operators run it: the compiled CLI `grantkit-server serve`
 *   started in a fresh data directory (needs `npm run build`), with its configured logging;
 * - grantkit on PostgreSQL — the same on the production store, when DATABASE_URL is set (a fresh
 *   schema, dropped afterwards);
 * - oidc-provider — the certified Node OpenID provider, JWT access tokens;
 * - ceiling — a frameworkless node:http route doing the same token logic all in memory.
 *
 * Each target runs in its own process (so peak RSS is its own); a warm-up run is discarded; the
 * rounds interleave targets so background load hits all alike, and each target's median round
 * counts (the range is printed too). The event-loop delay of the target during the measured run
 * shows stalls (GC, synchronous work). CPU per request (the target process's CPU time over the
 * measured requests) depends much less on what else the machine runs than req/s does; the main
 * thread's share leaves out the libuv threads where WebCrypto signs.
 * Then `verifyAccessToken` against a bare `jose.jwtVerify` loop. Prints a Markdown table.
 * Wall-clock numbers are reported, never asserted.
 *
 * Environment: BENCH_SECONDS (default 8), BENCH_WARMUP_SECONDS (3), BENCH_ROUNDS (3),
 * BENCH_CONNECTIONS (50), DATABASE_URL (adds the PostgreSQL row).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { cpus, loadavg } from 'node:os';
import type { ReadyMessage } from './child.js';
import { measure, type LoadResult } from './load.js';
import { benchVerify } from './verify.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const WARMUP = Number(process.env.BENCH_WARMUP_SECONDS ?? 3);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);

type TargetKey = 'grantkit' | 'grantkit-served' | 'grantkit-postgres' | 'oidc-provider' | 'ceiling';
const TARGETS: readonly { readonly key: TargetKey; readonly label: string }[] = [
  { key: 'grantkit', label: 'grantkit (Hono + PGlite store)' },
  { key: 'grantkit-served', label: 'grantkit served (`grantkit-server serve`, dist/, PGlite)' },
  ...(process.env.DATABASE_URL ? [{ key: 'grantkit-postgres', label: 'grantkit (Hono + PostgreSQL store)' } as const] : []),
  { key: 'oidc-provider', label: 'oidc-provider 9 (JWT access tokens)' },
  { key: 'ceiling', label: 'ceiling (node:http, all in memory)' },
];

interface Measured extends LoadResult {
  readonly peakRssMb: number;
  /** CPU time of the target per request: the whole process, and its main (JavaScript) thread alone. */
  readonly cpuMicrosPerRequest: number;
  readonly mainThreadCpuMicrosPerRequest: number | undefined;
  readonly loopDelayP99Ms: number;
  readonly loopDelayMaxMs: number;
}

function ask<T>(child: ChildProcess, send: object, type: string): Promise<T> {
  return new Promise((resolve) => {
    const listener = (m: { type: string }) => {
      if (m.type !== type) return;
      child.off('message', listener);
      resolve(m as T);
    };
    child.on('message', listener);
    if (Object.keys(send).length) child.send(send);
  });
}

async function runTarget(key: TargetKey): Promise<Measured> {
  const child = fork(fileURLToPath(new URL(`./targets/${key}.ts`, import.meta.url)), [], {
    execArgv: ['--conditions=source', '--import', 'tsx'],
    // stdout is a pipe the parent drains (grantkit's access log goes there, as to a log collector).
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  child.stdout!.resume();
  try {
    const ready = await ask<ReadyMessage>(child, {}, 'ready');
    const result = await measure({
      ...ready,
      connections: CONNECTIONS,
      warmupSeconds: WARMUP,
      seconds: SECONDS,
      afterWarmup: () => child.send({ type: 'reset-loop' }),
    });
    if (result.non2xx || result.errors) throw new Error(`${key}: ${result.non2xx} non-2xx answers and ${result.errors} errors`);
    const stats = await ask<{ peakRss: number; loopDelayP99Ms: number; loopDelayMaxMs: number; cpuMicros: number; mainThreadCpuMicros?: number }>(child, { type: 'rss' }, 'rss');
    return {
      ...result,
      peakRssMb: stats.peakRss / 1024 / 1024,
      loopDelayP99Ms: stats.loopDelayP99Ms,
      loopDelayMaxMs: stats.loopDelayMaxMs,
      cpuMicrosPerRequest: stats.cpuMicros / result.total,
      mainThreadCpuMicrosPerRequest: stats.mainThreadCpuMicros === undefined ? undefined : stats.mainThreadCpuMicros / result.total,
    };
  } finally {
    child.send({ type: 'stop' });
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const pct = (n: number) => `${fmt(n * 100)} %`;

async function main(): Promise<void> {
  console.log(`# grantkit token endpoint benchmark`);
  console.log(
    `node ${process.version}, ${cpus().length} CPU (${cpus()[0]?.model.trim()}), ES256, ${CONNECTIONS} connections, ` +
      `${WARMUP} s warm-up discarded, ${SECONDS} s measured, median of ${ROUNDS} interleaved rounds; ` +
      `load average before: ${loadavg().map((l) => l.toFixed(1)).join(' ')}\n`,
  );
  const runs = new Map<TargetKey, Measured[]>(TARGETS.map(({ key }) => [key, []]));
  for (let round = 1; round <= ROUNDS; round++) {
    for (const { key } of TARGETS) {
      const r = await runTarget(key);
      console.error(`round ${round} ${key}: ${fmt(r.requestsPerSecond)} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms, ${fmt(r.cpuMicrosPerRequest)} CPU µs/request`);
      runs.get(key)!.push(r);
    }
  }
  const best = new Map<TargetKey, Measured>();
  for (const [key, list] of runs) {
    const sorted = [...list].sort((a, b) => a.requestsPerSecond - b.requestsPerSecond);
    best.set(key, sorted[Math.floor((sorted.length - 1) / 2)]!);
  }
  const range = (key: TargetKey) => {
    const rps = runs.get(key)!.map((r) => r.requestsPerSecond);
    return `${fmt(Math.min(...rps))}–${fmt(Math.max(...rps))}`;
  };
  const g = best.get('grantkit')!;
  const o = best.get('oidc-provider')!;
  const c = best.get('ceiling')!;
  console.log('| target | req/s (median) | range of rounds | p50 ms | p99 ms | CPU µs/request (process / main thread) | peak RSS MB | event-loop delay p99 / max ms |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const { key, label } of TARGETS) {
    const r = best.get(key)!;
    console.log(
      `| ${label} | ${fmt(r.requestsPerSecond)} | ${range(key)} | ${r.p50} | ${r.p99} | ${fmt(r.cpuMicrosPerRequest)} / ${r.mainThreadCpuMicrosPerRequest === undefined ? '–' : fmt(r.mainThreadCpuMicrosPerRequest)} | ${fmt(r.peakRssMb)} | ${!Number.isFinite(r.loopDelayP99Ms) ? '–' : `${fmt(r.loopDelayP99Ms, 1)} / ${fmt(r.loopDelayMaxMs, 1)}`} |`,
    );
  }
  const verify = await benchVerify(Math.max(2, SECONDS / 2));
  console.log('\n| ratio | value | target |');
  console.log('| --- | ---: | ---: |');
  console.log(`| grantkit / oidc-provider throughput | ${fmt(g.requestsPerSecond / o.requestsPerSecond, 2)}x | ≥ 2.5x |`);
  console.log(`| grantkit / ceiling throughput | ${pct(g.requestsPerSecond / c.requestsPerSecond)} | ≥ 70 % |`);
  console.log(`| grantkit p99 at ${CONNECTIONS} connections | ${g.p99} ms | < 10 ms |`);
  const served = best.get('grantkit-served')!;
  console.log(`| grantkit served / oidc-provider throughput | ${fmt(served.requestsPerSecond / o.requestsPerSecond, 2)}x | ≥ 2.5x |`);
  console.log(`| grantkit served p99 at ${CONNECTIONS} connections | ${served.p99} ms | < 10 ms |`);
  console.log(`| grantkit served / in-process throughput | ${pct(served.requestsPerSecond / g.requestsPerSecond)} | – |`);
  const onPostgres = best.get('grantkit-postgres');
  if (onPostgres) {
    console.log(`| grantkit on PostgreSQL / oidc-provider throughput | ${fmt(onPostgres.requestsPerSecond / o.requestsPerSecond, 2)}x | ≥ 2.5x |`);
    console.log(`| grantkit on PostgreSQL p99 at ${CONNECTIONS} connections | ${onPostgres.p99} ms | < 10 ms |`);
  }
  console.log(
    `| verifyAccessToken / jose.jwtVerify (median of alternating pairs) | ${pct(verify.ratio)} (${fmt(verify.sdkOpsPerSecond)} vs ${fmt(verify.joseOpsPerSecond)} verifications/s) | ≥ 90 % |`,
  );
  console.log(`\nload average after: ${loadavg().map((l) => l.toFixed(1)).join(' ')} (${cpus().length} CPUs; above that, other processes shared the machine)`);
}

await main();
