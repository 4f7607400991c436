/**
 * @module
 * Leaving the page for a URL the server returned.
 */

/**
 * Navigates to `url` with `location.assign` (so Back returns to the card). Only http(s) URLs are
 * followed: a `javascript:` or `data:` URL from a compromised or misconfigured server must never
 * run in the platform's origin (DESIGN.md, "No open redirect anywhere").
 */
export function followRedirect(url: string): void {
  const target = new URL(url, location.href);
  if (target.protocol !== 'https:' && target.protocol !== 'http:') {
    // Not a TypeError: callers treat those as network failures.
    throw new Error(`Refusing to follow a ${target.protocol} URL`);
  }
  location.assign(target.href);
}
