/**
 * The packages as their users get them. Packs the three packages (prepack builds dist/),
 * installs the tarballs into one fresh folder outside the repository, and there runs each
 * README quick start: a Vite + strict TypeScript partner page and a no-bundler page in
 * Chromium, the operator's `npx grantkit-server serve --seed` with the consent page, and an
 * integrator's Node script against it. Also checks what `npm publish` would ship, publint and
 * attw. Run with `npm run test:packed`.
 */
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchChromium, waitUpgraded, watchedPage } from './harness/browser.js';
import { createFreshApp, makeTempDir, type FreshApp } from './harness/fresh-app.js';
import { startServer, type RunningServer } from './harness/grantkit-server.js';
import { attw, publint, publishCorrections } from './harness/lint-packed.js';
import { FOLDERS, PACKAGES, packAll, type PackageName, type Packed } from './harness/pack.js';
import { freePort, killAll, ok, run, sh, type RunResult } from './harness/processes.js';
import { commandLine, readmeBlocksOf, type ReadmeBlock } from './harness/readme-blocks.js';
import { serveStatic } from './harness/static-server.js';
import { shippingProblems } from './harness/what-ships.js';

const ROOT = resolve(import.meta.dirname, '..');
const FIXTURES = join(import.meta.dirname, 'fixtures');
const blocks = readmeBlocksOf(join(ROOT, 'README.md'));
const started = performance.now();
const say = (line: string) => console.log(`[consumers +${((performance.now() - started) / 1000).toFixed(1)}s] ${line}`);

function block(name: string): ReadmeBlock {
  const found = blocks.get(name);
  if (!found) throw new Error(`README.md has no block marked <!-- consumer: ${name} --> (the quick starts are what this suite runs)`);
  return found;
}

let packDir: string;
let packed: Map<PackageName, Packed>;
let app: FreshApp;
let browser: Browser | undefined;
let embedTypecheck: Promise<RunResult | Error>;
const launched = launchChromium().then((b) => (browser = b));

before(async () => {
  packDir = makeTempDir('grantkit-packed-');
  say(`npm pack ${PACKAGES.join(' ')} → ${packDir} (prepack builds dist/)`);
  packed = await packAll(ROOT, packDir);
  for (const p of packed.values()) say(`  ${p.name}@${p.version}: ${p.files.length} files, ${(p.size / 1024).toFixed(0)} kB packed`);
  // @types/node for the embedding check, @types/react for the React one (what those users have).
  app = await createFreshApp({ packed, blocks, fixtures: FIXTURES, extra: ['@types/node', '@types/react'] });
  say(`installed the tarballs and the README's install lines in ${app.dir} (${(app.installMs / 1000).toFixed(1)}s)`);
  // The embedding check's type check is the slowest step and needs nothing else: start it now,
  // so it overlaps the steps that mostly wait (browsers, server starts).
  embedTypecheck = run('npx', ['tsc', '-p', 'embed'], { cwd: app.dir, timeoutMs: 180_000 }).catch((error: Error) => error);
});

after(async () => {
  await browser?.close();
  killAll();
  for (const dir of [packDir, app?.dir]) if (dir && !process.env.KEEP_CONSUMERS) rmSync(dir, { recursive: true, force: true });
  say(process.env.KEEP_CONSUMERS ? `kept ${app?.dir}` : 'removed the temp folders');
});

