/**
 * The one loopback rule of grantkit, shared by the SDK, its mock and the reference server: where
 * plain `http:` may be used (return URLs, issuers in development) and where a cookie may go
 * without `Secure`. A host is loopback when traffic to it cannot leave the machine:
 *
 * - `localhost` and any `*.localhost` name (RFC 6761 §6.3: resolvers answer loopback for them);
 * - an IPv4 address in 127.0.0.0/8 (RFC 8252 §8.3 allows the whole range, not only 127.0.0.1);
 * - the IPv6 loopback `[::1]` (RFC 8252 §7.3).
 *
 * @module
 */

/**
 * True for a hostname whose traffic stays on this machine. Pass `url.hostname`: the WHATWG URL
 * parser has already lower-cased it, written IPv6 in brackets and IPv4 as four decimal parts of
 * 0–255 (`127.1` → `127.0.0.1`), which is why the check itself can stay this small (it ships in
 * the browser flow's 8 KB budget).
 */
export const isLoopbackHost = (hostname: string): boolean =>
  hostname === 'localhost' || hostname.endsWith('.localhost') || hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(hostname)

const parse = (url: string | URL): URL | undefined => {
  try {
    return new URL(url)
  } catch {
    return undefined
  }
}

/** True for an `http:` or `https:` URL on a loopback host; false for anything unparsable. */
export function isLoopbackUrl(url: string | URL): boolean {
  const parsed = parse(url)
  return (parsed?.protocol === 'http:' || parsed?.protocol === 'https:') && isLoopbackHost(parsed.hostname)
}

/**
 * True for a plain-`http:` URL on a loopback host: the only place grantkit accepts http (return
 * URLs, issuers) and the only origin whose session cookie may go without `Secure`.
 */
export function isLoopbackHttpUrl(url: string | URL): boolean {
  const parsed = parse(url)
  return parsed?.protocol === 'http:' && isLoopbackHost(parsed.hostname)
}
