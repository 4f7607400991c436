/**
 * @module bench/start-time
 * `npm run bench:start -w @grantkit/reference-server`: how long `grantkit-server serve --seed`
 * (the compiled bin, as `npm start` runs it) takes from spawn to a ready `/readyz`, on a fresh
 * PGlite data directory and on a warm one, next to what PGlite alone needs for the same
 * directory: a bare `initdb` (fresh) and a bare open (warm), each in its own Node process timed
 * from spawn to `waitReady`. The ratios say how much the server adds to the engine; they depend
 * much less on what else the machine runs than the seconds do.
 *
 * Rounds interleave the four runs so background load hits all alike; medians count (the range is
 * printed too). Wall-clock numbers are reported, never asserted. Needs `npm run build` first.
 *
 * Environment: BENCH_ROUNDS (default 3).
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const BIN = fileURLToPath(new URL('../bin/grantkit-server.js', import.meta.url));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Seconds from spawning the server until /readyz answers 200; then stops it (SIGTERM). */
async function serverReady(dataDir: string): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, [BIN, 'serve', '--seed'], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', GRANTKIT_DATA_DIR: dataDir, LOG_LEVEL: 'error', DATABASE_URL: '' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`grantkit-server exited with code ${child.exitCode}`);
      const ok = await fetch(`http://127.0.0.1:${port}/readyz`).then((r) => r.ok, () => false);
      if (ok) return (performance.now() - started) / 1000;
      await new Promise((r) => setTimeout(r, 20));
    }
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}

/** Seconds from spawning a Node process until a bare PGlite on `dataDir` is ready (initdb when empty). */
async function bareOpen(dataDir: string): Promise<number> {
  const script = `import { PGlite } from '@electric-sql/pglite'; const db = new PGlite({ dataDir: ${JSON.stringify(dataDir)} }); await db.waitReady; process.stdout.write('ready'); await db.close();`;
  const started = performance.now();
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], { cwd: fileURLToPath(new URL('..', import.meta.url)), stdio: ['ignore', 'pipe', 'inherit'] });
  const ready = await new Promise<number>((resolve, reject) => {
    child.stdout.once('data', () => resolve((performance.now() - started) / 1000));
    child.once('exit', (code) => reject(new Error(`bare PGlite exited with code ${code}`)));
  });
  await new Promise((resolve) => child.once('exit', resolve));
  return ready;
}

type Run = 'serverFresh' | 'serverWarm' | 'bareInitdb' | 'bareOpen';

async function round(): Promise<Record<Run, number>> {
  const scratch = await mkdtemp(join(tmpdir(), 'grantkit-bench-start-'));
  try {
    const server = join(scratch, 'server');
    const bare = join(scratch, 'bare');
    const serverFresh = await serverReady(server);
    const bareInitdb = await bareOpen(bare);
    const serverWarm = await serverReady(server);
    // The same warm directory the server just used, opened by PGlite alone.
    const bareWarm = await bareOpen(join(server, 'pgdata'));
    return { serverFresh, serverWarm, bareInitdb, bareOpen: bareWarm };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
const s = (x: number) => `${x.toFixed(2)} s`;

console.log('# grantkit-server start time');
console.log(`node ${process.version}, ${cpus().length} CPU, median of ${ROUNDS} interleaved rounds; load average before: ${loadavg().map((l) => l.toFixed(1)).join(' ')}\n`);
const rounds: Record<Run, number>[] = [];
for (let i = 1; i <= ROUNDS; i++) {
  const r = await round();
  console.error(`round ${i}: fresh ${s(r.serverFresh)} (initdb ${s(r.bareInitdb)}), warm ${s(r.serverWarm)} (bare open ${s(r.bareOpen)})`);
  rounds.push(r);
}
const m = (k: Run) => median(rounds.map((r) => r[k]));
const range = (k: Run) => `${s(Math.min(...rounds.map((r) => r[k])))}–${s(Math.max(...rounds.map((r) => r[k])))}`;
console.log('| data directory | `serve --seed` ready (median) | range | PGlite alone (median) | range | server / PGlite alone | target |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
console.log(`| fresh (server: template + seed; PGlite: initdb) | ${s(m('serverFresh'))} | ${range('serverFresh')} | ${s(m('bareInitdb'))} | ${range('bareInitdb')} | ${(m('serverFresh') / m('bareInitdb')).toFixed(2)}x | ≤ 3 s |`);
console.log(`| warm (seeded; PGlite: open) | ${s(m('serverWarm'))} | ${range('serverWarm')} | ${s(m('bareOpen'))} | ${range('bareOpen')} | ${(m('serverWarm') / m('bareOpen')).toFixed(2)}x | ≤ 1.5 s |`);
console.log(`\nload average after: ${loadavg().map((l) => l.toFixed(1)).join(' ')} (${cpus().length} CPUs; above that, other processes shared the machine)`);
