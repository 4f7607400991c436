/**
 * @module http/node/token-fast-path
 * `POST /oauth/token` served straight from the raw node:http request, with the same endpoint code
 * as the Hono route (oauth/token-endpoint.ts). A CPU profile of the token endpoint under load
 * showed Hono's Node adapter — building a web Request, Headers and a body stream, then a
 * Response — as the largest cost after signing and socket writes.
 *
 * What the Hono app does around that route comes from the same functions here: the request id
 * (http/request-id.ts), the access log line (http/access-log.ts), the security headers
 * (http/security-headers.ts), CORS (http/oauth-cors.ts) and the client address
 * (http/client-address.ts). Header lists are built once per response shape, not per request.
 * Whether the app runs anything else for this request is checked by `unreproducedHandlers`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { TrieRouter } from 'hono/router/trie-router';
import type { Logger } from '../../logger.js';
import { MAX_FORM_BYTES, NO_STORE_HEADERS, type EndpointResponse } from '../../oauth/endpoint-response.js';
import { tokenEndpoint } from '../../oauth/token-endpoint.js';
import type { TokenService } from '../../oauth/token-service.js';
import { logAccess } from '../access-log.js';
import { nodeClientAddress } from '../client-address.js';
import { OAUTH_CORS_RESPONSE_HEADERS } from '../oauth-cors.js';
import { REQUEST_ID_HEADER, requestId as requestIdOf } from '../request-id.js';
import { securityHeadersFor } from '../security-headers.js';
import { isReproducedByTokenFastPath } from '../token-fast-path-contract.js';

export const TOKEN_PATH = '/oauth/token';

/**
 * The headers a token response gets besides its own, as the flat [name, value, …] list
 * `writeHead` takes without copying into an object: what the Hono middleware would add (security
 * headers, unless the endpoint set its own; CORS).
 */
function headerList(own: Readonly<Record<string, string>>): string[] {
  const added = [...securityHeadersFor((name) => own[name]), ...Object.entries(OAUTH_CORS_RESPONSE_HEADERS)];
  return [...added.flat(), ...Object.entries(own).flat()];
}

/** The usual token response's headers (RFC 6749 §5.1), built once. */
const NO_STORE_HEADER_LIST: readonly string[] = headerList(NO_STORE_HEADERS);

/** A route table entry as Hono keeps it in `app.routes`. */
export interface RouteEntry {
  readonly method: string;
  readonly path: string;
  readonly handler: object;
}

/**
 * The handlers Hono would run for `POST /oauth/token` that the fast path does not reproduce,
 * asked of Hono's own router so that path patterns match exactly as they do in the app. Hono runs
 * the matches in registration order until one answers; the token route always answers, so what
 * is registered after it never runs and does not count. Empty when the fast path is safe to use.
 */
export function unreproducedHandlers(routes: readonly RouteEntry[]): RouteEntry[] {
  const router = new TrieRouter<RouteEntry>();
  for (const route of routes) router.add(route.method, route.path, route);
  const matched = router.match('POST', TOKEN_PATH)[0].map(([route]) => route);
  const tokenRoute = matched.findIndex((route) => route.method === 'POST' && route.path === TOKEN_PATH);
  return matched.slice(0, tokenRoute < 0 ? undefined : tokenRoute + 1).filter((route) => {
    // app.route() wraps a sub-app's handler when that sub-app has its own error handler.
    const inner = (route.handler as { __COMPOSED_HANDLER?: object }).__COMPOSED_HANDLER;
    return !isReproducedByTokenFastPath(route.handler) && !(inner && isReproducedByTokenFastPath(inner));
  });
}

/** The fast path's request listener for `POST /oauth/token`. */
export function tokenFastPath(service: TokenService, logger: Logger): (req: IncomingMessage, res: ServerResponse) => void {
  return function serveToken(req, res) {
    const started = performance.now();
    const requestId = requestIdOf(req.headers[REQUEST_ID_HEADER]);
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
          address: nodeClientAddress(req, service.deps.config.trustedProxies),
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
  const headers = result.headers === NO_STORE_HEADERS ? NO_STORE_HEADER_LIST.slice() : headerList(result.headers);
  // Content-Length lets Node send head and body in one write instead of chunked framing
  // (a size line, the body and the last-chunk marker as separate buffers).
  headers.push(REQUEST_ID_HEADER, requestId, 'content-length', String(Buffer.byteLength(result.body)));
  res.writeHead(result.status, headers);
  res.end(result.body);
  logAccess(log, { method: 'POST', path: TOKEN_PATH, status: result.status, started });
}
