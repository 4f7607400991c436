/**
 * @module http/validation
 * Turns zod validation failures into our ValidationError, so every bad input is a 400
 * problem+json with `code: validation_failed` and one entry per field. What passed the schema is
 * then held to the control-character rule (domain/text-input.ts), for every route at once.
 */
import type { ZodError } from 'zod';
import { ValidationError, type FieldError } from '../errors.js';
import { refuseControlCharacters } from '../domain/text-input.js';

export function toValidationError(error: ZodError): ValidationError {
  const errors: FieldError[] = error.issues.map((issue) => ({
    field: issue.path.join('.') || '(body)',
    code: issue.code,
    message: issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message,
  }));
  return new ValidationError(errors);
}

export function validationHook(result: { success: boolean; error?: unknown; data?: unknown }): void {
  if (!result.success) throw toValidationError(result.error as ZodError);
  refuseControlCharacters(result.data);
}
