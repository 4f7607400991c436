/**
 * Error answers of the mock, in the two formats of the contract: RFC 9457 problem+json on the
 * JSON API and RFC 6749 §5.2 error JSON on `/oauth/*`.
 *
 * @module
 */
import { PROBLEM_CATALOGUE, type OAuthErrorCode, type ProblemCode } from '../problem-catalogue.js'
import type { ProblemFieldError } from '../types.js'

/** Thrown by the mock database; turned into problem+json by the handlers. */
export class MockProblem extends Error {
  /** The catalogue's status for {@link code}, as the server answers it. */
  readonly status: number

  constructor(
    readonly code: ProblemCode,
    readonly detail: string,
    readonly extras: { errors?: readonly ProblemFieldError[]; retryAfter?: number; members?: Readonly<Record<string, unknown>> } = {},
  ) {
    super(detail)
    this.name = 'MockProblem'
    this.status = PROBLEM_CATALOGUE[code].status
  }
}

/** Thrown by the mock token endpoint; turned into RFC 6749 §5.2 JSON. */
export class MockOAuthError extends Error {
  constructor(
    readonly error: OAuthErrorCode,
    readonly description: string,
    readonly status = 400,
  ) {
    super(description)
    this.name = 'MockOAuthError'
  }
}

/** `application/problem+json` response for a {@link MockProblem}. */
export function problemResponse(problem: MockProblem): Response {
  const headers = new Headers({ 'content-type': 'application/problem+json' })
  if (problem.extras.retryAfter !== undefined) headers.set('retry-after', String(problem.extras.retryAfter))
  const body = {
    // Extension members (RFC 9457 §3.2) never override the standard ones, as on the server.
    ...problem.extras.members,
    type: `https://grantkit.dev/problems/${problem.code}`,
    title: PROBLEM_CATALOGUE[problem.code].title,
    status: problem.status,
    detail: problem.detail,
    code: problem.code,
    ...(problem.extras.errors ? { errors: problem.extras.errors } : {}),
    ...(problem.extras.retryAfter !== undefined ? { retry_after: problem.extras.retryAfter } : {}),
  }
  return new Response(JSON.stringify(body), { status: problem.status, headers })
}

/** RFC 6749 §5.2 error response; `no-store` per §5.1. */
export function oauthErrorResponse(error: MockOAuthError): Response {
  return new Response(JSON.stringify({ error: error.error, error_description: error.description }), {
    status: error.status,
    headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
  })
}

/** Shorthands for the common problems. */
export const notFound = (what: string): MockProblem => new MockProblem('not_found', `${what} was not found.`)
export const unauthenticated = (): MockProblem =>
  new MockProblem('unauthenticated', 'Log in first: this endpoint needs a session or a bearer token.')
export const invalidField = (field: string, code: string, message: string): MockProblem =>
  new MockProblem('validation_failed', message, { errors: [{ field, code, message }] })
