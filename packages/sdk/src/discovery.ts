/**
 * Finds the server's RFC 8414 metadata (token endpoint, `jwks_uri`, signing algorithms) from its
 * issuer URL, with the request options every later call to it uses. Shared by the signed-return
 * check and the code exchange; all protocol work is oauth4webapi's.
 *
 * @module
 */
import * as oauth from 'oauth4webapi'
import { ReturnTripError } from './errors.js'
import { isLoopbackHost } from './rules/loopback.js'

/** A discovered server: its metadata and the options for requests to it. */
export interface DiscoveredServer {
  readonly as: oauth.AuthorizationServer
  readonly options: { [oauth.allowInsecureRequests]?: boolean; [oauth.customFetch]?: typeof fetch }
}

/** Wraps what failed on the way as a {@link ReturnTripError}, with the OAuth error (RFC 6749 §5.2) when the server sent one. */
export function wrapOAuthFailure(code: 'discovery_failed' | 'token_exchange_failed', cause: unknown): ReturnTripError {
  const body = cause instanceof oauth.ResponseBodyError ? cause : undefined
  const message = body ? `${body.error}: ${body.error_description ?? ''}` : (cause as Error).message
  return new ReturnTripError(code, message, { status: body?.status, detail: body?.error_description, cause })
}

/**
 * Discovers the metadata (RFC 8414 §3).
 * @throws {ReturnTripError} `discovery_failed`
 */
export async function discoverServer(issuerUrl: string, customFetch?: typeof fetch): Promise<DiscoveredServer> {
  const issuer = new URL(issuerUrl)
  const options = {
    // Plain http only where it cannot leave the machine (RFC 8252 §7.3).
    [oauth.allowInsecureRequests]: issuer.protocol === 'http:' && isLoopbackHost(issuer.hostname),
    ...(customFetch ? { [oauth.customFetch]: customFetch } : {}),
  }
  try {
    return { as: await oauth.processDiscoveryResponse(issuer, await oauth.discoveryRequest(issuer, { ...options, algorithm: 'oauth2' })), options }
  } catch (cause) {
    throw wrapOAuthFailure('discovery_failed', cause)
  }
}
