/**
 * @module testing/signed-return
 * Reads a return URL as a partner's backend would: `response` verified with jose alone against
 * the server's published JWKS (signature, `typ`, `iss`, `aud` = the lookup key, `exp`), its
 * claims required to be exactly the plain parameters plus the registered ones.
 * Answers the plain parameters, so tests can go on asserting the outcome.
 */
import { createLocalJWKSet, jwtVerify, type JSONWebKeySet } from 'jose';
import { SIGNED_RETURN_TTL_SECONDS } from '../oauth/keys.js';
import { TEST_PUBLIC_URL, type TestApp } from './test-app.js';

export interface VerifiedReturn {
  /** Where the parameters went: the return URL without its query. */
  readonly base: string;
  /** The plain parameters, without `response`. */
  readonly params: Record<string, string>;
}

export async function verifiedReturn(t: TestApp, href: string): Promise<VerifiedReturn> {
  const url = new URL(href);
  const response = url.searchParams.get('response');
  if (!response) throw new Error(`no signed response on ${href}`);
  url.searchParams.delete('response');
  const params = Object.fromEntries(url.searchParams);
  const jwks = (await (await t.client().get('/oauth/jwks')).json()) as JSONWebKeySet;
  const { payload } = await jwtVerify(response, createLocalJWKSet(jwks), {
    typ: 'oauth-authz-resp+jwt',
    issuer: TEST_PUBLIC_URL,
    audience: params.lookup_key ?? '',
    currentDate: t.clock.now(),
    requiredClaims: ['iat', 'exp'],
  });
  const { aud, iat, exp, ...outcome } = payload;
  if (exp! - iat! !== SIGNED_RETURN_TTL_SECONDS || iat! > t.clock.now().getTime() / 1000) throw new Error(`unexpected iat/exp: ${iat} ${exp}`);
  if (JSON.stringify(Object.entries(outcome).sort()) !== JSON.stringify(Object.entries(params).sort())) {
    throw new Error(`signed outcome ${JSON.stringify(outcome)} differs from the plain parameters ${JSON.stringify(params)} (aud ${String(aud)})`);
  }
  return { base: url.origin + url.pathname, params };
}
