/**
 * @module http/client-address
 * The caller's address, for per-address rate limits and for logs, computed here only — for the
 * Hono routes and the Node adapter's token fast path alike. It is the socket's remote address,
 * unless that is a trusted proxy (`GRANTKIT_TRUSTED_PROXIES`): then `X-Forwarded-For` is read from
 * the right, skipping trusted proxies, and the first address not in the trusted set is the
 * client (addresses further left were written by the client itself and prove nothing).
 * In-process test requests have no socket and share one bucket.
 */
import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import type { TrustedProxies } from '../security/trusted-proxies.js';

const UNKNOWN = 'unknown';

/** Some balancers (Azure Application Gateway) append the client's port: `1.2.3.4:5678`, `[2001:db8::1]:5678`. */
const WITH_PORT = /^(?:\[([^\]]+)\]|(\d{1,3}(?:\.\d{1,3}){3}))(?::\d{1,5})?$/;

function hopAddress(hop: string): string {
  const match = WITH_PORT.exec(hop);
  return match ? (match[1] ?? match[2]!) : hop;
}

/** The client address given the socket's peer and the `X-Forwarded-For` header(s). */
export function resolveClientAddress(
  peer: string | undefined,
  forwardedFor: string | readonly string[] | undefined,
  trusted: TrustedProxies,
): string {
  if (peer === undefined) return UNKNOWN;
  if (forwardedFor === undefined || !trusted.has(peer)) return peer;
  const hops = (typeof forwardedFor === 'string' ? forwardedFor : forwardedFor.join(','))
    .split(',')
    .map((hop) => hopAddress(hop.trim()));
  let client = peer;
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i]!;
    // A malformed entry ends the chain: the last trusted hop is the best-known client.
    if (isIP(hop) === 0) return client;
    client = hop;
    if (!trusted.has(hop)) return client;
  }
  return client;
}

/** The address of a raw node:http request (what getConnInfo reads under Hono's Node adapter). */
export function nodeClientAddress(req: Pick<IncomingMessage, 'socket' | 'headers'>, trusted: TrustedProxies): string {
  return resolveClientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for'], trusted);
}

export function clientAddress(c: Context, trusted: TrustedProxies): string {
  let peer: string | undefined;
  try {
    peer = getConnInfo(c).remote.address;
  } catch {
    return UNKNOWN;
  }
  return resolveClientAddress(peer, c.req.header('x-forwarded-for'), trusted);
}
