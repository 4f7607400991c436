/**
 * @module http/security-headers
 * The security headers of every response, written once for the Hono middleware
 * (middleware/security-headers.ts) and the Node adapter's token fast path (node/token-fast-path.ts):
 * no framing anywhere (consent must never be embedded: CSP frame-ancestors, CSP3 §7.7.1, plus
 * X-Frame-Options for old browsers), no referrer leaks (the URL of an access request carries
 * state and the return URL), no MIME sniffing.
 */

/** Header name (lower case) → value; `keep` headers are left alone when the response set its own. */
const RULES: readonly { readonly name: string; readonly value: string; readonly keep: boolean }[] = [
  { name: 'x-content-type-options', value: 'nosniff', keep: false },
  // Pages with forms choose `same-origin` themselves (see http/pages/layout.ts); all else: none.
  { name: 'referrer-policy', value: 'no-referrer', keep: true },
  { name: 'x-frame-options', value: 'DENY', keep: false },
  // Pages and logos send a fuller CSP that forbids framing too.
  { name: 'content-security-policy', value: "frame-ancestors 'none'", keep: true },
];

/**
 * The security headers to set on a response, given whether it already has a header (lower-case
 * name). Every response gets nosniff and X-Frame-Options; Referrer-Policy and CSP only when the
 * response did not choose its own.
 */
export function securityHeadersFor(has: (name: string) => boolean): [name: string, value: string][] {
  return RULES.filter((rule) => !rule.keep || !has(rule.name)).map((rule) => [rule.name, rule.value]);
}
