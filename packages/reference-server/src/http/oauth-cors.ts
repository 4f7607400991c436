/**
 * @module http/oauth-cors
 * CORS of the authorization server's endpoints, for the Hono routes (routes/oauth.ts) and the Node
 * adapter's token fast path: open to every origin, without credentials, because browser clients
 * of the authorization_code grant exchange codes from their own origin and nothing there rides
 * on cookies.
 */
import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import { reproducedByTokenFastPath } from './token-fast-path-contract.js';

const ORIGIN = '*';

/** The CORS middleware of the OAuth endpoints and the metadata document. */
export function oauthCors(): MiddlewareHandler {
  return reproducedByTokenFastPath(cors({ origin: ORIGIN, allowMethods: ['GET', 'POST'], allowHeaders: ['authorization', 'content-type'], maxAge: 600 }));
}

/**
 * What that middleware adds to an actual (not preflight) response: the allowed origin, nothing
 * more (no credentials, no exposed headers, and `*` needs no `Vary: Origin`). The fast path sends
 * this; node-server.test.ts compares the two paths' headers.
 */
export const OAUTH_CORS_RESPONSE_HEADERS: Readonly<Record<string, string>> = Object.freeze({ 'access-control-allow-origin': ORIGIN });
