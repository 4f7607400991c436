/**
 * The signed return: besides its plain parameters, every return carries `response`, the same
 * outcome as a JWT signed with the server's token keys (FAPI JARM §2.1, `response_mode=jwt`).
 * The plain parameters alone could be forged by anyone who can send the customer to the return
 * URL; the signed ones cannot. oauth4webapi checks the JWT (JARM §2.4: signature against the
 * metadata's `jwks_uri`, `iss`, `aud` = the lookup key, `exp`, `state`); this module then
 * refuses a return whose plain parameters say anything else.
 *
 * @module
 */
import * as oauth from 'oauth4webapi'
import type { DiscoveredServer } from './discovery.js'
import { ReturnTripError } from './errors.js'

/** The parameters the server signs; each plain one must equal its signed twin (or both be absent). */
const SIGNED = ['success', 'error', 'installation_id', 'grant_id', 'lookup_key', 'state', 'iss', 'code'] as const

/**
 * Verifies `response` and compares the plain parameters with it.
 * @throws {ReturnTripError} `signed_return_missing`, `signed_return_invalid` (another key,
 *   another audience or issuer, expired, malformed), `signed_return_mismatch`
 */
export async function verifySignedReturn(params: URLSearchParams, server: DiscoveredServer, clientId: string, state: string): Promise<void> {
  if (!params.get('response')) throw new ReturnTripError('signed_return_missing', 'The return carries no signed response: it was not sent by the server.')
  let signed: URLSearchParams
  try {
    signed = await oauth.validateJwtAuthResponse(server.as, { client_id: clientId }, params, state, server.options)
  } catch (cause) {
    // A signed outcome that shared nothing (`error=…`) is still a verified one (RFC 6749 §4.1.2.1).
    if (!(cause instanceof oauth.AuthorizationResponseError)) {
      throw new ReturnTripError('signed_return_invalid', `The signed response does not verify: ${(cause as Error).message}`, { cause })
    }
    signed = cause.cause
  }
  for (const name of SIGNED) {
    if (params.get(name) !== signed.get(name)) throw new ReturnTripError('signed_return_mismatch', `${name} differs from the signed response.`)
  }
}
