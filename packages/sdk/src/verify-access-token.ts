/**
 * `verifyAccessToken()` for resource servers: checks a grantkit access token (a JWT, RFC 9068
 * profile) against the server's JWKS with jose — signature, algorithm allow-list, `iss`, `aud`,
 * `exp`/`nbf` — and answers typed {@link TokenError}s.
 *
 * @module
 */
import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload } from 'jose'
import { TokenError } from './errors.js'
import type { InstallationAuthorizationDetail } from './types.js'

/** Options of {@link verifyAccessToken}. */
export interface VerifyAccessTokenOptions {
  /** Expected `iss`: the server's public URL. */
  readonly issuer: string
  /** Expected `aud` (one of). */
  readonly audience: string | readonly string[]
  /** JWKS URL; default `<issuer>/oauth/jwks`. Key sets are cached per URL. */
  readonly jwksUrl?: string | URL | undefined
  /** Allowed `alg` values (default ES256 and EdDSA); `none` is never allowed. */
  readonly algorithms?: readonly string[] | undefined
  /** Expected `typ` header (RFC 9068 §4: `at+jwt`); `null` skips the check. */
  readonly typ?: string | null | undefined
  /** Clock skew tolerance in seconds (default 5). */
  readonly clockTolerance?: number | undefined
  /** Current time (tests). */
  readonly currentDate?: Date | undefined
}

/** Claims of a grantkit access token. */
export interface AccessTokenClaims extends JWTPayload {
  readonly iss: string
  readonly sub: string
  readonly exp: number
  readonly client_id?: string
  readonly scope?: string
  readonly grant_id?: string
  readonly installation_id?: string
  readonly group_id?: string
  readonly lookup_key?: string
  /**
   * RFC 9396 §9, tokens from an access request: the grant's permissions when the token was
   * issued, on its installation. A record, not the rule: grantkit's API decides each call on the
   * grant's current permissions (the owner may have narrowed or widened it since).
   */
  readonly authorization_details?: readonly InstallationAuthorizationDetail[]
}

const keySets = new Map<string, ReturnType<typeof createRemoteJWKSet>>()

/**
 * One remote key set per JWKS location: jose caches keys and refetches (rate-limited) on an
 * unknown `kid`. Looked up by the option as given, so a warm call parses no URL.
 */
function keySet(jwksUrl: string | URL | undefined, issuer: string): ReturnType<typeof createRemoteJWKSet> {
  const id = jwksUrl === undefined ? `issuer:${issuer}` : String(jwksUrl)
  let set = keySets.get(id)
  if (!set) {
    set = createRemoteJWKSet(new URL(jwksUrl ?? `${issuer.replace(/\/+$/, '')}/oauth/jwks`))
    keySets.set(id, set)
  }
  return set
}

const DEFAULT_ALGORITHMS: string[] = ['ES256', 'EdDSA']
const REQUIRED_CLAIMS: string[] = ['iss', 'sub', 'exp']

function toTokenError(error: unknown): TokenError {
  const reason = error instanceof Error ? error.message : String(error)
  if (error instanceof errors.JWTExpired) return new TokenError('token_expired', `The access token has expired (${reason}).`, { cause: error })
  if (error instanceof errors.JWTClaimValidationFailed) {
    return new TokenError('token_claim_invalid', `The access token's ${error.claim} claim is not acceptable: ${reason}`, { cause: error })
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) return new TokenError('token_signature_invalid', 'The access token signature is invalid.', { cause: error })
  if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWKSMultipleMatchingKeys) {
    return new TokenError('token_key_not_found', 'No key of the JWKS matches the access token (unknown kid or algorithm).', { cause: error })
  }
  // jose reports a non-200 JWKS answer with the generic JOSEError; fetch failures are not JOSE errors.
  const generic = error instanceof errors.JOSEError && error.code === 'ERR_JOSE_GENERIC'
  if (generic || error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid || !(error instanceof errors.JOSEError)) {
    return new TokenError('jwks_unavailable', `The JWKS could not be read: ${reason}`, { cause: error })
  }
  return new TokenError('token_invalid', `The access token is not acceptable: ${reason}`, { cause: error })
}

/** Exactly two dots, found without splitting the token into new strings. */
function isCompact(token: string): boolean {
  const first = token.indexOf('.')
  const second = first < 0 ? -1 : token.indexOf('.', first + 1)
  return second > 0 && token.indexOf('.', second + 1) < 0
}

/**
 * Verifies an access token and returns its claims.
 *
 * @example
 * ```ts
 * const claims = await verifyAccessToken(token, { issuer: 'https://portal.example.com', audience: 'https://api.example.com' })
 * ```
 * @throws {TokenError} `token_invalid`, `token_expired`, `token_claim_invalid`,
 *   `token_signature_invalid`, `token_key_not_found`, `jwks_unavailable`
 */
export async function verifyAccessToken(token: string, options: VerifyAccessTokenOptions): Promise<AccessTokenClaims> {
  if (typeof token !== 'string' || !isCompact(token)) {
    throw new TokenError('token_invalid', 'The access token is not a compact JWT (three dot-separated parts).')
  }
  const algorithms = options.algorithms ? options.algorithms.filter((alg) => alg.toLowerCase() !== 'none') : DEFAULT_ALGORITHMS
  const jwks = keySet(options.jwksUrl, options.issuer)
  try {
    const { payload } = await jwtVerify(token, jwks, {
      issuer: options.issuer,
      audience: typeof options.audience === 'string' ? options.audience : [...options.audience],
      algorithms,
      requiredClaims: REQUIRED_CLAIMS,
      clockTolerance: options.clockTolerance ?? 5,
      typ: options.typ === null ? undefined : (options.typ ?? 'at+jwt'),
      currentDate: options.currentDate,
    })
    return payload as AccessTokenClaims
  } catch (error) {
    throw toTokenError(error)
  }
}
