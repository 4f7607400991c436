/**
 * @module http/schemas
 * Schemas shared by several routes (and named in the OpenAPI document).
 */
import { z } from '@hono/zod-openapi';

export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z.string().openapi({ description: 'Stable machine-readable error code' }),
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
