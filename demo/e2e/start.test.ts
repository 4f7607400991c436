/**
 * `npm start` as a new user runs it: one command starts the server and Vite, prints the URLs and
 * accounts, the portal's proxied API accepts a login from the demo origin, Ctrl-C stops both,
 * and a restart keeps what was done. Ports and the data directory are temporary.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from './stack.js';

const script = resolve(fileURLToPath(new URL('.', import.meta.url)), '../scripts/start.js');
let dataDir: string;
let env: NodeJS.ProcessEnv;
let demoUrl: string;
let serverUrl: string;

interface Started {
  readonly child: ChildProcess;
  readonly output: () => string;
}

const launched: ChildProcess[] = [];

async function start(): Promise<Started> {
  const child = spawn(process.execPath, [script], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  launched.push(child);
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  await new Promise<void>((resolve, reject) => {
    const check = () => {
      if (output.includes('Press Ctrl-C to stop.')) resolve();
      else if (child.exitCode !== null) reject(new Error(`start.js exited early:\n${output}`));
      else setTimeout(check, 100);
    };
    check();
  });
  return { child, output: () => output };
}

async function stop({ child }: Started): Promise<number | null> {
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  child.kill('SIGINT');
  return exited;
}

async function login(email: string): Promise<string> {
  const res = await fetch(`${demoUrl}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: demoUrl },
    body: JSON.stringify({ email, password: 'grantkit-demo' }),
  });
  expect(res.status).toBe(200);
  return res.headers.get('set-cookie')!.split(';')[0]!;
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'grantkit-start-'));
  const [port, demoPort] = [await freePort(), await freePort()];
  demoUrl = `http://localhost:${demoPort}`;
  serverUrl = `http://localhost:${port}`;
  // The quick start runs on the embedded database: CI's DATABASE_URL is a shared PostgreSQL
  // database whose signing keys were stored under other tests' secrets, which the server now
  // refuses to start with (one line), as it should.
  const { DATABASE_URL: _shared, ...inherited } = process.env;
  env = { ...inherited, PORT: String(port), DEMO_PORT: String(demoPort), GRANTKIT_DATA_DIR: dataDir, GRANTKIT_PASSWORD_COST: '10' };
});
afterAll(async () => {
  // A failed assertion must not leave a server behind: start.js stops its children on SIGINT.
  for (const child of launched) if (child.exitCode === null && child.signalCode === null) child.kill('SIGINT');
  await rm(dataDir, { recursive: true, force: true });
});

describe('npm start', () => {
  it('starts both, prints the URLs and accounts, proxies the portal API, stops on Ctrl-C, and keeps data across restarts', async () => {
    const first = await start();
    expect(first.output()).toContain(`Partner website  ${demoUrl}/partner/`);
    expect(first.output()).toContain(`Platform portal  ${demoUrl}/portal/`);
    expect(first.output()).toContain('holder@demo.grantkit.dev');
    expect((await fetch(`${demoUrl}/partner/`)).status).toBe(200);
    expect((await fetch(`${serverUrl}/openapi.json`)).status).toBe(200);
    // The portal reaches the API through Vite's proxy; logged out it is a 401 problem.
    expect((await fetch(`${demoUrl}/api/me`)).status).toBe(401);

    // A change through the portal's origin (trusted for the CSRF check): an invitation code.
    const cookie = await login('admin@acme.example');
    const created = await fetch(`${demoUrl}/api/groups/9c405d71-3eaf-4f41-8d84-000000000301/invitation-codes`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: demoUrl, cookie },
      body: JSON.stringify({ count: 1, validity_days: 10, roles: ['member'] }),
    });
    expect(created.status).toBe(201);
    const code = ((await created.json()) as { items: { code: string }[] }).items[0]!.code;

    expect(await stop(first)).toBe(0);
    await expect(fetch(`${serverUrl}/openapi.json`)).rejects.toThrow();
    await expect(fetch(`${demoUrl}/`)).rejects.toThrow();

    const second = await start();
    const again = await login('admin@acme.example');
    const list = (await (await fetch(`${demoUrl}/api/invitation-codes`, { headers: { cookie: again } })).json()) as { items: { code: string }[] };
    expect(list.items.map((c) => c.code)).toContain(code);
    expect(await stop(second)).toBe(0);
  }, 120_000);

  it('stops the other process when one dies', async () => {
    const running = await start();
    const exited = new Promise<number | null>((resolve) => running.child.once('exit', (code) => resolve(code)));
    expect((await fetch(`${demoUrl}/`)).status).toBe(200);
    const server = (await childrenOf(running.child.pid!)).find((c) => c.args.includes('grantkit-server'));
    expect(server).toBeDefined();
    process.kill(server!.pid, 'SIGKILL');
    expect(await exited).not.toBe(0);
    await expect(fetch(`${demoUrl}/`)).rejects.toThrow();
  }, 120_000);
});

describe('npm start with a port already taken', () => {
  /** Runs start.js to its end; it must not get as far as starting anything. */
  async function startFails(extraEnv: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
    const child = spawn(process.execPath, [script], { env: { ...env, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'] });
    launched.push(child);
    let output = '';
    child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    return { code, output };
  }

  async function occupy(host: string): Promise<{ port: number; close(): Promise<void> }> {
    const squatter = createNetServer((socket) => socket.end('HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\nok'));
    await new Promise<void>((resolve) => squatter.listen(0, host, resolve));
    return { port: (squatter.address() as { port: number }).port, close: () => new Promise((resolve) => squatter.close(() => resolve())) };
  }

  it('says which variable to change in one line, exits 1, and never prints "running"', async () => {
    const server = await occupy('0.0.0.0');
    try {
      const { code, output } = await startFails({ PORT: String(server.port) });
      expect(code).toBe(1);
      expect(output).toBe(`Port ${server.port} is in use: set PORT to a free port (or stop what is using it).\n`);
    } finally {
      await server.close();
    }
  });

  it('counts a port held only on IPv6 loopback as taken, for DEMO_PORT too (localhost may reach it)', async () => {
    let squatter;
    try {
      squatter = await occupy('::1');
    } catch {
      return; // no IPv6 loopback on this machine: nothing there can answer for localhost
    }
    try {
      const { code, output } = await startFails({ DEMO_PORT: String(squatter.port) });
      expect(code).toBe(1);
      expect(output).toBe(`Port ${squatter.port} is in use: set DEMO_PORT to a free port (or stop what is using it).\n`);
      expect(output).not.toContain('running');
    } finally {
      await squatter.close();
    }
  });
});

/** Direct children of a process, from /proc (Linux). */
async function childrenOf(ppid: number): Promise<{ pid: number; args: string }[]> {
  const found: { pid: number; args: string }[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = await readFile(`/proc/${entry}/stat`, 'utf8');
      // Field 4 is the parent pid; field 2 (the command) may contain spaces, so split after ')'.
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (parent === ppid) found.push({ pid: Number(entry), args: (await readFile(`/proc/${entry}/cmdline`, 'utf8')).replace(/\0/g, ' ') });
    } catch {
      // the process ended meanwhile
    }
  }
  return found;
}
