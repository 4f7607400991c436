/**
 * @module oauth/node-server
 * The Node HTTP server for the app: every request goes through Hono's Node adapter, except
 * `POST /oauth/token`, which a fast path serves straight from the raw node:http request with the
 * same endpoint code (oauth/token-endpoint.ts). A CPU profile of the token endpoint under load
 * showed the adapter — building a web Request, Headers and a body stream, then a Response — as
 * the largest cost after signing and socket writes. The fast path keeps what the middleware
 * stack adds to that route: request id, access log line, security headers and open CORS
 * (node-server.test.ts checks the headers match the Hono path's).
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import type { Logger } from '../logger.js';
import type { GrantkitServer } from '../server.js';
import { MAX_FORM_BYTES, NO_STORE_HEADERS, type EndpointResponse } from './endpoint-response.js';
import { tokenEndpoint } from './token-endpoint.js';

export interface NodeServerOptions {
  /** Serve POST /oauth/token without the adapter (default true). */
  readonly tokenFastPath?: boolean;
}

/** What http/middleware/security-headers.ts and the route's CORS middleware add. */
const FIXED_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'content-security-policy': "frame-ancestors 'none'",
  'access-control-allow-origin': '*',
} as const;

/** The same, as the flat [name, value, …] list `writeHead` takes without copying into an object. */
const FIXED_HEADER_LIST: readonly string[] = Object.entries(FIXED_HEADERS).flat();

/** The usual token response's headers (RFC 6749 §5.1) after the fixed ones, flattened once. */
const NO_STORE_HEADER_LIST: readonly string[] = [...FIXED_HEADER_LIST, ...Object.entries(NO_STORE_HEADERS).flat()];

const SAFE_ID = /^[\w.-]{8,64}$/;

export function createNodeServer(server: GrantkitServer, { tokenFastPath = true }: NodeServerOptions = {}): Server {
  const viaHono = getRequestListener(server.app.fetch);
  const fast = tokenFastPath ? tokenFastPathHandler(server) : undefined;
  return createServer((req, res) => {
    if (fast && req.method === 'POST' && req.url === '/oauth/token') {
      fast(req, res);
      return;
    }
    void viaHono(req, res);
  });
}

export function tokenFastPathHandler(server: GrantkitServer): (req: IncomingMessage, res: ServerResponse) => void {
  const service = server.deps.tokens;
  const { logger } = server.deps;
  return function tokenFastPath(req, res) {
    const started = performance.now();
    const incoming = req.headers['x-request-id'];
    const requestId = typeof incoming === 'string' && SAFE_ID.test(incoming) ? incoming : randomUUID();
    const log = logger.child({ request_id: requestId });
    // Token requests are a few dozen bytes: nearly always one chunk, used without copying.
    let first: Buffer | undefined;
    let more: Buffer[] | undefined;
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      // Past the limit, stop keeping bytes (the chunk that crosses it is kept, so the endpoint
      // sees an oversized body and refuses it).
      if (size > MAX_FORM_BYTES) return;
      size += chunk.length;
      if (first === undefined) first = chunk;
      else (more ??= [first]).push(chunk);
    });
    // No 'error' listener: an aborted request destroys the socket, and IncomingMessage emits
    // 'error' only to listeners, so the response is simply never written.
    req.on('end', () => {
      const body = more ? Buffer.concat(more) : first;
      tokenEndpoint(
        service,
        {
          contentType: req.headers['content-type'],
          authorization: req.headers.authorization,
          body: body ? body.toString('utf8') : '',
          address: req.socket.remoteAddress ?? 'unknown',
        },
        log,
      )
        .then((result) => respond(res, result, requestId, log, started))
        .catch((error: unknown) => {
          log.error('token fast path failed', { error });
          if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json', 'cache-control': 'no-store' });
          res.end('{"error":"server_error"}');
        });
    });
  };
}

function respond(res: ServerResponse, result: EndpointResponse, requestId: string, log: Logger, started: number): void {
  let headers: string[];
  if (result.headers === NO_STORE_HEADERS) headers = NO_STORE_HEADER_LIST.slice();
  else {
    headers = FIXED_HEADER_LIST.slice();
    for (const name in result.headers) headers.push(name, result.headers[name]!);
  }
  // Content-Length lets Node send head and body in one write instead of chunked framing
  // (a size line, the body and the last-chunk marker as separate buffers).
  headers.push('x-request-id', requestId, 'content-length', String(Buffer.byteLength(result.body)));
  res.writeHead(result.status, headers);
  res.end(result.body);
  log.info('request', { method: 'POST', path: '/oauth/token', status: result.status, ms: Math.round((performance.now() - started) * 10) / 10 });
}