describe('what npm publish would ship', () => {
  for (const name of PACKAGES) {
    test(`${name}: dist with types, README, LICENSE, CHANGELOG; no tests, helpers or build state`, () => {
      const { files } = packed.get(name)!;
      const manifest = JSON.parse(readFileSync(join(app.dir, 'node_modules', name, 'package.json'), 'utf8'));
      assert.deepEqual(shippingProblems(name, files, manifest), []);
    });
    test(`${name}: publint --strict and attw --profile esm-only report nothing`, async () => {
      const { tarball } = packed.get(name)!;
      const [lint, types] = await Promise.all([publint(ROOT, tarball), attw(ROOT, tarball)]);
      assert.equal(lint.code, 0, `publint:\n${lint.stdout}${lint.stderr}`);
      assert.doesNotMatch(lint.stdout, /Errors:|Warnings:/, lint.stdout);
      assert.equal(types.code, 0, `attw:\n${types.stdout}${types.stderr}`);
    });
  }
  test('npm publish --dry-run rewrites nothing in package.json (npm 11 drops a bin written "./bin/x.js")', async () => {
    const { corrections, output } = await publishCorrections(ROOT, PACKAGES.map((name) => FOLDERS[name]));
    assert.deepEqual(corrections, [], output.split('\n').filter((l) => /warn|error/.test(l)).join('\n'));
  });
  test('@grantkit/reference-server runs on plain Node: no tsx, esbuild or TypeScript at run time', () => {
    const dir = join(app.dir, 'node_modules/@grantkit/reference-server');
    const { dependencies = {}, bin = {} } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const compilers = ['tsx', 'esbuild', 'typescript'].filter((d) => d in dependencies);
    assert.deepEqual(compilers, [], `run-time dependencies that compile TypeScript: ${compilers.join(', ')}`);
    for (const [command, path] of Object.entries(bin as Record<string, string>)) {
      assert.doesNotMatch(readFileSync(join(dir, path), 'utf8'), /tsx|\.ts['"]/, `bin ${command} (${path}) loads TypeScript`);
    }
  });
});

describe('a partner website: Vite + strict TypeScript', () => {
  const cwd = () => join(app.dir, 'partner-site');
  test('tsc --noEmit and vite build pass (the README line)', async () => {
    const line = commandLine(block('partner-site.sh'), /tsc --noEmit/);
    const r = await ok(sh(line, { cwd: cwd(), timeoutMs: 120_000 }), line);
    say(`partner-site: "${line}" passed in ${(r.ms / 1000).toFixed(1)}s`);
  });
  test('the built page upgrades <gk-access-button>, and gk-access-result reports the closed popup', async () => {
    const site = await serveStatic(join(cwd(), 'dist'));
    const watched = await watchedPage(await launched);
    const { page, errors } = watched;
    try {
      // The platform is not running here: the popup gets a stand-in page.
      await page.context().route('https://portal.example.com/**', (route) => route.fulfill({ contentType: 'text/html', body: '<p>consent</p>' }));
      await page.goto(`${site.url}/`);
      await waitUpgraded(watched, 'gk-access-button');
      const button = page.locator('gk-access-button').getByRole('button');
      assert.match((await button.textContent()) ?? '', /Acme Energy/);
      const [popup] = await Promise.all([page.waitForEvent('popup'), button.click()]);
      await popup.waitForURL(/^https:\/\/portal\.example\.com\/access\/request\/TZBV\?/, { timeout: 10_000 });
      await popup.close();
      await page.locator('#outcome', { hasText: 'Not connected (cancelled)' }).waitFor({ timeout: 10_000 });
      assert.deepEqual(errors, []);
      say('partner-site: <gk-access-button> upgraded; the popup opened the access request; gk-access-result said "cancelled"');
    } finally {
      await page.close();
      await site.close();
    }
  });
});

describe('a React 19 app (types)', () => {
  test('JSX.IntrinsicElements from @grantkit/elements/react: typed props and ongk-* listeners', async () => {
    const r = await ok(run('npx', ['tsc', '-p', 'react-check'], { cwd: app.dir, timeoutMs: 120_000 }), 'tsc -p react-check');
    say(`react: tsc -p react-check passed in ${(r.ms / 1000).toFixed(1)}s`);
  });
});

describe('a page without a bundler', () => {
  test('page.html loads dist/bundle.js with <script type="module">: every element defined, no errors', async () => {
    const host = await serveStatic(app.dir);
    const watched = await watchedPage(await launched);
    const { page, errors } = watched;
    const scripts: string[] = [];
    page.on('request', (r) => void (r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname)));
    try {
      await page.goto(`${host.url}/page.html`);
      await waitUpgraded(watched, 'gk-access-button');
      const manifest = JSON.parse(readFileSync(join(app.dir, 'node_modules/@grantkit/elements/custom-elements.json'), 'utf8'));
      const tags: string[] = manifest.modules.flatMap((m: { declarations?: { tagName?: string }[] }) => (m.declarations ?? []).map((d) => d.tagName).filter(Boolean));
      assert.ok(tags.length >= 10, `custom-elements.json names ${tags.length} tags`);
      const undefinedTags = await page.evaluate((names) => names.filter((n) => !customElements.get(n)), [...new Set(tags)]);
      assert.deepEqual(undefinedTags, [], 'tags in custom-elements.json that the bundle does not define');
      const outside = scripts.filter((s) => !s.startsWith('/node_modules/@grantkit/elements/dist/'));
      assert.deepEqual(outside, [], 'the bundle is self-contained: no script from elsewhere');
      assert.deepEqual(errors, []);
      say(`no-bundler page: ${new Set(tags).size} elements defined from ${scripts.join(', ')}`);
    } finally {
      await page.close();
      await host.close();
    }
  });
});

describe('an operator and an integrator', () => {
  let port: number;
  let server: RunningServer | undefined;
  const serveLine = () => commandLine(block('operator.sh'), /^npx grantkit-server serve/);
  after(async () => void (await server?.process.stop()));

  test('npx grantkit-server serve --seed starts from the installed bin on PGlite', async () => {
    port = await freePort();
    server = await startServer(serveLine(), { cwd: app.dir, port });
    assert.match(server.process.output(), /PGlite/, 'the start line names the store: PGlite, whatever DATABASE_URL the suite itself has');
    say(`operator: "${serveLine()}" ready on ${server.url} in ${(server.startMs / 1000).toFixed(1)}s (/readyz answered 200)`);
  });

  test('/healthz and /readyz answer 200', async () => {
    assert.ok(server, 'the server did not start');
    for (const path of ['/healthz', '/readyz']) {
      const response: Response = await fetch(server.url + path);
      assert.equal(response.status, 200, `${path} answered ${response.status}`);
    }
  });

  test('a second server on the same port exits non-zero with one line naming PORT', async () => {
    assert.ok(server, 'the server did not start');
    // Its own data directory, so the running server's PGlite is never opened twice.
    const env = { PORT: String(port), GRANTKIT_DATA_DIR: './.grantkit-second' };
    const r = await sh(serveLine(), { cwd: app.dir, env, timeoutMs: 30_000 });
    assert.notEqual(r.code, 0, `exited ${r.code}:\n${r.stdout}${r.stderr}`);
    assert.match(r.stderr, new RegExp(`Port ${port} is in use.*PORT`));
    assert.doesNotMatch(r.stdout, /grantkit reference server on/, 'said it was running');
    say(`operator: a second start on port ${port} exited ${r.code}: ${r.stderr.trim().split('\n').at(-1)}`);
  });

  test('the consent page: log in, <gk-consent> upgraded, approve Home for Acme Energy', async () => {
    assert.ok(server, 'the server did not start');
    const watched = await watchedPage(await launched);
    const { page, errors } = watched;
    try {
      await page.goto(`${server.url}/access/request/TZBV`);
      const password = page.locator('input[name="password"]');
      await password.or(page.locator('gk-consent')).first().waitFor();
      if (await password.isVisible()) {
        await page.locator('input[name="email"]').fill('owner@demo.grantkit.dev');
        await password.fill('grantkit-demo');
        await page.locator('form button[type="submit"], form input[type="submit"]').first().click();
      }
      await waitUpgraded(watched, 'gk-consent');
      const card = page.locator('gk-consent');
      await card.locator('[part~="installation"]', { hasText: 'Home' }).click();
      await card.getByRole('button', { name: 'Approve' }).click();
      await page.locator('[data-outcome="approved"]').waitFor();
      // The login form's 401 probe of /api/me is expected before logging in.
      assert.deepEqual(errors.filter((e) => !/\/api\/me\b/.test(e)), []);
      say('operator: consent page served its elements; owner approved Home for Acme Energy (TZBV)');
    } finally {
      await page.close();
    }
  });

  test('stops cleanly on SIGTERM', async () => {
    assert.ok(server, 'the server did not start');
    const { process: serverProcess } = server;
    const stopped = await serverProcess.stop();
    server = undefined;
    assert.ok(stopped.graceful, `still running 10 s after SIGTERM:\n${serverProcess.output()}`);
    await assert.rejects(fetch(`http://localhost:${port}/healthz`), 'the port is closed');
    say('operator: SIGTERM stopped the server and its npx parent; the port is closed');
  });

  test("import { createServer } from '@grantkit/reference-server' type-checks (NodeNext, strict) and runs on plain Node", async () => {
    const checked = await embedTypecheck;
    if (checked instanceof Error) throw checked;
    const tsc = await ok(Promise.resolve(checked), 'tsc -p embed');
    const r = await ok(run('node', ['embed/out/embed.js'], { cwd: app.dir, env: { PUBLIC_URL: 'http://localhost:4000', LOG_LEVEL: 'warn' }, timeoutMs: 30_000 }), 'node embed/out/embed.js');
    assert.match(r.stdout, /^embedded: metadata 200, issuer http:\/\/localhost:4000$/m);
    say(`embedding: tsc ${(tsc.ms / 1000).toFixed(1)}s; ${r.stdout.trim()}`);
  });

  test('integrator: service-account create, then integrator.mjs lists installations and verifies its token', async () => {
    const createLine = commandLine(block('integrator.sh'), /^npx grantkit-server service-account create/);
    const created = await ok(sh(createLine, { cwd: app.dir, env: { LOG_LEVEL: 'warn' }, timeoutMs: 60_000 }), createLine);
    const account = JSON.parse(created.stdout.trim().split('\n').at(-1)!) as { client_id: string; client_secret: string };
    assert.match(account.client_id, /^gksa_/);
    say(`integrator: "${createLine}" → ${account.client_id}`);
    commandLine(block('integrator.sh'), /node integrator\.mjs$/); // the README runs the same file
    server = await startServer(serveLine(), { cwd: app.dir, port });
    const env = { GRANTKIT_URL: server.url, GRANTKIT_CLIENT_ID: account.client_id, GRANTKIT_CLIENT_SECRET: account.client_secret };
    const r = await ok(run('node', ['integrator.mjs'], { cwd: app.dir, env, timeoutMs: 30_000 }), 'node integrator.mjs');
    say(`integrator: node integrator.mjs printed:\n${r.stdout.trimEnd()}`);
    assert.match(r.stdout, /^installations: .*\bHome\b/m);
    assert.match(r.stdout, new RegExp(`^token of TZBV \\(${account.client_id}\\), scope "`, 'm'));
  });
});
