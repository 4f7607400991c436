/**
 * grantkit as operators run it: the compiled CLI (`bin/grantkit-server.js`, dist/ from
 * `npm run build`, plain Node without tsx or source conditions) in a fresh PGlite data directory —
 * `seed`, `service-account create --group TZBV`, then `serve` with its default logging (one JSON
 * access line per request on stdout, drained through a pipe as a log collector would). CPU and
 * peak RSS are the served process's own, read from /proc. `SERVED_NODE_ARGS` adds Node flags to
 * `serve` (e.g. `--cpu-prof --cpu-prof-dir=/tmp` to profile it).
 */
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { reportReady, type ServingProcess } from '../child.js';

const bin = fileURLToPath(new URL('../../bin/grantkit-server.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'grantkit-served-'));

async function freePort(): Promise<number> {
  const probe = createNetServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

const port = await freePort();
const env: NodeJS.ProcessEnv = { ...process.env, GRANTKIT_DATA_DIR: dir, PORT: String(port), GRANTKIT_SIGNING_ALG: 'ES256' };
delete env.DATABASE_URL;
delete env.NODE_OPTIONS;
const cli = (...args: string[]) => promisify(execFile)(process.execPath, [bin, ...args], { env });

// PGlite: one process owns the data directory, so the operator's commands run before `serve`.
await cli('seed');
const { stdout } = await cli('service-account', 'create', '--group', 'TZBV', '--name', 'bench');
const credentials = JSON.parse(stdout) as { client_id: string; client_secret: string };

const served = spawn(process.execPath, [...(process.env.SERVED_NODE_ARGS?.split(' ').filter(Boolean) ?? []), bin, 'serve'], {
  env,
  stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise<void>((resolve, reject) => {
  let seen = '';
  const onData = (chunk: Buffer) => {
    seen = (seen + chunk.toString('utf8')).slice(-4096);
    if (seen.includes('grantkit reference server on')) {
      served.stdout!.off('data', onData);
      served.stdout!.resume();
      resolve();
    }
  };
  served.stdout!.on('data', onData);
  served.once('exit', (code) => reject(new Error(`grantkit-server serve exited with ${code}`)));
});

const pid = served.pid!;
/** utime + stime (fields 14 and 15, after the parenthesised command name) in clock ticks of 10 ms. */
const stat = (file: string) => {
  const text = readFileSync(file, 'utf8');
  return text.slice(text.lastIndexOf(')') + 2).split(' ');
};
const process_: ServingProcess = {
  cpuMicros: () => {
    const fields = stat(`/proc/${pid}/stat`);
    return (Number(fields[11]) + Number(fields[12])) * 10_000;
  },
  mainThreadCpuMicros: () => {
    try {
      return Number(readFileSync(`/proc/${pid}/task/${pid}/schedstat`, 'utf8').split(' ')[0]) / 1000;
    } catch {
      return undefined;
    }
  },
  peakRss: () => Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024,
};

reportReady(
  { url: `http://127.0.0.1:${port}`, clientId: credentials.client_id, clientSecret: credentials.client_secret },
  async () => {
    const exited = new Promise((resolve) => served.once('exit', resolve));
    served.kill('SIGTERM');
    await exited;
    rmSync(dir, { recursive: true, force: true });
  },
  process_,
);
