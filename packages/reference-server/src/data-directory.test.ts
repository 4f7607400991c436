/**
 * One writer per PGlite data directory, and the directory kept owner-only: a running server
 * refuses a CLI command and a second `serve` on its directory (one line, exit 1, nothing opened),
 * a lock left by a dead process is taken over, and a directory left readable by others is narrowed.
 */
import { spawn } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main, type CliIo } from './cli/main.js';
import { loadConfig } from './config.js';
import { inUseMessage, lockDataDirectory, lockFile } from './data-directory.js';
import { createServer, openDatabase } from './server.js';

const SECRET = Buffer.alloc(32, 9).toString('base64url');
const savedEnv = { ...process.env };
let dataDir: string;

function capture(): CliIo & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, out: (l) => lines.push(l), err: (l) => errors.push(l) };
}

function env(extra: Record<string, string> = {}): Record<string, string> {
  return { GRANTKIT_DATA_DIR: dataDir, GRANTKIT_SECRET: SECRET, LOG_LEVEL: 'error', GRANTKIT_PASSWORD_COST: '10', PORT: '0', ...extra };
}

/** A pid that certainly belongs to no process any more: a child that has exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await new Promise((resolve) => child.once('exit', resolve));
  return child.pid!;
}

const mode = async (path: string) => (await stat(path)).mode & 0o777;

beforeEach(async () => {
  dataDir = join(await mkdtemp(join(tmpdir(), 'gk-datadir-')), 'data');
  delete process.env.DATABASE_URL;
});
afterEach(() => {
  for (const key of Object.keys(process.env)) if (!(key in savedEnv)) delete process.env[key];
  Object.assign(process.env, savedEnv);
});

describe('one process per PGlite data directory', () => {
  it('a running server refuses a CLI command and a second serve on its directory: one line, exit 1, its lock kept', async () => {
    const server = await createServer({ config: loadConfig(env()) });
    try {
      expect((await readFile(lockFile(dataDir), 'utf8')).trim()).toBe(String(process.pid));
      const expected = `grantkit-server: ${inUseMessage(dataDir, process.pid)}`;
      Object.assign(process.env, env());

      const cli = capture();
      expect(await main(['organisation', 'create', '--name', 'Helio Grid', '--holder', 'nobody@example.com'], cli)).toBe(1);
      expect(cli.errors).toEqual([expected]);
      expect(cli.lines).toEqual([]);

      const second = capture();
      expect(await main(['serve'], second)).toBe(1);
      expect(second.errors).toEqual([expected]);
      expect(second.lines).toEqual([]);

      // The refused commands neither opened the database nor removed the server's lock.
      expect((await readFile(lockFile(dataDir), 'utf8')).trim()).toBe(String(process.pid));
      expect((await server.app.request('/healthz')).status).toBe(200);
    } finally {
      await server.close();
    }
    // Closed: the lock is gone and the next command runs.
    expect(existsSync(lockFile(dataDir))).toBe(false);
    Object.assign(process.env, env());
    const after = capture();
    expect(await main(['migrate'], after)).toBe(0);
    expect(after.lines).toEqual(['The database is up to date.']);
  });

  it('takes over a lock left by a process that died (kill -9), and releases it on close', async () => {
    await mkdir(dataDir, { recursive: true });
    const dead = await deadPid();
    await writeFile(lockFile(dataDir), `${dead}\n`);
    const db = await openDatabase(loadConfig(env()));
    expect((await readFile(lockFile(dataDir), 'utf8')).trim()).toBe(String(process.pid));
    await db.close();
    expect(existsSync(lockFile(dataDir))).toBe(false);
  });

  it('refuses while the holder is alive, and the refusal does not take the lock', async () => {
    await mkdir(dataDir, { recursive: true });
    const release = await lockDataDirectory(dataDir);
    await expect(lockDataDirectory(dataDir)).rejects.toThrow(inUseMessage(dataDir, process.pid));
    await release();
    const again = await lockDataDirectory(dataDir);
    await again();
  });

  it('PostgreSQL takes no lock: nothing is written to the data directory', async () => {
    const url = process.env.DATABASE_URL ?? savedEnv.DATABASE_URL;
    if (!url) return;
    const first = await openDatabase(loadConfig(env({ DATABASE_URL: url })));
    const second = await openDatabase(loadConfig(env({ DATABASE_URL: url })));
    expect(existsSync(lockFile(dataDir))).toBe(false);
    await first.close();
    await second.close();
  });
});

const bin = fileURLToPath(new URL('../bin/grantkit-server.js', import.meta.url));
const built = existsSync(fileURLToPath(new URL('../dist/cli/main.js', import.meta.url)));

describe('two processes (the installed bin, compiled dist/)', () => {
  it.skipIf(!built)('a CLI command beside a running `serve` is refused naming its pid; after kill -9 the stale lock is taken over', async () => {
    const child = spawn(process.execPath, [bin, 'serve'], { env: { ...savedEnv, ...env(), DATABASE_URL: '' }, stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      await new Promise<void>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (d: Buffer) => {
          out += d.toString();
          if (out.includes('grantkit reference server on')) resolve();
        });
        child.once('exit', (code) => reject(new Error(`serve exited with ${code}`)));
      });
      Object.assign(process.env, env());
      const cli = capture();
      expect(await main(['keys', 'rotate'], cli)).toBe(1);
      expect(cli.errors).toEqual([`grantkit-server: ${inUseMessage(dataDir, child.pid!)}`]);
    } finally {
      child.kill('SIGKILL');
      await new Promise((resolve) => child.once('exit', resolve));
    }
    // Killed without closing: its lock names a dead pid and the next command takes it over.
    expect((await readFile(lockFile(dataDir), 'utf8')).trim()).toBe(String(child.pid));
    const after = capture();
    expect(await main(['keys', 'rotate'], after)).toBe(0);
    expect(existsSync(lockFile(dataDir))).toBe(false);
  });
});

describe('data directory permissions', () => {
  it('a new data directory is 0700 and the generated key 0600', async () => {
    const db = await openDatabase(loadConfig(env({ GRANTKIT_SECRET: '' })));
    await db.close();
    expect(await mode(dataDir)).toBe(0o700);
    expect(await mode(join(dataDir, 'secret'))).toBe(0o600);
    expect(await mode(join(dataDir, 'pgdata'))).toBe(0o700);
  });

  it('an existing directory readable by others is narrowed at start', async () => {
    await mkdir(join(dataDir, 'pgdata'), { recursive: true });
    await writeFile(join(dataDir, 'secret'), SECRET + '\n');
    await chmod(dataDir, 0o755);
    await chmod(join(dataDir, 'pgdata'), 0o755);
    await chmod(join(dataDir, 'secret'), 0o644);
    const db = await openDatabase(loadConfig(env({ GRANTKIT_SECRET: '' })));
    await db.close();
    expect(await mode(dataDir)).toBe(0o700);
    expect(await mode(join(dataDir, 'secret'))).toBe(0o600);
    expect(await mode(join(dataDir, 'pgdata'))).toBe(0o700);
  });
});
