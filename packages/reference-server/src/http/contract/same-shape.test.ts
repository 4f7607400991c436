/**
 * `SameShape` fails for every kind of drift the wire contract must catch. The checks are types:
 * `npm run typecheck` (tsc) fails if a `@ts-expect-error` below stops being an error, i.e. if
 * `SameShape` starts accepting a mismatch.
 */
import { z } from '@hono/zod-openapi';
import { describe, expect, it } from 'vitest';
import type { Assert, SameShape } from './same-shape.js';

interface SdkThing {
  readonly id: string;
  readonly note: string | null;
  readonly tags: readonly string[];
  readonly limit?: number;
}
const ThingSchema = z.object({ id: z.string(), note: z.string().nullable(), tags: z.array(z.string()), limit: z.number().optional() });
const WithExtra = ThingSchema.extend({ extra: z.string() });
const WithoutNote = ThingSchema.omit({ note: true });

describe('SameShape', () => {
  it('accepts the same shape, whatever readonly says', () => {
    type Ok = Assert<SameShape<z.infer<typeof ThingSchema>, SdkThing>>;
    const ok: Ok = true;
    expect(ok).toBe(true);
  });

  it('refuses a field one side adds, drops, widens, or makes optional or nullable', () => {
    const checks = [
      // @ts-expect-error the schema sends a member the SDK does not know
      true as Assert<SameShape<z.infer<typeof WithExtra>, SdkThing>>,
      // @ts-expect-error the schema drops a member the SDK expects
      true as Assert<SameShape<z.infer<typeof WithoutNote>, SdkThing>>,
      // @ts-expect-error required on one side, optional on the other
      true as Assert<SameShape<{ id: string; note: string | null; tags: string[]; limit: number }, SdkThing>>,
      // @ts-expect-error nullable on one side only
      true as Assert<SameShape<{ id: string; note: string; tags: string[]; limit?: number }, SdkThing>>,
      // @ts-expect-error a literal widened to string
      true as Assert<SameShape<{ kind: string }, { kind: 'user' }>>,
      // @ts-expect-error an enum member more on one side
      true as Assert<SameShape<{ kind: 'user' | 'group' }, { kind: 'user' }>>,
      // @ts-expect-error a nested change
      true as Assert<SameShape<{ a: { b: number } }, { readonly a: { readonly b: string } }>>,
    ];
    expect(checks).toHaveLength(7);
  });
});
