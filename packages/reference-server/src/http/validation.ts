/**
 * @module http/validation
 * Turns zod validation failures into our ValidationError, so every bad input is a 400
 * problem+json with `code: validation_failed` and one entry per field.
 */
import type { ZodError } from 'zod';
import { ValidationError, type FieldError } from '../errors.js';

export function toValidationError(error: ZodError): ValidationError {
  const errors: FieldError[] = error.issues.map((issue) => ({
    field: issue.path.join('.') || '(body)',
    code: issue.code,
    message: issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message,
  }));
  return new ValidationError(errors);
}

export function validationHook(result: { success: boolean; error?: unknown }): void {
  if (!result.success) throw toValidationError(result.error as ZodError);
}
