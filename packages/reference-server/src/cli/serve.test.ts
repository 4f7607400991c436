/**
 * Start failures of `grantkit-server serve`: each is one line naming what to change, exit code 1,
 * no stack trace. A real occupied port, a real unreachable PostgreSQL, a real data directory
 * that cannot be created.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, stat, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { listen } from '../listen.js';
import { StartError } from '../start-error.js';
import { createTestApp } from '../testing/test-app.js';
import { main, type CliIo } from './main.js';

function capture(): CliIo & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, out: (l) => lines.push(l), err: (l) => errors.push(l) };
}

const SECRET = Buffer.alloc(32, 7).toString('base64url');
let busy: Server;
let busyPort: number;
let scratch: string;
const savedEnv = { ...process.env };

beforeAll(async () => {
  busy = createServer();
  await new Promise<void>((resolve) => busy.listen(0, '0.0.0.0', resolve));
  busyPort = (busy.address() as { port: number }).port;
  scratch = await mkdtemp(join(tmpdir(), 'gk-serve-'));
});
afterAll(() => new Promise<void>((resolve) => busy.close(() => resolve())));
afterEach(() => {
  for (const key of Object.keys(process.env)) if (!(key in savedEnv)) delete process.env[key];
  Object.assign(process.env, savedEnv);
});

/** Runs `serve` in this process with the given environment; it must fail before serving anything. */
async function serveWith(env: Record<string, string>) {
  delete process.env.DATABASE_URL;
  Object.assign(process.env, { GRANTKIT_DATA_DIR: join(scratch, 'data'), LOG_LEVEL: 'error', GRANTKIT_PASSWORD_COST: '10', ...env });
  const io = capture();
  const code = await main(['serve'], io);
  return { code, io };
}

