/**
 * @module domain/return-urls
 * Where the browser may be sent after a decision. A return URL must match one the group
 * registered, character for character (RFC 9700 §4.1.3: exact string matching; RFC 6749
 * §3.1.2), be http(s), carry no fragment or credentials, and use plain http only on loopback
 * (RFC 8252 §7.3). There is no open redirect: anything else is refused before it is stored.
 * "Loopback" is the SDK's rule (`@grantkit/sdk/rules`), so the SDK never builds a return URL
 * that this check refuses.
 */
import { isLoopbackHttpUrl } from '@grantkit/sdk/rules';

export type ReturnUrlProblem = 'malformed' | 'scheme' | 'insecure' | 'fragment' | 'credentials' | 'not_registered';

/** Why a URL may not be used as a return URL, or null when it is acceptable in itself. */
export function returnUrlShapeProblem(raw: string): Exclude<ReturnUrlProblem, 'not_registered'> | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'malformed';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'scheme';
  if (url.protocol === 'http:' && !isLoopbackHttpUrl(url)) return 'insecure';
  if (url.hash || raw.includes('#')) return 'fragment';
  if (url.username || url.password) return 'credentials';
  return null;
}

/** Checks a requested return URL against the group's registered list (exact match). */
export function checkReturnUrl(raw: string, registered: readonly string[]): ReturnUrlProblem | null {
  return returnUrlShapeProblem(raw) ?? (registered.includes(raw) ? null : 'not_registered');
}

/**
 * Signs a return's outcome for its audience (the group's lookup key) and answers the compact JWT
 * (JARM §2.1); the OAuth layer supplies it (oauth/authorization-response.ts).
 */
export type ReturnSigner = (audience: string, outcome: Readonly<Record<string, string>>) => Promise<string>;

/**
 * The way back to the partner: its return URL with the outcome's parameters and `response`, the
 * same parameters signed (`code` too, as JARM §2.1 has it, so a standard JARM client finds the
 * code in the verified response).
 */
export async function signedReturnUrl(
  sign: ReturnSigner,
  returnUrl: string,
  audience: string,
  params: Readonly<Record<string, string | null | undefined>>,
): Promise<string> {
  const outcome: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) {
    if (value !== null && value !== undefined) outcome[name] = value;
  }
  return withParams(returnUrl, { ...params, response: await sign(audience, outcome) });
}

/**
 * Appends the return-trip parameters to a return URL, keeping its own query (RFC 6749 §4.1.2:
 * the redirect URI's query component must be retained).
 */
export function withParams(returnUrl: string, params: Readonly<Record<string, string | null | undefined>>): string {
  const url = new URL(returnUrl);
  for (const [name, value] of Object.entries(params)) {
    if (value !== null && value !== undefined) url.searchParams.set(name, value);
  }
  return url.href;
}
