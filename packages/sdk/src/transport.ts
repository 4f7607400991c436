/**
 * The one request function behind every API client: JSON in, JSON out, a problem+json answer
 * (RFC 9457) turned into an {@link ApiError}. The full client and the small per-feature clients
 * that elements use all build on it, so they behave (and fail) the same way.
 *
 * @module
 */
import { ApiError } from './errors.js'
import { problemToError } from './problem.js'

/** Sends one API request; resolves with the JSON body (undefined for 204). */
export type ApiCaller = <T>(
  method: string,
  path: string,
  /** `query`: its string and number members (null and absent ones are left out). */
  init?: { readonly query?: object | undefined; readonly body?: unknown },
) => Promise<T>

/** Options of {@link createCaller}. */
export interface CallerOptions {
  /** The server's public URL. */
  readonly baseUrl: string | URL
  /**
   * Fetch implementation (defaults to the global `fetch`, looked up per request so test
   * interceptors apply). Requests ask for `credentials: 'include'`: the browser sends the session
   * cookie. `createApiClient()` wraps this to send a bearer token instead.
   */
  readonly fetch?: typeof fetch | undefined
}

/** Creates the request function for one server. */
export function createCaller(options: CallerOptions): ApiCaller {
  const base = new URL(options.baseUrl).href.replace(/\/+$/, '')
  return async (method, path, { query, body } = {}) => {
    const url = new URL(base + path)
    // Absent and null members are left out (a first page has no cursor); numbers travel as text.
    for (const [key, value] of Object.entries(query ?? {}) as [string, unknown][]) if (value != null) url.searchParams.set(key, String(value))
    const init: RequestInit = { method, credentials: 'include', headers: body === undefined ? {} : { 'content-type': 'application/json' } }
    if (body !== undefined) init.body = JSON.stringify(body)
    const response = await (options.fetch ?? fetch)(url, init).catch((cause: unknown) => {
      throw new ApiError('network_error', `Could not reach ${url.origin}.`, { cause })
    })
    if (!response.ok) throw await problemToError(response)
    return response.status === 204
      ? undefined
      : response.json().catch((cause: unknown) => {
          throw new ApiError('invalid_response', `${method} ${path}: no JSON.`, { status: response.status, cause })
        })
  }
}

/** Encodes an id for a path segment; an empty or non-string id is a `validation_failed` error. */
export function pathSegment(value: string): string {
  if (typeof value !== 'string' || !value) throw new ApiError('validation_failed', 'An id must be a non-empty string.')
  return encodeURIComponent(value)
}
