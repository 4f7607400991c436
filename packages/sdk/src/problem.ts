/**
 * Turns an error response of the JSON API (RFC 9457 problem+json) into an {@link ApiError}.
 *
 * @module
 */
import { ApiError, type ApiErrorCode, type FieldError } from './errors.js'

/** Reads `Retry-After` as seconds (RFC 9110 §10.2.3: delay-seconds or an HTTP date). */
function retryAfterSeconds(response: Response): number | undefined {
  const value = response.headers.get('retry-after')
  if (value === null) return undefined
  if (/^\d+$/.test(value.trim())) return Number(value)
  const date = Date.parse(value)
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000))
}

/**
 * Builds the error for a non-2xx response. A problem document gives `code`, `detail` and
 * `errors`; anything else becomes `invalid_response` with the status.
 */
export async function problemToError(response: Response): Promise<ApiError> {
  const retryAfter = retryAfterSeconds(response)
  let body: unknown
  try {
    body = await response.json()
  } catch {
    body = undefined
  }
  const problem = body && typeof body === 'object' ? (body as Record<string, unknown>) : undefined
  if (problem && typeof problem.code === 'string') {
    const detail = typeof problem.detail === 'string' ? problem.detail : undefined
    const title = typeof problem.title === 'string' ? problem.title : problem.code
    const errors = Array.isArray(problem.errors) ? (problem.errors as FieldError[]) : undefined
    // The server's codes are the catalogue's (its problem helper is typed by it); an older SDK
    // against a newer server may still see a new code, passed on as sent.
    return new ApiError(problem.code as ApiErrorCode, detail ?? title, { status: response.status, detail, errors, retryAfter, cause: problem })
  }
  return new ApiError('invalid_response', `The server answered ${response.status} without a problem document.`, {
    status: response.status,
    retryAfter,
    cause: body,
  })
}
