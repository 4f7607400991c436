/**
 * @module
 * Child processes for the suite: commands with a time limit whose output is kept for the
 * failure message, and long-running servers in their own process group, so stopping one also
 * stops what `npx` started under it.
 */
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { createServer } from 'node:net';
import { delimiter, resolve, sep } from 'node:path';

const REPO = resolve(import.meta.dirname, '../..');

/**
 * The environment of a command run outside the repository: what a stranger's shell has. Not the
 * repository's node_modules/.bin that `npm run` put on PATH (`npx grantkit-server` must find
 * the installed bin, not the workspace's), not the `npm_*` settings of the npm run that started
 * the suite, and not this machine's server settings (CI exports DATABASE_URL: the operator's
 * quick start runs on PGlite).
 */
export function strangerEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(env)) {
    if (/^npm_/i.test(key) || key === 'INIT_CWD' || key === 'NODE_ENV' || key === 'PORT' || key === 'PUBLIC_URL' || key === 'DATABASE_URL' || key === 'LOG_LEVEL' || key.startsWith('GRANTKIT_')) continue;
    out[key] = value;
  }
  out.PATH = (env.PATH ?? '')
    .split(delimiter)
    .filter((dir) => dir && resolve(dir) !== REPO && !resolve(dir).startsWith(REPO + sep))
    .join(delimiter);
  return out;
}

/** Inside the repository: this process's environment; outside it: a stranger's. */
function envFor(cwd: string, extra: NodeJS.ProcessEnv | undefined): NodeJS.ProcessEnv {
  const inside = resolve(cwd) === REPO || resolve(cwd).startsWith(REPO + sep);
  return { ...(inside ? process.env : strangerEnv()), ...extra };
}

export interface RunResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
}

export interface RunOptions {
  readonly cwd: string;
  readonly env?: NodeJS.ProcessEnv;
  readonly timeoutMs?: number;
}

/** Runs a shell command line (as a reader would type it) and resolves with its output. */
export function sh(line: string, options: RunOptions): Promise<RunResult> {
  return run('sh', ['-c', line], options);
}

export function run(command: string, args: readonly string[], { cwd, env, timeoutMs = 120_000 }: RunOptions): Promise<RunResult> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: envFor(cwd, env), stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk));
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk));
    const timer = setTimeout(() => {
      killGroup(child, 'SIGKILL');
      reject(new Error(`timed out after ${timeoutMs} ms: ${command} ${args.join(' ')}\n${stdout}\n${stderr}`));
    }, timeoutMs);
    child.on('error', (error) => (clearTimeout(timer), reject(error)));
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ms: Math.round(performance.now() - started) });
    });
  });
}

/** Like {@link run}, but a non-zero exit is an error that shows the output. */
export async function ok(result: Promise<RunResult>, what: string): Promise<RunResult> {
  const r = await result;
  if (r.code !== 0) throw new Error(`${what} exited with ${r.code}\n--- stdout\n${r.stdout}\n--- stderr\n${r.stderr}`);
  return r;
}

/** Signals the child's whole process group (it was spawned detached, so it leads one). */
export function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    process.kill(-child.pid!, signal);
  } catch {
    // Already gone.
  }
}

/** Whether any process of the child's group still runs (signal 0 only checks). */
export function groupAlive(child: ChildProcess): boolean {
  try {
    process.kill(-child.pid!, 0);
    return true;
  } catch {
    return false;
  }
}

/** A long-running process (a server) whose output is collected for diagnostics. */
export interface Background {
  readonly child: ChildProcess;
  output(): string;
  /** SIGTERM to the group; SIGKILL after `graceMs`. Resolves with the exit code (null when killed). */
  stop(graceMs?: number): Promise<{ code: number | null; signal: NodeJS.Signals | null; graceful: boolean }>;
}

export function background(line: string, { cwd, env }: Omit<RunOptions, 'timeoutMs'>): Background {
  const options: SpawnOptions = { cwd, env: envFor(cwd, env), stdio: ['ignore', 'pipe', 'pipe'], detached: true };
  const child = spawn('sh', ['-c', line], options);
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  live.add(child);
  exited.then(() => live.delete(child));
  return {
    child,
    output: () => output,
    async stop(graceMs = 10_000) {
      if (!groupAlive(child)) return { ...(await exited), graceful: false };
      killGroup(child, 'SIGTERM');
      // The shell exits at once; the server under `npx` is done only when the group is gone.
      const deadline = Date.now() + graceMs;
      while (groupAlive(child) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      const graceful = !groupAlive(child);
      if (!graceful) killGroup(child, 'SIGKILL');
      return { ...(await exited), graceful };
    },
  };
}

const live = new Set<ChildProcess>();
/** Last resort for a failed run: nothing the suite started outlives it. */
export function killAll(): void {
  for (const child of live) killGroup(child, 'SIGKILL');
}
process.once('exit', killAll);

/** A TCP port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
