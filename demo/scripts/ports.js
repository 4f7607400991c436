// Whether a TCP port is free on every loopback address a browser may use for `localhost`.
// A server bound to 0.0.0.0 does not see another process on [::1] (or the reverse), yet
// `localhost` may reach either: a port counts as free only when all of them can be bound.
import { createServer } from 'node:net';

/** Addresses to try; one the machine does not have (no IPv6) is skipped. */
const ADDRESSES = ['0.0.0.0', '127.0.0.1', '::1'];
const ABSENT = new Set(['EADDRNOTAVAIL', 'EAFNOSUPPORT']);

function tryBind(port, host) {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error) => (ABSENT.has(error.code) ? resolve(true) : error.code === 'EADDRINUSE' ? resolve(false) : reject(error)));
    probe.listen({ port, host, exclusive: true }, () => probe.close(() => resolve(true)));
  });
}

/** True when nothing listens on `port` at any loopback address. */
export async function portIsFree(port) {
  for (const host of ADDRESSES) if (!(await tryBind(port, host))) return false;
  return true;
}
