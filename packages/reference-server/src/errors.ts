/**
 * @module errors
 * Domain errors carry a stable `code` and an HTTP-ish `status`; only the HTTP layer turns them
 * into RFC 9457 problem+json (http/problem.ts). Domain code never imports Hono.
 */

export interface FieldError {
  readonly field: string;
  readonly code: string;
  readonly message: string;
}

export class DomainError extends Error {
  readonly code: string;
  readonly status: number;
  /** Extra members for the problem document (RFC 9457 §3.2 extension members). */
  readonly extras: Readonly<Record<string, unknown>>;

  constructor(code: string, status: number, message: string, extras: Record<string, unknown> = {}, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
    this.status = status;
    this.extras = extras;
  }
}

/** 404 for both "does not exist" and "exists but belongs to another tenant" (no existence leak). */
export class NotFoundError extends DomainError {
  constructor(what = 'resource', code = 'not_found') {
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

export class UnauthenticatedError extends DomainError {
  constructor(message = 'You need to log in.') {
    super('unauthenticated', 401, message);
  }
}

export class ForbiddenError extends DomainError {
  constructor(code = 'forbidden', message = 'You are not allowed to do this.') {
    super(code, 403, message);
  }
}

export class ConflictError extends DomainError {
  constructor(code: string, message: string, extras: Record<string, unknown> = {}) {
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
