/**
 * @module
 * The operator's server as the README starts it (`npx grantkit-server serve --seed` from the
 * fresh app), on a free port and the app's own PGlite data directory (`./.grantkit`, the
 * default), until it answers: `/readyz` (database up, migrations applied).
 */
import { background, type Background } from './processes.js';

export interface RunningServer {
  readonly url: string;
  readonly process: Background;
  readonly startMs: number;
}

export async function startServer(line: string, { cwd, port, timeoutMs = 60_000 }: { cwd: string; port: number; timeoutMs?: number }): Promise<RunningServer> {
  const url = `http://localhost:${port}`;
  const started = performance.now();
  // LOG_LEVEL=warn: the access log of the suite's own requests is noise in a failure message.
  const server = background(line, { cwd, env: { PORT: String(port), PUBLIC_URL: url, LOG_LEVEL: 'warn' } });
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null) {
      throw new Error(`"${line}" exited with ${server.child.exitCode} before it was ready:\n${server.output()}`);
    }
    const readyz = await fetch(`${url}/readyz`).catch(() => undefined);
    if (readyz?.ok) return { url, process: server, startMs: Math.round(performance.now() - started) };
    await new Promise((r) => setTimeout(r, 200));
  }
  await server.stop(2000);
  throw new Error(`"${line}" did not answer ${url}/readyz within ${timeoutMs} ms:\n${server.output()}`);
}
