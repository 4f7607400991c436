/**
 * `npm run bench -w grantkit-demo`: every portal page, logged in as the Acme admin (who sees them
 * all), loaded in headless Chromium from the production build (demo/dist served by `vite preview`:
 * what `npm start` serves and the end-to-end tests test, built first when its sources changed,
 * scripts/production-build.js) and from Vite's dev server (`npm run dev`), both on loopback
 * against one seeded reference server. Per page: requests, the `load` event, and "interactive" — the moment
 * the last request of the page (its scripts, then its API calls) finished, with the network then
 * quiet for 200 ms. Medians over BENCH_ROUNDS (default 3) visits after one warm-up visit each.
 * Wall-clock numbers are reported, never asserted.
 */
import { cpus, loadavg } from 'node:os';
import { chromium, type Page } from 'playwright-core';
import { createServer, preview } from 'vite';
import { startTestServer } from '../../packages/reference-server/src/testing/test-server.js';
import { CHROMIUM_ARGS, chromiumPath, freePort } from '../e2e/stack.js';
import { PORTAL_PAGES, demoConfig } from '../vite.config.js';
import { ensureProductionBuild } from '../scripts/production-build.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const QUIET_MS = 200;

interface Visit {
  readonly requests: number;
  readonly loadMs: number;
  readonly interactiveMs: number;
}

async function visit(page: Page, url: string): Promise<Visit> {
  let inFlight = 0;
  let requests = 0;
  let lastDone = 0;
  const started = performance.now();
  const onRequest = () => {
    inFlight++;
    requests++;
  };
  const onDone = () => {
    inFlight--;
    lastDone = performance.now();
  };
  page.on('request', onRequest);
  page.on('requestfinished', onDone);
  page.on('requestfailed', onDone);
  try {
    await page.goto(url, { waitUntil: 'load' });
    const loadMs = performance.now() - started;
    while (inFlight > 0 || performance.now() - lastDone < QUIET_MS) await new Promise((r) => setTimeout(r, 20));
    return { requests, loadMs, interactiveMs: Math.max(loadMs, lastDone - started) };
  } finally {
    page.off('request', onRequest);
    page.off('requestfinished', onDone);
    page.off('requestfailed', onDone);
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;

const prodPort = await freePort();
const devPort = await freePort();
const origins = [prodPort, devPort].map((p) => `http://127.0.0.1:${p}`);
const server = await startTestServer({ env: { GRANTKIT_TRUSTED_ORIGINS: origins.join(','), GRANTKIT_RATE_LIMIT_LOGIN_PER_ADDRESS: '1000/300' } });
const config = (port: number) => ({ ...demoConfig({ serverUrl: server.url, port, host: '127.0.0.1', cacheDir: 'node_modules/.vite-bench' }), configFile: false as const, logLevel: 'error' as const });
await ensureProductionBuild((line) => console.error(line));
const previewServer = await preview(config(prodPort));
const devServer = await createServer(config(devPort));
await devServer.listen();
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });

const results = new Map<string, Map<string, Visit[]>>();
try {
  for (const [label, origin] of [['production build (vite preview)', origins[0]!], ['Vite dev server', origins[1]!]] as const) {
    const context = await browser.newContext();
    const login = await context.request.post(`${origin}/api/session`, { headers: { origin }, data: { email: 'admin@acme.example', password: 'grantkit-demo' } });
    if (!login.ok()) throw new Error(`login at ${origin}: ${login.status()}`);
    const page = await context.newPage();
    const perPage = new Map<string, Visit[]>();
    for (const name of PORTAL_PAGES) {
      const url = `${origin}/portal/${name}.html`;
      await visit(page, url); // warm-up: caches, and the dev server's first transform
      const visits: Visit[] = [];
      for (let i = 0; i < ROUNDS; i++) visits.push(await visit(page, url));
      perPage.set(name, visits);
    }
    results.set(label, perPage);
    await context.close();
  }
} finally {
  await browser.close();
  await devServer.close();
  await previewServer.close();
  await server.close();
}

console.log('# demo portal pages on loopback');
console.log(`node ${process.version}, ${cpus().length} CPU, headless Chromium, median of ${ROUNDS} visits after a warm-up; load average: ${loadavg().map((l) => l.toFixed(1)).join(' ')}\n`);
const labels = [...results.keys()];
console.log(`| page | ${labels.map((l) => `${l}: requests / load / interactive`).join(' | ')} |`);
console.log(`| --- | ${labels.map(() => '---:').join(' | ')} |`);
for (const name of PORTAL_PAGES) {
  const cells = labels.map((l) => {
    const v = results.get(l)!.get(name)!;
    return `${median(v.map((x) => x.requests))} / ${median(v.map((x) => x.loadMs)).toFixed(0)} ms / ${median(v.map((x) => x.interactiveMs)).toFixed(0)} ms`;
  });
  console.log(`| ${name} | ${cells.join(' | ')} |`);
}
const worst = (l: string) => Math.max(...PORTAL_PAGES.map((n) => median(results.get(l)!.get(n)!.map((x) => x.interactiveMs))));
console.log(`\nslowest page to interactive: ${labels.map((l) => `${l} ${worst(l).toFixed(0)} ms`).join(', ')} (target for the production build: ≤ 500 ms)`);
