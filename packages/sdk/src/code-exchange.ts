/**
 * Exchanges the authorization code of the return trip at the token endpoint found through the
 * server's RFC 8414 metadata, as a public client (`client_id` = lookup key, no secret) with
 * PKCE (RFC 7636 §4.5). All protocol work is oauth4webapi's.
 *
 * @module
 */
import * as oauth from 'oauth4webapi'
import { ReturnTripError } from './errors.js'
import { isLoopbackHost } from './rules/loopback.js'

/** What {@link exchangeCode} needs. */
export interface CodeExchangeInput {
  /** Issuer (the server's public URL). */
  readonly issuer: string
  /** The lookup key, used as `client_id`. */
  readonly clientId: string
  /** The return URL, used as `redirect_uri` (must equal the one sent). */
  readonly redirectUri: string
  readonly codeVerifier: string
  readonly state: string
  /** The return URL's query parameters (with `code`, `state`, `iss`). */
  readonly parameters: URLSearchParams
  readonly fetch?: typeof fetch | undefined
}

/** Token endpoint response (RFC 6749 §5.1) with grantkit's `grant_id`, `installation_id`, `lookup_key`. */
export type GrantkitTokens = oauth.TokenEndpointResponse & {
  readonly grant_id?: string
  readonly installation_id?: string
  readonly lookup_key?: string
}


function wrap(code: 'discovery_failed' | 'token_exchange_failed', cause: unknown): ReturnTripError {
  const body = cause instanceof oauth.ResponseBodyError ? cause : undefined
  // The OAuth error (RFC 6749 §5.2) when the server sent one, else what failed on the way.
  const message = body ? `${body.error}: ${body.error_description ?? ''}` : (cause as Error).message
  return new ReturnTripError(code, message, { status: body?.status, detail: body?.error_description, cause })
}

/** Discovers the metadata (RFC 8414 §3) and redeems the code (RFC 6749 §4.1.3). */
export async function exchangeCode(input: CodeExchangeInput): Promise<GrantkitTokens> {
  const issuer = new URL(input.issuer)
  const options = {
    // Plain http only where it cannot leave the machine (RFC 8252 §7.3).
    [oauth.allowInsecureRequests]: issuer.protocol === 'http:' && isLoopbackHost(issuer.hostname),
    ...(input.fetch ? { [oauth.customFetch]: input.fetch } : {}),
  }
  let as: oauth.AuthorizationServer
  try {
    as = await oauth.processDiscoveryResponse(issuer, await oauth.discoveryRequest(issuer, { ...options, algorithm: 'oauth2' }))
  } catch (cause) {
    throw wrap('discovery_failed', cause)
  }
  const client: oauth.Client = { client_id: input.clientId }
  try {
    // Checks `iss` against the metadata (RFC 9207 §2.4) and `state` once more.
    const callback = oauth.validateAuthResponse(as, client, input.parameters, input.state)
    const response = await oauth.authorizationCodeGrantRequest(as, client, oauth.None(), callback, input.redirectUri, input.codeVerifier, options)
    // The generic processor validates the same token response (RFC 6749 §5.1) without the
    // OpenID Connect ID-token requirements, which grantkit does not use; it keeps the bundle small.
    return (await oauth.processGenericTokenEndpointResponse(as, client, response)) as GrantkitTokens
  } catch (cause) {
    throw wrap('token_exchange_failed', cause)
  }
}
