/**
 * @module listen
 * Serves a GrantkitServer over Node's HTTP server (with the token endpoint's fast path,
 * http/node/node-server.ts) and owns its shutdown. `grantkit-server serve` uses it; so can an
 * operator who embeds the server (`createServer` then `listen`).
 */
import type { Server } from 'node:http';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { createNodeServer } from './http/node/node-server.js';
import type { GrantkitServer } from './server.js';
import { explainStartError, type StartContext } from './start-error.js';

export interface ListenOptions {
  /** Port (default: the configured PORT; 0 picks a free one). */
  readonly port?: number;
  /** Address to bind (default: the configured HOST, 0.0.0.0 unless set). */
  readonly host?: string;
  /** How long open requests may finish after close() before their connections are cut (ms, default 10 s). */
  readonly drainMs?: number;
}

export interface ListeningServer {
  /** The port actually bound (useful with port 0). */
  readonly port: number;
  readonly httpServer: Server;
  /** Stops accepting connections, lets open requests finish, then closes the database. */
  close(): Promise<void>;
}

/**
 * Fails fast, before the database is opened (PGlite takes seconds), when the port cannot be
 * bound. listen() still handles the case where another process takes the port in between.
 */
export async function checkPort(port: number, host = '0.0.0.0', context: Omit<StartContext, 'port'>): Promise<void> {
  if (port === 0) return;
  const probe = createNetServer();
  await new Promise<void>((resolve, reject) => {
    probe.once('error', (error) => reject(explainStartError(error, 'listen', { ...context, port })));
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}

/** Binds the port; rejects with a StartError ("Port 4000 is in use: set PORT…") when it cannot. */
export async function listen(server: GrantkitServer, { port = server.deps.config.port, host = server.deps.config.host, drainMs = 10_000 }: ListenOptions = {}): Promise<ListeningServer> {
  const httpServer = createNodeServer(server);
  await new Promise<void>((resolve, reject) => {
    const failed = (error: Error) => reject(explainStartError(error, 'listen', { ...server.deps.config, port }));
    httpServer.once('error', failed);
    httpServer.listen(port, host, () => {
      httpServer.off('error', failed);
      resolve();
    });
  });
  let closing: Promise<void> | undefined;
  return {
    port: (httpServer.address() as AddressInfo).port,
    httpServer,
    close: () =>
      (closing ??= (async () => {
        // close() stops accepting and ends idle keep-alive connections (Node 19+); a request still
        // running gets drainMs to finish before its connection is cut.
        const drained = new Promise<void>((resolve) => httpServer.close(() => resolve()));
        const cut = setTimeout(() => httpServer.closeAllConnections(), drainMs);
        await drained;
        clearTimeout(cut);
        await server.close();
      })()),
  };
}
