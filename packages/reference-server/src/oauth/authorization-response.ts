/**
 * @module oauth/authorization-response
 * The signed return: every return to a partner's return URL also carries `response`, the
 * outcome as a JWT signed with the token keys (the JWKS of the metadata), as FAPI's JWT Secured
 * Authorization Response Mode does (JARM §2.1, `response_mode=jwt`): claims `iss`, `aud` (the
 * client: the group's lookup key), `exp` (short, §4.1), `iat`, and the return's own parameters
 * (`success`, `installation_id`, `grant_id`, `lookup_key`, `state`, `error`, `code`) as strings, exactly
 * as they stand in the query. A partner that exchanges no code can trust the outcome by
 * verifying this JWT with any JOSE library; the plain parameters stay for those that do.
 */
import { CompactSign } from 'jose';
import type { ReturnSigner } from '../domain/return-urls.js';
import { SIGNED_RETURN_TTL_SECONDS, type KeyRing } from './keys.js';

/** The JWT's `typ` (JARM's media type for authorization responses, `application/oauth-authz-resp+jwt`). */
export const SIGNED_RETURN_TYP = 'oauth-authz-resp+jwt';

/** A signer of return outcomes for one issuer, with the current signing key. */
export function returnSigner(keys: KeyRing, ready: Promise<void>, issuer: string, clock: () => Date): ReturnSigner {
  return async (audience, outcome) => {
    await ready;
    const { kid, alg, privateKey } = keys.signingKey();
    const iat = Math.floor(clock().getTime() / 1000);
    // The outcome first, then the registered claims: a parameter can never override them.
    const payload = { ...outcome, iss: issuer, aud: audience, iat, exp: iat + SIGNED_RETURN_TTL_SECONDS };
    return new CompactSign(new TextEncoder().encode(JSON.stringify(payload))).setProtectedHeader({ alg, kid, typ: SIGNED_RETURN_TYP }).sign(privateKey);
  };
}
