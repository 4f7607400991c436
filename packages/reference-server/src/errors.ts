/**
 * @module errors
 * Domain errors carry a stable `code` and an HTTP-ish `status`; only the HTTP layer turns them
 * into RFC 9457 problem+json (http/problem.ts). Domain code never imports Hono.
 *
 * Codes are the SDK's problem catalogue (`@grantkit/sdk/problems`): a code that is not in it, or
 * a status that is not the catalogue's for that code, does not compile. The status argument is
 * kept (checked against the catalogue) so that the call reads as the answer it becomes.
 */
import { PROBLEM_CATALOGUE, type ProblemCode, type ProblemCodeWithStatus, type ProblemStatus } from '@grantkit/sdk/problems';

export type { ProblemCode };

export interface FieldError {
  readonly field: string;
  readonly code: string;
  readonly message: string;
}

/** `[code, status, …]` with the status the catalogue gives that code (one tuple per code). */
export type DomainErrorArgs = {
  [C in ProblemCode]: [code: C, status: ProblemStatus<C>, message: string, extras?: Record<string, unknown>, options?: ErrorOptions];
}[ProblemCode];

export class DomainError extends Error {
  readonly code: ProblemCode;
  readonly status: ProblemStatus;
  /** Extra members for the problem document (RFC 9457 §3.2 extension members). */
  readonly extras: Readonly<Record<string, unknown>>;

  constructor(...[code, , message, extras = {}, options]: DomainErrorArgs) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
    this.status = PROBLEM_CATALOGUE[code].status;
    this.extras = extras;
  }
}

/** 404 for both "does not exist" and "exists but belongs to another tenant" (no existence leak). */
export class NotFoundError extends DomainError {
  constructor(what = 'resource', code: ProblemCodeWithStatus<404> = 'not_found') {
    super(code, 404, `The ${what} does not exist or you have no access to it.`);
  }
}

export class ValidationError extends DomainError {
  readonly errors: readonly FieldError[];
  constructor(errors: FieldError[], message = errors.map((e) => e.message).join(' ')) {
    super('validation_failed', 400, message, { errors });
    this.errors = errors;
  }
}

/**
 * 400 `invalid_cursor`: a `?cursor=` this list never returned. Its own top-level code so a client
 * can restart the list; the `errors` extension keeps field-level readers working.
 */
export class InvalidCursorError extends DomainError {
  constructor(message = 'cursor: not a cursor this list returned; start again without one.') {
    super('invalid_cursor', 400, message, { errors: [{ field: 'cursor', code: 'invalid_cursor', message }] });
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = 'You need to log in.') {
    super('unauthenticated', 401, message);
  }
}

export class ForbiddenError extends DomainError {
  constructor(code: ProblemCodeWithStatus<403> = 'forbidden', message = 'You are not allowed to do this.') {
    super(code, 403, message);
  }
}

export class ConflictError extends DomainError {
  constructor(code: ProblemCodeWithStatus<409>, message: string, extras: Record<string, unknown> = {}) {
    super(code, 409, message, extras);
  }
}

export class RateLimitedError extends DomainError {
  readonly retryAfterSeconds: number;
  constructor(retryAfterSeconds: number) {
    super('rate_limited', 429, `Too many attempts. Try again in ${retryAfterSeconds} seconds.`, {
      retry_after: retryAfterSeconds,
    });
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** Builds a ValidationError for one field. */
export function invalid(field: string, code: string, message: string): ValidationError {
  return new ValidationError([{ field, code, message }]);
}
