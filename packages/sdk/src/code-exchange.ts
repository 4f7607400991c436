/**
 * Exchanges the authorization code of the return trip at the token endpoint found through the
 * server's RFC 8414 metadata, as a public client (`client_id` = lookup key, no secret) with
 * PKCE (RFC 7636 §4.5). All protocol work is oauth4webapi's.
 *
 * @module
 */
import * as oauth from 'oauth4webapi'
import { ReturnTripError } from './errors.js'

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

/** Plain http is allowed only where it cannot leave the machine (RFC 8252 §7.3). */
export function isLoopbackHttp(url: URL): boolean {
  const host = url.hostname
  return url.protocol === 'http:' && (host === 'localhost' || /^127(\.\d+){3}$/.test(host) || host === '[::1]')
}

function describe(error: unknown): { message: string; status?: number; detail?: string } {
  if (error instanceof oauth.ResponseBodyError) {
    return { message: `${error.error}: ${error.error_description ?? error.message}`, status: error.status, detail: error.error_description }
  }
  return { message: error instanceof Error ? error.message : String(error) }
}

/** Discovers the metadata (RFC 8414 §3) and redeems the code (RFC 6749 §4.1.3). */
export async function exchangeCode(input: CodeExchangeInput): Promise<GrantkitTokens> {
  const issuer = new URL(input.issuer)
  const options = {
    [oauth.allowInsecureRequests]: isLoopbackHttp(issuer),
    ...(input.fetch ? { [oauth.customFetch]: input.fetch } : {}),
  }
  let as: oauth.AuthorizationServer
  try {
    as = await oauth.processDiscoveryResponse(issuer, await oauth.discoveryRequest(issuer, { ...options, algorithm: 'oauth2' }))
  } catch (cause) {
    const { message, status } = describe(cause)
    throw new ReturnTripError('discovery_failed', `Could not read the server's OAuth metadata: ${message}`, { status, cause })
  }
  const client: oauth.Client = { client_id: input.clientId }
  try {
    // Checks `iss` against the metadata (RFC 9207 §2.4) and `state` once more.
    const callback = oauth.validateAuthResponse(as, client, input.parameters, input.state)
    const response = await oauth.authorizationCodeGrantRequest(as, client, oauth.None(), callback, input.redirectUri, input.codeVerifier, options)
    return (await oauth.processAuthorizationCodeResponse(as, client, response)) as GrantkitTokens
  } catch (cause) {
    const { message, status, detail } = describe(cause)
    throw new ReturnTripError('token_exchange_failed', `The authorization code could not be exchanged: ${message}`, { status, detail, cause })
  }
}
