#!/usr/bin/env node
// `npm start`: the reference server on embedded PGlite (data in <repo>/.grantkit, git-ignored),
// demo data seeded on the first run only, then its URLs, the demo accounts and a ready-to-open
// access-request link. Ctrl-C stops everything cleanly.
//
// The demo (the Acme Energy partner site and the Voltgrid portal) is served from its production
// build by `vite preview` (built on the first start and again only when its sources change,
// scripts/production-build.js), so every page loads a few bundled files. `--dev` (the root
// `npm run dev`) runs Vite's dev server instead, for editing with hot reload. Either way the
// portal's /api calls are proxied to the server (demo/vite.config.ts). If either process dies,
// the other is stopped too.
//
// Plain Node on compiled JavaScript: the server runs from its installed bin (dist/, built by
// the root `npm start`), and the demo data comes from `@grantkit/reference-server/demo-data`.
//
// "running" is printed only when our own two processes answer, never because something else
// holds a port: both ports must be free on every loopback address before anything starts (one
// line naming the variable to change otherwise), and each child echoes a random id of this start
// (/healthz's `instance` for the server, a response header for Vite) before it counts as up.
//
// Both listen on loopback only (127.0.0.1): the demo accounts share a public password. HOST and
// DEMO_HOST open them to other machines (for example 0.0.0.0), each at the operator's choice.
//
// Environment: PORT (default 4000), HOST (127.0.0.1), PUBLIC_URL, GRANTKIT_DATA_DIR, DATABASE_URL,
// LOG_LEVEL (default warn here, so the terminal stays readable), DEMO_PORT (default 5173; the
// printed links and the return page registered for Acme Energy follow it), DEMO_HOST (127.0.0.1),
// GRANTKIT_PLATFORM_NAME, GRANTKIT_PLATFORM_LOGO_URL and GRANTKIT_THEME (default: the Voltgrid
// brand, scripts/platform-brand.js).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { portIsFree } from './ports.js';
import { platformBrandEnv } from './platform-brand.js';
import { ensureProductionBuild } from './production-build.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const port = process.env.PORT || '4000';
const publicUrl = (process.env.PUBLIC_URL || `http://localhost:${port}`).replace(/\/+$/, '');
const demoPort = process.env.DEMO_PORT || '5173';
const demoUrl = `http://localhost:${demoPort}`;
const host = process.env.HOST || '127.0.0.1';
const demoHost = process.env.DEMO_HOST || '127.0.0.1';
const dev = process.argv.includes('--dev');
// The portal's JSON calls reach the server through Vite's proxy with the demo's Origin: trust it
// for cookie-authenticated changes (CSRF check), next to whatever the operator set.
const trustedOrigins = [process.env.GRANTKIT_TRUSTED_ORIGINS, demoUrl, `http://127.0.0.1:${demoPort}`].filter(Boolean).join(',');
/** What only the processes of this start answer with. */
const instanceId = `demo-${randomBytes(12).toString('base64url')}`;

/** One line on stderr and a non-zero exit: the way every start failure here ends. */
function fail(line) {
  console.error(line);
  process.exit(1);
}

for (const [value, name] of [
  [port, 'PORT'],
  [demoPort, 'DEMO_PORT'],
]) {
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 65535) fail(`${name} must be a port number from 1 to 65535 (got "${value}").`);
  if (!(await portIsFree(Number(value)))) fail(`Port ${value} is in use: set ${name} to a free port (or stop what is using it).`);
}

// The compiled server, found as any installed package is (its dist/ must exist).
let demo;
let serverBin;
try {
  demo = await import('@grantkit/reference-server/demo-data');
  serverBin = resolve(dirname(fileURLToPath(import.meta.resolve('@grantkit/reference-server/package.json'))), 'bin/grantkit-server.js');
} catch {
  fail('The reference server is not built: run `npm run build` at the repository root (the root `npm start` does it for you).');
}

// The production build (when one is due) runs while the server starts: two processes, two cores.
const building = dev
  ? Promise.resolve()
  : ensureProductionBuild((line) => console.log(line)).catch((error) => {
      console.error(`The demo did not build (${error.message}); \`npm run dev\` serves it from source instead.`);
      stop(1);
      return new Promise(() => {});
    });

