/**
 * @module testing/access-request-helpers
 * Helpers for tests that walk the access-request pages like a browser: PKCE pairs, the request
 * id on the consent page, and "open the link, log in, land on consent".
 */
import { createHash, randomBytes } from 'node:crypto';
import { DEMO_PASSWORD } from '../seed/demo-data.js';
import type { TestClient } from './test-app.js';

/** An RFC 7636 verifier and its S256 challenge. */
export function pkcePair(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

/** The access request id the consent page carries on `<gk-consent request-id>`. */
export function requestIdFrom(html: string): string {
  const match = /<gk-consent request-id="([0-9a-f-]{36})"/.exec(html);
  if (!match) throw new Error(`no <gk-consent request-id> in page:\n${html.slice(0, 2000)}`);
  return match[1]!;
}

/** The `<meta name="grantkit-error">` code of an error page. */
export function errorCodeFrom(html: string): string | null {
  return /<meta name="grantkit-error" content="([^"]+)">/.exec(html)?.[1] ?? null;
}

/**
 * Opens an access-request link logged out (expects the login page), logs in through the form,
 * follows the 303 back, and returns the consent page.
 */
export async function openConsent(client: TestClient, path: string, email: string, password = DEMO_PASSWORD): Promise<{ requestId: string; html: string; response: Response }> {
  const login = await client.get(path);
  if (login.status !== 200) throw new Error(`expected the login page, got ${login.status}: ${await login.text()}`);
  const posted = await client.post('/login', { form: { email, password, next: path } });
  if (posted.status !== 303) throw new Error(`login failed: ${posted.status} ${await posted.text()}`);
  const response = await client.get(posted.headers.get('location')!);
  const html = await response.text();
  return { requestId: requestIdFrom(html), html, response };
}
