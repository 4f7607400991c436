/**
 * Typed errors of `@grantkit/sdk`, in the style of `jose`: one base class with a stable
 * `code`, a few subclasses whose `code` is a literal union, and {@link AnyGrantkitError} so
 * that `switch (err.code)` narrows the type.
 *
 * @module
 */
import type { OAuthErrorCode, ProblemCode } from './problem-catalogue.js'

/** Codes thrown by `buildAccessRequestUrl()` when an input cannot be used. */
export type AccessRequestUrlErrorCode =
  | 'invalid_server_url'
  | 'invalid_lookup_key'
  | 'invalid_return_url'
  | 'invalid_locale'
  | 'invalid_installation_id'
  | 'invalid_partner_name'
  | 'invalid_state'
  | 'invalid_code_challenge'
  | 'invalid_permissions'

/** Codes thrown while completing the return trip (RFC 6749 §4.1.2, RFC 9207, RFC 7636). */
export type ReturnTripErrorCode =
  | 'missing_transaction'
  | 'state_mismatch'
  | 'issuer_mismatch'
  | 'invalid_return_parameters'
  | 'authorization_failed'
  | 'discovery_failed'
  | 'token_exchange_failed'
  /** The return carries no `response` (JARM §2.1): not a return the server sent. */
  | 'signed_return_missing'
  /** `response` does not verify: another key, audience or issuer, expired, or malformed (JARM §2.4). */
  | 'signed_return_invalid'
  /** A plain parameter says something else than the signed `response`. */
  | 'signed_return_mismatch'

/**
 * Problem codes the server answers with (RFC 9457 `code` member, the catalogue of
 * `@grantkit/sdk/problems`), the OAuth error codes of `/oauth/*` (RFC 6749 §5.2), plus the
 * client's own `network_error` and `invalid_response`. Closed: the server's problem helper is
 * typed by the same catalogue, so a code the server can send is a code of this union.
 */
export type ApiErrorCode = ProblemCode | OAuthErrorCode | 'network_error' | 'invalid_response'

/** Codes of the Node helpers (`@grantkit/sdk/node`). */
export type TokenErrorCode =
  | 'token_request_failed'
  | 'token_invalid'
  | 'token_expired'
  | 'token_claim_invalid'
  | 'token_signature_invalid'
  | 'token_key_not_found'
  | 'jwks_unavailable'

/** Codes of `verifyWebhook()` (`@grantkit/sdk/node`): why a webhook delivery is refused. */
export type WebhookVerificationErrorCode =
  | 'webhook_headers_missing'
  | 'webhook_timestamp_too_old'
  | 'webhook_timestamp_too_new'
  | 'webhook_signature_invalid'
  | 'webhook_body_invalid'
  | 'webhook_secret_invalid'

/** Every code a `GrantkitError` can carry. */
export type GrantkitErrorCode = AccessRequestUrlErrorCode | ReturnTripErrorCode | ApiErrorCode | TokenErrorCode | WebhookVerificationErrorCode

/** Options shared by every error constructor. */
export interface GrantkitErrorOptions {
  /** HTTP status when the error came from a response. */
  readonly status?: number | undefined
  /** The server's human-readable `detail` (RFC 9457 §3.1.4) or `error_description`. */
  readonly detail?: string | undefined
  /** The underlying error or parsed body. */
  readonly cause?: unknown
}

/**
 * Base class of every error the SDK throws. `code` is stable and meant for programs;
 * `message` is meant for people and says what to fix.
 */
export class GrantkitError<C extends string = GrantkitErrorCode> extends Error {
  /** Stable, snake_case error code. */
  readonly code: C
  /** HTTP status, when the error came from a response. */
  readonly status?: number
  /** Detail from the server, when it sent one. */
  readonly detail?: string

  constructor(code: C, message: string, options: GrantkitErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause })
    this.name = this.constructor.name
    this.code = code
    if (options.status !== undefined) this.status = options.status
    if (options.detail !== undefined) this.detail = options.detail
  }
}

/** An input to {@link buildAccessRequestUrl} is invalid; nothing was built. */
export class AccessRequestUrlError extends GrantkitError<AccessRequestUrlErrorCode> {}

/** The return trip cannot be trusted or completed. Denial is not an error: it is a result. */
export class ReturnTripError extends GrantkitError<ReturnTripErrorCode> {}

/** One entry of a `validation_failed` problem's `errors` array. */
export interface FieldError {
  readonly field: string
  readonly code: string
  readonly message: string
}

/** Options of {@link ApiError}. */
export interface ApiErrorOptions extends GrantkitErrorOptions {
  /** Per-field errors of a `validation_failed` problem. */
  readonly errors?: readonly FieldError[] | undefined
  /** Seconds from `Retry-After` of a 429 answer. */
  readonly retryAfter?: number | undefined
}

/** A JSON API call failed; `code` is the problem's `code` (RFC 9457). */
export class ApiError extends GrantkitError<ApiErrorCode> {
  /** Per-field errors of a `validation_failed` problem (empty otherwise). */
  readonly errors: readonly FieldError[]
  /** Seconds the server asked to wait (429 `Retry-After`), when given. */
  readonly retryAfter?: number

  constructor(code: ApiErrorCode, message: string, options: ApiErrorOptions = {}) {
    super(code, message, options)
    this.errors = options.errors ?? []
    if (options.retryAfter !== undefined) this.retryAfter = options.retryAfter
  }
}

/** Getting or verifying an access token failed (`@grantkit/sdk/node`). */
export class TokenError extends GrantkitError<TokenErrorCode> {}

/** A webhook delivery failed verification (`verifyWebhook()`): answer it with 400 and do not act on it. */
export class WebhookVerificationError extends GrantkitError<WebhookVerificationErrorCode> {}

/** Discriminated union of every error class, for exhaustive `switch (err.code)`. */
export type AnyGrantkitError = AccessRequestUrlError | ReturnTripError | ApiError | TokenError | WebhookVerificationError

/** True when `value` is a {@link GrantkitError} (optionally with the given code). */
export function isGrantkitError(value: unknown, code?: GrantkitErrorCode): value is AnyGrantkitError {
  return value instanceof GrantkitError && (code === undefined || value.code === code)
}