describe('serve: start failures', () => {
  it('a port in use: one line naming PORT, exit code 1, before the database is opened', async () => {
    const started = performance.now();
    const { code, io } = await serveWith({ PORT: String(busyPort) });
    expect(code).toBe(1);
    expect(io.errors).toEqual([`grantkit-server: Port ${busyPort} is in use: set PORT to a free port (or stop what is using it).`]);
    expect(io.lines).toEqual([]);
    // PGlite takes seconds to open; failing first means no wait and no half-started server.
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('an unreachable PostgreSQL: one line naming DATABASE_URL, without its password', async () => {
    const { code, io } = await serveWith({ PORT: '0', DATABASE_URL: 'postgres://grantkit:s3cret@127.0.0.1:1/grantkit', GRANTKIT_SECRET: SECRET });
    expect(code).toBe(1);
    expect(io.errors).toEqual([
      'grantkit-server: Cannot reach PostgreSQL at 127.0.0.1:1/grantkit (ECONNREFUSED): check the host and port in DATABASE_URL and that the database server is running.',
    ]);
  });

  it('a DATABASE_URL that is not a URL: one line', async () => {
    const { code, io } = await serveWith({ PORT: '0', DATABASE_URL: 'postgres://x:y@[bad/db' });
    expect(code).toBe(1);
    expect(io.errors).toEqual(['grantkit-server: DATABASE_URL must be a URL such as postgres://user:password@host:5432/database.']);
  });

  it('a data directory that cannot be created: one line naming GRANTKIT_DATA_DIR (secret generated, or given)', async () => {
    const file = join(scratch, 'a-file');
    await writeFile(file, '');
    const generated = await serveWith({ PORT: '0', GRANTKIT_DATA_DIR: join(file, 'data') });
    expect(generated.code).toBe(1);
    expect(generated.io.errors).toEqual([`grantkit-server: Cannot write the data directory ${join(file, 'data')} (ENOTDIR): set GRANTKIT_DATA_DIR to a writable directory.`]);
    const given = await serveWith({ PORT: '0', GRANTKIT_DATA_DIR: join(file, 'data'), GRANTKIT_SECRET: SECRET });
    expect(given.code).toBe(1);
    expect(given.io.errors).toHaveLength(1);
    expect(given.io.errors[0]).toMatch(/^grantkit-server: Cannot write the data directory .*: set GRANTKIT_DATA_DIR to a writable directory\.$/);
  });
});

describe('CLI commands and the secret: the same one-line failures as serve', () => {
  async function run(argv: string[], env: Record<string, string>) {
    delete process.env.DATABASE_URL;
    Object.assign(process.env, { GRANTKIT_DATA_DIR: join(scratch, 'data'), LOG_LEVEL: 'error', GRANTKIT_PASSWORD_COST: '10', ...env });
    const io = capture();
    const code = await main(argv, io);
    return { code, io };
  }

  it('a CLI command against an unreachable PostgreSQL or an unusable data directory: one line, exit 1', async () => {
    const unreachable = await run(['keys', 'rotate'], { DATABASE_URL: 'postgres://grantkit:s3cret@127.0.0.1:1/grantkit', GRANTKIT_SECRET: SECRET });
    expect(unreachable.code).toBe(1);
    expect(unreachable.io.errors).toEqual([
      'grantkit-server: Cannot reach PostgreSQL at 127.0.0.1:1/grantkit (ECONNREFUSED): check the host and port in DATABASE_URL and that the database server is running.',
    ]);
    const file = join(scratch, 'not-a-directory');
    await writeFile(file, '');
    const unusable = await run(['migrate'], { GRANTKIT_DATA_DIR: file, GRANTKIT_SECRET: SECRET });
    expect(unusable.code).toBe(1);
    expect(unusable.io.errors).toEqual([`grantkit-server: Cannot write the data directory ${file} (EEXIST on ${file}): set GRANTKIT_DATA_DIR to a writable directory.`]);
  });

  it('missing parents of GRANTKIT_DATA_DIR are created (owner-only), not a stack trace', async () => {
    const nested = join(scratch, 'missing', 'parent', 'data');
    const { code, io } = await run(['migrate'], { GRANTKIT_DATA_DIR: nested, GRANTKIT_SECRET: SECRET });
    expect(io.errors).toEqual([]);
    expect(code).toBe(0);
    expect((await stat(nested)).mode & 0o777).toBe(0o700);
  });

  it.skipIf(!savedEnv.DATABASE_URL)('a PostgreSQL that refuses the login: one line naming the user and password', async () => {
    const url = new URL(savedEnv.DATABASE_URL!);
    url.username = 'no_such_role';
    const { code, io } = await run(['migrate'], { DATABASE_URL: url.href, GRANTKIT_SECRET: SECRET });
    expect(code).toBe(1);
    expect(io.errors).toHaveLength(1);
    expect(io.errors[0]).toMatch(/^grantkit-server: PostgreSQL at .* refused the login \(.*no_such_role.*\): check the user and password in DATABASE_URL\.$/);
  });

  it('a secret too short (set, or in the generated key file): one line naming which, exit 1', async () => {
    const short = await run(['migrate'], { GRANTKIT_SECRET: 'short' });
    expect(short.code).toBe(1);
    expect(short.io.errors).toEqual(['grantkit-server: GRANTKIT_SECRET must be at least 32 random bytes, base64url-encoded (try: openssl rand -base64 32).']);
    const dir = join(scratch, 'damaged-key');
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'secret'), 'short\n');
    const damaged = await run(['migrate'], { GRANTKIT_DATA_DIR: dir, GRANTKIT_SECRET: '' });
    expect(damaged.code).toBe(1);
    expect(damaged.io.errors).toEqual([
      `grantkit-server: ${join(dir, 'secret')} does not hold a 32-byte key: restore it, or set GRANTKIT_SECRET to the secret the data was stored with.`,
    ]);
  });

  it('a GRANTKIT_SECRET that cannot decrypt the stored signing keys stops serve with one line, exit 1', async () => {
    const dir = join(scratch, 'keys-data');
    const first = await run(['keys', 'rotate'], { GRANTKIT_DATA_DIR: dir, GRANTKIT_SECRET: SECRET });
    expect(first.code).toBe(0);
    const other = Buffer.alloc(32, 8).toString('base64url');
    const { code, io } = await run(['serve'], { PORT: '0', GRANTKIT_DATA_DIR: dir, GRANTKIT_SECRET: other });
    expect(code).toBe(1);
    expect(io.lines).toEqual([]);
    expect(io.errors).toHaveLength(1);
    expect(io.errors[0]).toMatch(
      new RegExp(`^grantkit-server: The signing key "[^"]+" cannot be decrypted: GRANTKIT_SECRET differs from the one it was stored with: set GRANTKIT_SECRET back to that secret \\(or restore ${dir}/secret if it was generated\\)\\.$`),
    );
  });
});

describe('listen()', () => {
  it('rejects with a StartError when the port is taken after the check, and serves otherwise', async () => {
    const t = await createTestApp();
    try {
      const failure = await listen(t, { port: busyPort }).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(StartError);
      expect((failure as Error).message).toBe(`Port ${busyPort} is in use: set PORT to a free port (or stop what is using it).`);
      const running = await listen({ ...t, close: async () => undefined }, { port: 0, host: '127.0.0.1' });
      expect((await fetch(`http://127.0.0.1:${running.port}/healthz`)).status).toBe(200);
      await running.close();
      await expect(fetch(`http://127.0.0.1:${running.port}/healthz`)).rejects.toThrow();
    } finally {
      await t.close();
    }
  });
});

const bin = fileURLToPath(new URL('../../bin/grantkit-server.js', import.meta.url));
const built = existsSync(fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url)));

describe('the installed bin (compiled dist/)', () => {
  it.skipIf(!built)('prints one line and exits 1 on a port in use', async () => {
    const child = spawn(process.execPath, [bin, 'serve'], {
      env: { ...savedEnv, PORT: String(busyPort), GRANTKIT_DATA_DIR: join(scratch, 'bin-data'), GRANTKIT_SECRET: SECRET, DATABASE_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    let stdout = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(`grantkit-server: Port ${busyPort} is in use: set PORT to a free port (or stop what is using it).\n`);
  });
});
