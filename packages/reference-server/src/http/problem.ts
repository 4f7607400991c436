/**
 * @module http/problem
 * RFC 9457 problem details. The only place that maps errors to HTTP responses for the JSON API.
 */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { DomainError, RateLimitedError } from '../errors.js';
import type { AppEnv } from './context.js';

export const PROBLEM_BASE = 'https://grantkit.dev/problems/';

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  [extension: string]: unknown;
}

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Unauthenticated',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  409: 'Conflict',
  410: 'Gone',
  413: 'Payload too large',
  415: 'Unsupported media type',
  422: 'Unprocessable content',
  429: 'Too many requests',
  500: 'Internal server error',
  503: 'Service unavailable',
};

export function problem(status: number, code: string, detail: string, extras: Record<string, unknown> = {}): ProblemBody {
  // Extension members never override the standard ones (RFC 9457 §3.2).
  return { ...extras, type: PROBLEM_BASE + code, title: TITLES[status] ?? 'Error', status, detail, code };
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
      error instanceof RateLimitedError ? { 'retry-after': String(error.retryAfterSeconds) } : {};
    return problemResponse(problem(error.status, error.code, error.message, { ...error.extras }), headers);
  }
  if (error instanceof HTTPException) {
    const status = error.status;
    if (status === 400 && /json|body|parse/i.test(error.message)) {
      return problemResponse(problem(400, 'malformed_body', 'The request body could not be parsed. Send JSON with Content-Type: application/json.'));
    }
    return problemResponse(problem(status, status === 404 ? 'not_found' : 'http_error', error.message || TITLES[status] || 'Error'));
  }
  if (error instanceof SyntaxError) {
    return problemResponse(problem(400, 'malformed_body', 'The request body is not valid JSON.'));
  }
  c.get('log')?.error('unhandled error', { error });
  return problemResponse(problem(500, 'internal_error', 'Something went wrong on our side. The request id is in the X-Request-Id header.'));
}
