/**
 * @module http/client-address
 * The caller's address for per-address rate limits. Behind the Node adapter it is the socket's
 * remote address; in-process test requests have none and share one bucket.
 */
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

export function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}
