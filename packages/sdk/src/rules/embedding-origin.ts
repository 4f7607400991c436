/**
 * The shape of an origin that may frame a group's consent (`display=embedded`): exactly
 * `https://host[:port]`, or `http` on loopback (RFC 8252 §7.3) — never a wildcard or a path,
 * because the server lists it verbatim in CSP `frame-ancestors` (CSP3 §7.7.1) and posts the
 * result to exactly it (HTML `postMessage` targetOrigin). One trailing `/` is forgiven and hosts
 * are lower-cased, as a browser's address bar shows them.
 *
 * @module
 */
import { isLoopbackHttpUrl } from './loopback.js'

/** Why a value is not an embedding origin. */
export type EmbeddingOriginProblem = 'malformed' | 'scheme' | 'insecure' | 'wildcard' | 'not_origin'

/** The normalised origin, or why the value cannot be one. */
export function parseEmbeddingOrigin(raw: string): { readonly origin: string } | { readonly problem: EmbeddingOriginProblem } {
  const value = raw.trim()
  if (value.includes('*')) return { problem: 'wildcard' }
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return { problem: 'malformed' }
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { problem: 'scheme' }
  if (url.protocol === 'http:' && !isLoopbackHttpUrl(url)) return { problem: 'insecure' }
  const bare = value.endsWith('/') ? value.slice(0, -1) : value
  if (url.username || url.password || url.search || url.hash || url.pathname !== '/' || bare.toLowerCase() !== url.origin) {
    return { problem: 'not_origin' }
  }
  return { origin: url.origin }
}
