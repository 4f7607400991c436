/**
 * Every problem code the grantkit JSON API answers with (RFC 9457 `code` member), with its HTTP
 * status and title. The single source: the reference server types its `problem()` helper and
 * its `DomainError` by this object and takes status and title from it, the mock answers with the
 * same titles, and {@link ApiErrorCode} is derived from it. Also the RFC 6749 §5.2 error codes
 * of `/oauth/*`.
 *
 * A separate entry point (`@grantkit/sdk/problems`) so that the titles never enter the small
 * browser bundles: the root entry only re-exports the types.
 *
 * @module
 */

/** One entry of {@link PROBLEM_CATALOGUE}. */
export interface ProblemCatalogueEntry {
  /** HTTP status the server answers with (`http_error` keeps the status of the HTTP failure). */
  readonly status: number
  /** RFC 9457 §3.1.3 `title`: the same for every occurrence of the code. */
  readonly title: string
}

/** Problem codes of the JSON API, grouped by status. */
export const PROBLEM_CATALOGUE = {
  // 400
  validation_failed: { status: 400, title: 'Validation failed' },
  invalid_cursor: { status: 400, title: 'Invalid cursor' },
  malformed_body: { status: 400, title: 'Malformed body' },
  code_malformed: { status: 400, title: 'Malformed invitation code' },
  confirmation_required: { status: 400, title: 'Confirmation required' },
  http_error: { status: 400, title: 'HTTP error' },
  webhook_url_refused: { status: 400, title: 'Webhook URL refused' },
  // 401
  unauthenticated: { status: 401, title: 'Authentication required' },
  invalid_credentials: { status: 401, title: 'Invalid credentials' },
  invalid_token: { status: 401, title: 'Invalid access token' },
  // 403
  forbidden: { status: 403, title: 'Forbidden' },
  origin_mismatch: { status: 403, title: 'Origin not allowed' },
  insufficient_scope: { status: 403, title: 'Insufficient scope' },
  not_group_admin: { status: 403, title: 'Group administrator required' },
  invitation_email_mismatch: { status: 403, title: 'Invitation for another address' },
  // 404
  not_found: { status: 404, title: 'Not found' },
  access_request_not_found: { status: 404, title: 'Access request not found' },
  invitation_not_found: { status: 404, title: 'Invitation not found' },
  code_unknown: { status: 404, title: 'Unknown invitation code' },
  service_account_not_found: { status: 404, title: 'Service account not found' },
  webhook_not_found: { status: 404, title: 'Webhook endpoint not found' },
  // 405
  method_not_allowed: { status: 405, title: 'Method not allowed' },
  // 409
  access_request_decided: { status: 409, title: 'Access request already decided' },
  code_already_used: { status: 409, title: 'Invitation code already used' },
  invitation_used: { status: 409, title: 'Invitation already used' },
  roles_conflict: { status: 409, title: 'Conflicting roles' },
  last_admin: { status: 409, title: 'Last administrator' },
  partner_deactivated: { status: 409, title: 'Partner deactivated' },
  partner_limit_reached: { status: 409, title: 'Partner limit reached' },
  partner_has_access: { status: 409, title: 'Partner still has access' },
  lookup_key_exhausted: { status: 409, title: 'No free lookup key' },
  service_account_name_taken: { status: 409, title: 'Service account name taken' },
  webhook_limit_reached: { status: 409, title: 'Webhook endpoint limit reached' },
  webhook_disabled: { status: 409, title: 'Webhook endpoint disabled' },
  // 410
  access_request_expired: { status: 410, title: 'Access request expired' },
  code_deactivated: { status: 410, title: 'Invitation code deactivated' },
  code_expired: { status: 410, title: 'Invitation code expired' },
  invitation_expired: { status: 410, title: 'Invitation expired' },
  invitation_revoked: { status: 410, title: 'Invitation revoked' },
  // 413, 415, 422, 429
  body_too_large: { status: 413, title: 'Request body too large' },
  logo_too_large: { status: 413, title: 'Logo too large' },
  logo_unsupported_type: { status: 415, title: 'Unsupported logo type' },
  email_domain_not_allowed: { status: 422, title: 'Email domain not allowed' },
  rate_limited: { status: 429, title: 'Too many requests' },
  // 500, 503
  internal_error: { status: 500, title: 'Internal server error' },
  asset_unavailable: { status: 503, title: 'Asset unavailable' },
  database_unavailable: { status: 503, title: 'Database unavailable' },
  migrations_pending: { status: 503, title: 'Migrations pending' },
} as const satisfies Readonly<Record<string, ProblemCatalogueEntry>>

/** A problem code of the JSON API. */
export type ProblemCode = keyof typeof PROBLEM_CATALOGUE

/** The status of a problem code, e.g. `ProblemStatus<'not_found'>` is `404`. */
export type ProblemStatus<C extends ProblemCode = ProblemCode> = (typeof PROBLEM_CATALOGUE)[C]['status']

/** Problem codes answered with the given status, e.g. `ProblemCodeWithStatus<409>`. */
export type ProblemCodeWithStatus<S extends number> = { [C in ProblemCode]: ProblemStatus<C> extends S ? C : never }[ProblemCode]

/** Every problem code, in catalogue order. */
export const PROBLEM_CODES = Object.keys(PROBLEM_CATALOGUE) as ProblemCode[]

/** True when `code` is in the catalogue. */
export function isProblemCode(code: string): code is ProblemCode {
  return Object.prototype.hasOwnProperty.call(PROBLEM_CATALOGUE, code)
}

/** OAuth 2.0 error codes of `/oauth/*` (RFC 6749 §5.2, RFC 7009 §2.2.1, RFC 6750 §3.1, RFC 8707). */
export const OAUTH_ERROR_CODES = [
  'invalid_request',
  'invalid_client',
  'invalid_grant',
  'unauthorized_client',
  'unsupported_grant_type',
  'invalid_scope',
  'invalid_target',
  'unsupported_token_type',
  'temporarily_unavailable',
  'invalid_token',
] as const

/** One of {@link OAUTH_ERROR_CODES}. */
export type OAuthErrorCode = (typeof OAUTH_ERROR_CODES)[number]
