/**
 * A cached OAuth 2.0 `client_credentials` token source for service accounts (RFC 6749 §4.4),
 * built on oauth4webapi: discovery through RFC 8414 metadata, the token renewed shortly before
 * it expires, and concurrent callers sharing one in-flight request.
 *
 * @module
 */
import * as oauth from 'oauth4webapi'
import { TokenError } from './errors.js'
import { isLoopbackHost } from './rules/loopback.js'

/** Options of {@link createServiceAccountTokenSource}. */
export interface ServiceAccountTokenSourceOptions {
  /** The server's public URL (issuer); metadata is read from its RFC 8414 well-known URL. */
  readonly issuer: string | URL
  readonly clientId: string
  readonly clientSecret: string
  /** Space-separated scopes to ask for (RFC 6749 §3.3); the server's default when omitted. */
  readonly scope?: string | undefined
  /** Client authentication (RFC 6749 §2.3.1); default `client_secret_basic`. */
  readonly authMethod?: 'client_secret_basic' | 'client_secret_post' | undefined
  /** Renew this many seconds before `expires_in` runs out (default 30). */
  readonly renewBeforeSeconds?: number | undefined
  readonly fetch?: typeof fetch | undefined
  /** Clock in milliseconds (tests). */
  readonly now?: (() => number) | undefined
}

/** A token plus when it stops being served from the cache. */
export interface CachedToken {
  readonly access_token: string
  readonly token_type: string
  readonly scope?: string | undefined
  /** Milliseconds since the epoch when the token expires (per `expires_in`). */
  readonly expires_at: number
  /** When the source fetches a new one: `renewBeforeSeconds` before expiry, or at half-life for short tokens. */
  readonly renew_at: number
}

/** What {@link createServiceAccountTokenSource} returns. */
export interface ServiceAccountTokenSource {
  /** A valid access token (cached; renewed shortly before expiry). Usable as `{ bearer: source.getToken }`. */
  getToken(): Promise<string>
  /** The cached token with its expiry. */
  getTokenResponse(): Promise<CachedToken>
  /** Drops the cached token (e.g. after a 401), so the next call fetches a new one. */
  invalidate(): void
}

/** Without `expires_in` (it is only RECOMMENDED, RFC 6749 §5.1) a token is reused for a minute. */
const DEFAULT_LIFETIME_S = 60

/**
 * Maps oauth4webapi's errors to `token_request_failed`. A 401 with `WWW-Authenticate` (RFC 6749
 * §5.2 `invalid_client` over Basic) arrives as a challenge error whose body is still unread.
 */
async function toTokenError(cause: unknown): Promise<TokenError> {
  let body: { error?: unknown; error_description?: unknown } | undefined
  let status: number | undefined
  if (cause instanceof oauth.ResponseBodyError) {
    body = cause
    status = cause.status
  } else if (cause instanceof oauth.WWWAuthenticateChallengeError) {
    status = cause.status
    body = (await cause.response.json().catch(() => undefined)) as typeof body
  }
  const error = typeof body?.error === 'string' ? body.error : undefined
  const description = typeof body?.error_description === 'string' ? body.error_description : undefined
  const message = error ? `${error}${description ? `: ${description}` : ''}` : (cause as Error).message
  return new TokenError('token_request_failed', `The service-account token request failed: ${message}`, { status, detail: description, cause })
}

/**
 * Creates a service-account token source.
 *
 * @example
 * ```ts
 * const tokens = createServiceAccountTokenSource({ issuer: 'https://portal.example.com', clientId, clientSecret })
 * const api = createApiClient({ baseUrl: 'https://portal.example.com', credentials: { bearer: tokens.getToken } })
 * ```
 * @throws {TokenError} `token_request_failed` (with the OAuth `error` in the message, `status`,
 *   and `error_description` as `detail`).
 */
export function createServiceAccountTokenSource(options: ServiceAccountTokenSourceOptions): ServiceAccountTokenSource {
  const issuer = new URL(options.issuer)
  const now = options.now ?? (() => Date.now())
  const renewBefore = (options.renewBeforeSeconds ?? 30) * 1000
  const client: oauth.Client = { client_id: options.clientId }
  const auth = options.authMethod === 'client_secret_post' ? oauth.ClientSecretPost(options.clientSecret) : oauth.ClientSecretBasic(options.clientSecret)
  const request = {
    [oauth.allowInsecureRequests]: issuer.protocol === 'http:' && isLoopbackHost(issuer.hostname),
    ...(options.fetch ? { [oauth.customFetch]: options.fetch } : {}),
  }
  let metadata: oauth.AuthorizationServer | undefined
  let cached: CachedToken | undefined
  let inflight: Promise<CachedToken> | undefined

  async function fetchToken(): Promise<CachedToken> {
    try {
      metadata ??= await oauth.processDiscoveryResponse(issuer, await oauth.discoveryRequest(issuer, { ...request, algorithm: 'oauth2' }))
      const params = new URLSearchParams()
      if (options.scope) params.set('scope', options.scope)
      const response = await oauth.clientCredentialsGrantRequest(metadata, client, auth, params, request)
      const body = await oauth.processClientCredentialsResponse(metadata, client, response)
      const lifetime = (body.expires_in ?? DEFAULT_LIFETIME_S) * 1000
      return {
        access_token: body.access_token,
        token_type: body.token_type,
        scope: body.scope,
        expires_at: now() + lifetime,
        // Short-lived tokens renew at half-life, so a lifetime under the margin never means a request per call.
        renew_at: now() + Math.max(lifetime - renewBefore, lifetime / 2),
      }
    } catch (cause) {
      throw await toTokenError(cause)
    }
  }

  async function getTokenResponse(): Promise<CachedToken> {
    if (cached && now() < cached.renew_at) return cached
    inflight ??= fetchToken().then(
      (token) => {
        cached = token
        inflight = undefined
        return token
      },
      (error: unknown) => {
        inflight = undefined
        throw error
      },
    )
    return inflight
  }

  return {
    getTokenResponse,
    getToken: async () => (await getTokenResponse()).access_token,
    invalidate: () => {
      cached = undefined
    },
  }
}
