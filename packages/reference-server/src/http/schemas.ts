/**
 * @module http/schemas
 * Schemas shared by several routes (and named in the OpenAPI document).
 */
import { PROBLEM_CODES, type ProblemCode } from '@grantkit/sdk/problems';
import { z } from '@hono/zod-openapi';

export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    // The SDK's catalogue: the document lists every code a client may meet.
    code: z.enum(PROBLEM_CODES as [ProblemCode, ...ProblemCode[]]).openapi({ description: 'Stable machine-readable error code (the catalogue of @grantkit/sdk/problems)' }),
    errors: z
      .array(z.object({ field: z.string(), code: z.string(), message: z.string() }))
      .optional()
      .openapi({ description: 'validation_failed: one entry per field' }),
    redirect_url: z
      .string()
      .url()
      .optional()
      .openapi({ description: 'access_request_expired: the way back to the partner (its return URL with `success=false&error=expired` and the signed `response`), when the request has one' }),
  })
  .passthrough()
  .openapi('Problem');

export const UserSchema = z
  .object({ id: z.string().uuid(), email: z.string(), name: z.string() })
  .openapi('User');

export const IdParam = z.object({
  id: z.string().uuid().openapi({ param: { name: 'id', in: 'path' } }),
});

/** problem+json responses to reuse in route definitions. */
export const problemResponses = (...statuses: number[]) =>
  Object.fromEntries(
    statuses.map((s) => [s, { description: 'Problem', content: { 'application/problem+json': { schema: ProblemSchema } } }]),
  );
