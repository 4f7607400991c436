/**
 * @module http/problem
 * RFC 9457 problem details. The only place that maps errors to HTTP responses for the JSON API.
 */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { PROBLEM_CATALOGUE, type ProblemCode } from '@grantkit/sdk/problems';
import { DomainError, RateLimitedError } from '../errors.js';
import type { AppEnv } from './context.js';

export const PROBLEM_BASE = 'https://grantkit.dev/problems/';

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ProblemCode;
  [extension: string]: unknown;
}

/**
 * The problem document for a catalogue code: `title` and `status` come from the SDK's catalogue
 * (`@grantkit/sdk/problems`), so the server, the SDK's `ApiErrorCode` and the mock agree. Only
 * `http_error` (Hono's own HTTP failures: 405, 413, 415, …) passes the status it had.
 */
export function problem(code: ProblemCode, detail: string, extras: Record<string, unknown> = {}, status: number = PROBLEM_CATALOGUE[code].status): ProblemBody {
  // Extension members never override the standard ones (RFC 9457 §3.2).
  return { ...extras, type: PROBLEM_BASE + code, title: PROBLEM_CATALOGUE[code].title, status, detail, code };
}

export function problemResponse(body: ProblemBody, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status: body.status,
    headers: { 'content-type': 'application/problem+json', 'cache-control': 'no-store', ...headers },
  });
}

/** Maps any thrown value to a problem response; unknown errors are logged and become a bare 500. */
export function errorToResponse(error: unknown, c: Context<AppEnv>): Response {
  if (error instanceof DomainError) {
    const headers: Record<string, string> =
      error instanceof RateLimitedError
        ? { 'retry-after': String(error.retryAfterSeconds) }
        : error.code === 'insufficient_scope'
          ? // RFC 6750 §3 and §3.1: the challenge names the error and the scope the request needs.
            { 'www-authenticate': `Bearer realm="grantkit", error="insufficient_scope", scope="${String(error.extras.scope ?? '')}"` }
          : {};
    return problemResponse(problem(error.code, error.message, { ...error.extras }), headers);
  }
  if (error instanceof HTTPException) {
    const status = error.status;
    if (status === 400 && /json|body|parse/i.test(error.message)) {
      return problemResponse(problem('malformed_body', 'The request body could not be parsed. Send JSON with Content-Type: application/json.'));
    }
    if (status === 404) return problemResponse(problem('not_found', error.message || 'Not found.'));
    return problemResponse(problem('http_error', error.message || `The request failed with HTTP ${status}.`, {}, status));
  }
  if (error instanceof SyntaxError) {
    return problemResponse(problem('malformed_body', 'The request body is not valid JSON.'));
  }
  c.get('log')?.error('unhandled error', { error });
  return problemResponse(problem('internal_error', 'Something went wrong on our side. The request id is in the X-Request-Id header.'));
}
