/**
 * @module bench/scale
 * `npm run bench:scale -w @grantkit/reference-server [-- --sizes 1e3,1e4 --engine postgres|pglite|both]`:
 * how request latency grows with the data. For each size (grants; installations, groups, users,
 * audit events and invitation codes in proportion, see scale/generate.ts) a fresh database gets
 * the demo seed and the bulk data in SQL, the real server answers on loopback, and every probe
 * (scale/probes.ts) is timed sequentially. Prints a Markdown table per size as it finishes, then
 * p50 / p99 per size and the p99 growth from the smallest to the largest size (target: ≤ 2x).
 *
 * PostgreSQL: `--admin-url` (default $SCALE_ADMIN_URL or postgres://postgres@127.0.0.1:5432/postgres)
 * names the server; the bench creates and drops its own database `grantkit_scale` there.
 * PGlite: a temporary data directory per size. Wall-clock numbers are reported, never asserted.
 */
import { parseArgs } from 'node:util';
import { cpus, loadavg } from 'node:os';
import type { AddressInfo } from 'node:net';
import { createNodeServer } from '../src/http/node/node-server.js';
import { openScaleServer, SCALE_DATABASE, type Engine } from './scale/database.js';
import { scalePlan } from './scale/generate.js';
import { Client, PROBE_LABELS, runProbes, type ProbeLabel } from './scale/probes.js';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1e3,1e4,1e5,1e6' },
    engine: { type: 'string', default: 'postgres' },
    'admin-url': { type: 'string', default: process.env.SCALE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres' },
    requests: { type: 'string', default: '200' },
    seconds: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '10' },
  },
});

const sizes = values.sizes.split(',').map((s) => Number(s.trim()));
const engines: Engine[] = values.engine === 'both' ? ['postgres', 'pglite'] : [values.engine as Engine];
if (!engines.every((e) => e === 'postgres' || e === 'pglite')) throw new Error(`--engine must be postgres, pglite or both (got ${values.engine})`);
const sampling = { requests: Number(values.requests), seconds: Number(values.seconds), warmup: Number(values.warmup), minRequests: 20 };

const fmt = (n: number, digits = 1) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const sizeLabel = (n: number) => (Number.isInteger(Math.log10(n)) ? `10^${Math.log10(n)}` : n.toLocaleString('en-US'));
const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');
const progress = (line: string) => console.error(line);

/** Nearest-rank percentile of the samples. */
function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

interface SizeResult {
  readonly size: number;
  readonly generateSeconds: number;
  readonly samples: Map<ProbeLabel, number[]>;
}

async function measureSize(engine: Engine, size: number): Promise<SizeResult> {
  const plan = scalePlan(size);
  const started = performance.now();
  progress(`[${engine} ${sizeLabel(size)}] generating ${plan.grants} grants, ${plan.installations} installations, ${plan.auditEvents} audit events, ${plan.codes} codes (load ${load()})`);
  const scale = await openScaleServer(engine, plan, { adminUrl: values['admin-url'], progress });
  try {
    const http = createNodeServer(scale.server);
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = http.address() as AddressInfo;
      const client = new Client(`http://127.0.0.1:${port}`, new URL(scale.server.deps.config.publicUrl).origin);
      progress(`[${engine} ${sizeLabel(size)}] data in ${fmt(scale.generateSeconds)} s; timing`);
      const samples = await runProbes(scale.server, client, sampling, progress);
      progress(`[${engine} ${sizeLabel(size)}] done in ${fmt((performance.now() - started) / 1000)} s (load ${load()})`);
      return { size, generateSeconds: scale.generateSeconds, samples };
    } finally {
      http.closeAllConnections();
      await new Promise((resolve) => http.close(resolve));
    }
  } finally {
    await scale.close();
  }
}

function printSize(engine: Engine, r: SizeResult): void {
  console.log(`\n### ${engine}, ${sizeLabel(r.size)} grants (data generated in ${fmt(r.generateSeconds)} s)\n`);
  console.log('| request | n | p50 ms | p99 ms |');
  console.log('| --- | ---: | ---: | ---: |');
  for (const label of PROBE_LABELS) {
    const s = r.samples.get(label)!;
    console.log(`| ${label} | ${s.length} | ${fmt(percentile(s, 50))} | ${fmt(percentile(s, 99))} |`);
  }
}

function printGrowth(engine: Engine, results: readonly SizeResult[]): void {
  const first = results[0]!;
  const last = results[results.length - 1]!;
  console.log(`\n### ${engine}: p50 / p99 ms by size, p99 growth ${sizeLabel(first.size)} → ${sizeLabel(last.size)} (target ≤ 2x)\n`);
  console.log(`| request | ${results.map((r) => sizeLabel(r.size)).join(' | ')} | p50 growth | p99 growth |`);
  console.log(`| --- | ${results.map(() => '---:').join(' | ')} | ---: | ---: |`);
  for (const label of PROBE_LABELS) {
    const cells = results.map((r) => `${fmt(percentile(r.samples.get(label)!, 50))} / ${fmt(percentile(r.samples.get(label)!, 99))}`);
    // p50 growth beside the target's p99 growth: on a shared machine p99 is mostly other processes.
    const growth = (p: number) => percentile(last.samples.get(label)!, p) / percentile(first.samples.get(label)!, p);
    console.log(`| ${label} | ${cells.join(' | ')} | ${fmt(growth(50), 2)}x | ${fmt(growth(99), 2)}x ${growth(99) <= 2 ? '✓' : '✗'} |`);
  }
}

async function main(): Promise<void> {
  console.log('# grantkit scale benchmark');
  console.log(
    `node ${process.version}, ${cpus().length} CPU (${cpus()[0]?.model.trim()}), sequential requests on loopback, ` +
      `${sampling.warmup} untimed then up to ${sampling.requests} timed per request (at least ${sampling.minRequests}, else ${sampling.seconds} s); ` +
      `PostgreSQL database ${SCALE_DATABASE} (created and dropped); load average before: ${load()}`,
  );
  for (const engine of engines) {
    const results: SizeResult[] = [];
    for (const size of sizes) {
      const r = await measureSize(engine, size);
      printSize(engine, r);
      results.push(r);
    }
    if (results.length > 1) printGrowth(engine, results);
  }
  console.log(`\nload average after: ${load()} (${cpus().length} CPUs)`);
}

await main();
