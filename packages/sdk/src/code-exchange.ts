/**
 * Exchanges the authorization code of the return trip at the token endpoint found through the
 * server's RFC 8414 metadata (discovery.ts), as a public client (`client_id` = lookup key, no secret) with
 * PKCE (RFC 7636 §4.5). All protocol work is oauth4webapi's.
 *
 * @module
 */
import * as oauth from 'oauth4webapi'
import { discoverServer, wrapOAuthFailure, type DiscoveredServer } from './discovery.js'

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
  /** The server as discovered for this return already (saves a second metadata request). */
  readonly server?: DiscoveredServer | undefined
}

/** Token endpoint response (RFC 6749 §5.1) with grantkit's `grant_id`, `installation_id`, `lookup_key`. */
export type GrantkitTokens = oauth.TokenEndpointResponse & {
  readonly grant_id?: string
  readonly installation_id?: string
  readonly lookup_key?: string
}

/**
 * Redeems the code (RFC 6749 §4.1.3), discovering the metadata first (RFC 8414 §3) unless a
 * `server` discovered for this return is given. The signed `response` is not checked here
 * (completeAccessRequest checks it before); PKCE binds the code to this tab (RFC 7636 §1).
 */
export async function exchangeCode(input: CodeExchangeInput): Promise<GrantkitTokens> {
  const { as, options } = input.server ?? (await discoverServer(input.issuer, input.fetch))
  const client: oauth.Client = { client_id: input.clientId }
  // oauth4webapi takes `response` for JARM and would refuse the plain check; the plain
  // parameters equal the signed ones (`code` included) once completeAccessRequest compared them.
  const parameters = new URLSearchParams(input.parameters)
  parameters.delete('response')
  try {
    // Checks `iss` against the metadata (RFC 9207 §2.4) and `state` once more.
    const callback = oauth.validateAuthResponse(as, client, parameters, input.state)
    const response = await oauth.authorizationCodeGrantRequest(as, client, oauth.None(), callback, input.redirectUri, input.codeVerifier, options)
    // The generic processor validates the same token response (RFC 6749 §5.1) without the
    // OpenID Connect ID-token requirements, which grantkit does not use; it keeps the bundle small.
    return (await oauth.processGenericTokenEndpointResponse(as, client, response)) as GrantkitTokens
  } catch (cause) {
    throw wrapOAuthFailure('token_exchange_failed', cause)
  }
}
