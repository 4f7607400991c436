/**
 * @module http/security-headers
 * The security headers of every response, written once for the Hono middleware
 * (middleware/security-headers.ts) and the Node adapter's token fast path (node/token-fast-path.ts):
 * no framing (CSP frame-ancestors, CSP3 §7.7.1, plus X-Frame-Options for old browsers) except
 * where a page names who may frame it (the embedded consent, for its group's registered
 * origins only), no referrer leaks (the URL of an access request carries state and the return
 * URL), no MIME sniffing.
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

/** A CSP that names origins allowed to frame the response (anything but `frame-ancestors 'none'`). */
const allowsNamedFramers = (csp: string | null | undefined): boolean => /(?:^|;)\s*frame-ancestors\s+(?!'none'\s*(?:;|$))/i.test(csp ?? '');

/**
 * The security headers to set on a response, given the header values it already has (lower-case
 * name → value, or null/undefined). Every response gets nosniff; X-Frame-Options DENY unless its
 * own CSP names who may frame it (DENY would refuse them in browsers that still read it first);
 * Referrer-Policy and CSP only when the response did not choose its own.
 */
export function securityHeadersFor(own: (name: string) => string | null | undefined): [name: string, value: string][] {
  const framed = allowsNamedFramers(own('content-security-policy'));
  return RULES.filter((rule) => (!rule.keep || own(rule.name) == null) && !(framed && rule.name === 'x-frame-options')).map((rule) => [rule.name, rule.value]);
}
