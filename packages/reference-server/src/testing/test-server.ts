/**
 * @module testing/test-server
 * The real server over real HTTP for integration and browser tests (SDK, elements, demo): a
 * fresh test database, the demo data, and `@hono/node-server` listening on 127.0.0.1 at a
 * random free port. `PUBLIC_URL` is that address, so cookies, Origin checks and `iss` match.
 *
 * @example
 * const server = await startTestServer();
 * const res = await fetch(`${server.url}/access/request/TZBV`);
 * await server.close();
 */
import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../config.js';
import type { AppDeps } from '../http/context.js';
import type { Executor } from '../storage/executor.js';
import { createLogger, silentLogger, type Logger } from '../logger.js';
import { runSeeders } from '../seed/index.js';
import { createServer, type GrantkitServer } from '../server.js';
import { createTestDatabase, type StoreKind } from './test-database.js';

export interface StartTestServerOptions {
  /** Database engine (default PGlite). */
  readonly kind?: StoreKind;
  /** Seed the demo data (default true). */
  readonly seed?: boolean;
  /** Extra environment for loadConfig (e.g. GRANTKIT_TRUSTED_ORIGINS). PUBLIC_URL is set for you. */
  readonly env?: Record<string, string>;
  /** Log sink (default: silent; pass `logLines` to collect). */
  readonly logger?: Logger;
  readonly logLines?: string[];
  /** Injectable clock (default: real time). */
  readonly clock?: () => Date;
}

export interface TestServer {
  /** e.g. `http://127.0.0.1:41234` (no trailing slash). */
  readonly url: string;
  readonly deps: AppDeps;
  readonly server: GrantkitServer;
  /** The test database, for checking what a request stored. */
  readonly db: Executor;
  close(): Promise<void>;
}

export async function startTestServer({ kind = 'pglite', seed = true, env = {}, logger, logLines, clock = () => new Date() }: StartTestServerOptions = {}): Promise<TestServer> {
  const database = await createTestDatabase(kind);
  let server: GrantkitServer | undefined;
  // Listen first (port 0 picks a free port), then build the app for the URL we got.
  let http: ServerType | undefined;
  const port = await new Promise<number>((resolve, reject) => {
    http = serve(
      {
        fetch: (request, ...rest) => (server ? server.app.fetch(request, ...rest) : new Response('starting', { status: 503 })),
        port: 0,
        hostname: '127.0.0.1',
      },
      (info: AddressInfo) => resolve(info.port),
    );
    http.once('error', reject);
  });
  const url = `http://127.0.0.1:${port}`;
  const config = loadConfig({ GRANTKIT_PASSWORD_COST: '10', ...env, PUBLIC_URL: url }, { persistSecret: false });
  const log = logger ?? (logLines ? createLogger({ level: 'debug', write: (l) => logLines.push(l) }) : silentLogger);
  server = await createServer({ config, logger: log, db: database.db, clock });
  if (seed) await runSeeders(server.deps.store, { publicUrl: url, passwordCost: config.passwordCost, clock });
  const running = server;
  return {
    url,
    deps: running.deps,
    server: running,
    db: database.db,
    async close() {
      await new Promise<void>((resolve) => {
        const h = http as unknown as { close(cb: () => void): void; closeAllConnections?: () => void };
        h.closeAllConnections?.();
        h.close(() => resolve());
      });
      await running.close();
      await database.close();
    },
  };
}
