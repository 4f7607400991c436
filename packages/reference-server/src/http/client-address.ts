/**
 * @module http/client-address
 * The caller's address for per-address rate limits: the socket's remote address, read the same
 * way for the Hono routes and the Node adapter's token fast path. In-process test requests have
 * no socket and share one bucket.
 */
import type { IncomingMessage } from 'node:http';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

const UNKNOWN = 'unknown';

/** The address of a raw node:http request (what getConnInfo reads under Hono's Node adapter). */
export function nodeClientAddress(req: Pick<IncomingMessage, 'socket'>): string {
  return req.socket.remoteAddress ?? UNKNOWN;
}

export function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? UNKNOWN;
  } catch {
    return UNKNOWN;
  }
}
