/**
 * @module http/node/node-server
 * The Node HTTP server for the app (the process's only one): every request goes through Hono's
 * Node adapter, except `POST /oauth/token`, which the token fast path (token-fast-path.ts) serves
 * from the raw request.
 *
 * The fast path skips the Hono app, so it is used only while the app runs nothing for that request
 * beyond what the fast path reproduces (request context, security headers, OAuth CORS, the token
 * route). The check runs on the first token request — after any middleware an embedder adds
 * between createServer and the first request (Hono accepts no routes after it has served one) —
 * and when it finds anything else, every token request goes through Hono and a warning names
 * the handlers.
 */
import { createServer, type Server } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import type { GrantkitServer } from '../../server.js';
import { TOKEN_PATH, tokenFastPath, unreproducedHandlers } from './token-fast-path.js';

export interface NodeServerOptions {
  /** Serve POST /oauth/token without the adapter when the app allows it (default true). */
  readonly tokenFastPath?: boolean;
}

export function createNodeServer(server: GrantkitServer, { tokenFastPath: wanted = true }: NodeServerOptions = {}): Server {
  const viaHono = getRequestListener(server.app.fetch);
  let fast: ReturnType<typeof tokenFastPath> | undefined;
  let decided = !wanted;
  const decide = () => {
    decided = true;
    const others = unreproducedHandlers(server.app.routes);
    if (others.length === 0) {
      fast = tokenFastPath(server.deps.tokens, server.deps.logger);
      return;
    }
    server.deps.logger.warn('token fast path disabled: the app runs middleware for POST /oauth/token that the fast path does not reproduce', {
      handlers: others.map((r) => `${r.method} ${r.path} ${(r.handler as { name?: string }).name || '(anonymous)'}`),
    });
  };
  return createServer((req, res) => {
    if (req.method === 'POST' && req.url === TOKEN_PATH) {
      if (!decided) decide();
      if (fast) return fast(req, res);
    }
    void viaHono(req, res);
  });
}