/** Long-running processes of the demo; each is stopped on Ctrl-C. */
const services = [
  {
    name: 'reference server',
    command: process.execPath,
    args: [serverBin, 'serve', '--seed'],
    env: {
      PORT: port,
      HOST: host,
      PUBLIC_URL: publicUrl,
      GRANTKIT_DEMO_URL: demoUrl,
      GRANTKIT_DATA_DIR: process.env.GRANTKIT_DATA_DIR || resolve(root, '.grantkit'),
      LOG_LEVEL: process.env.LOG_LEVEL || 'warn',
      GRANTKIT_TRUSTED_ORIGINS: trustedOrigins,
      GRANTKIT_INSTANCE_ID: instanceId,
      // Voltgrid's name, logo and colour on the server's pages; the operator's own env wins.
      ...Object.fromEntries(Object.entries(platformBrandEnv).map(([name, value]) => [name, process.env[name] || value])),
    },
    // Ours (our instance id on /healthz) and ready (database answers, migrations applied).
    ready: async () => (await instanceAt(`${publicUrl}/healthz`, (res) => res.json().then((b) => b.instance))) && (await fetch(`${publicUrl}/readyz`)).ok,
  },
  {
    name: dev ? 'demo (Vite dev server)' : 'demo (vite preview)',
    command: process.execPath,
    args: [resolve(root, 'node_modules/vite/bin/vite.js'), ...(dev ? [] : ['preview']), '--config', resolve(root, 'demo/vite.config.ts')],
    cwd: resolve(root, 'demo'),
    after: building,
    env: { GRANTKIT_URL: publicUrl, DEMO_PORT: demoPort, DEMO_HOST: demoHost, GRANTKIT_DEMO_INSTANCE_ID: instanceId },
    ready: () => instanceAt(`${demoUrl}/`, async (res) => res.headers.get('x-grantkit-demo-instance')),
  },
];

const children = [];
let stopping = false;

function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  const alive = children.filter((c) => c.exitCode === null && c.signalCode === null);
  if (!alive.length) process.exit(code);
  let remaining = alive.length;
  for (const child of alive) {
    child.once('exit', () => {
      if (--remaining === 0) process.exit(code);
    });
    child.kill('SIGTERM');
  }
  // A child that ignores SIGTERM is not allowed to hold the terminal hostage.
  setTimeout(() => {
    for (const child of alive) if (child.exitCode === null) child.kill('SIGKILL');
    process.exit(code);
  }, 5000).unref();
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

/** Whether `url` answers 200 with this start's instance id (read from the response by `idOf`). */
async function instanceAt(url, idOf) {
  const res = await fetch(url);
  return res.ok && (await idOf(res)) === instanceId;
}

async function waitFor(ready, child, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`exited with code ${child.exitCode} before it was ready`);
    try {
      if (await ready()) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`not ready after ${timeoutMs / 1000} s`);
}

/** Starts one service and resolves once it answers as ours; any failure stops everything. */
async function launch(service) {
  if (service.after) await service.after;
  const child = spawn(service.command, service.args, { cwd: service.cwd || root, env: { ...process.env, ...service.env }, stdio: 'inherit' });
  children.push(child);
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`\n${service.name} stopped (${signal ?? `exit code ${code}`}).`);
      stop(code || 1);
    }
  });
  try {
    await waitFor(service.ready, child);
  } catch (error) {
    if (!stopping) console.error(`${service.name} did not start: ${error.message}`);
    stop(1);
    await new Promise(() => {});
  }
}

// Side by side: neither needs the other to start (Vite's proxy reaches the server per request).
await Promise.all(services.map(launch));

const { DEMO_ACCOUNTS, DEMO_USERS, DEMO_PASSWORD, DEMO_INSTALLATIONS, DEMO_GROUPS, demoReturnUrls } = demo;
const example = new URL(`${publicUrl}/access/request/${DEMO_GROUPS.acme.lookupKey}`);
example.searchParams.set('installation_id', DEMO_INSTALLATIONS.home.id);
example.searchParams.set('locale', 'en');
example.searchParams.set('return_url', demoReturnUrls(demoUrl)[0]);
example.searchParams.set('state', randomBytes(9).toString('base64url'));

const width = Math.max(...DEMO_ACCOUNTS.map((u) => u.email.length));
console.log(`
grantkit is running.

  Partner website  ${demoUrl}/partner/      Acme Energy: connect an installation
  Platform portal  ${demoUrl}/portal/       installations, groups, codes, members, partners…
  Demo home        ${demoUrl}/
  Server           ${publicUrl}       API reference ${publicUrl}/docs

Demo accounts (password: ${DEMO_PASSWORD}; the portal logs in with one click)
${DEMO_ACCOUNTS.map((u) => `  ${u.email.padEnd(width)}  ${u.name}: ${u.role}`).join('\n')}

Partners: ${DEMO_GROUPS.acme.name} (lookup key ${DEMO_GROUPS.acme.lookupKey}), ${DEMO_GROUPS.nordlys.name} (${DEMO_GROUPS.nordlys.lookupKey})

An access request of ${DEMO_GROUPS.acme.name}, ready to open (log in as ${DEMO_USERS.owner.email}):

  ${example.href}

Press Ctrl-C to stop.
`);
