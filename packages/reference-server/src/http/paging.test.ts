import { describe, expect, it } from 'vitest';
import { z } from '@hono/zod-openapi';
import { InvalidCursorError } from '../errors.js';
import { decodeCursor, encodeCursor, pageQuery, pageRequest, toWirePage } from './paging.js';

describe('http/paging', () => {
  it('round-trips a sort key through an opaque cursor', () => {
    const key = ['2026-01-02T03:04:05.123456Z', '0d3c1b8e-6a4f-4d0e-9c51-2f0b6a3e9d11'];
    const cursor = encodeCursor(key);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor, 2)).toEqual(key);
  });

  it('refuses anything it did not write with invalid_cursor', () => {
    const forged = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
    for (const cursor of ['%%%', 'bm90IGpzb24', forged({ a: 1 }), forged(['only one']), forged([1, 2]), forged(['x'.repeat(257), 'y'])]) {
      let error: unknown;
      try {
        decodeCursor(cursor, 2);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(InvalidCursorError);
      expect((error as InvalidCursorError).code).toBe('invalid_cursor');
      expect((error as InvalidCursorError).status).toBe(400);
    }
  });

  it('bounds limit and defaults it', () => {
    const schema = z.object(pageQuery({ default: 20, max: 200 }));
    expect(schema.parse({}).limit).toBe(20);
    expect(schema.parse({ limit: '200' }).limit).toBe(200);
    expect(schema.safeParse({ limit: '0' }).success).toBe(false);
    expect(schema.safeParse({ limit: '201' }).success).toBe(false);
    expect(schema.safeParse({ limit: '1.5' }).success).toBe(false);
  });

  it('turns the query into a page request and a page into the wire form', () => {
    expect(pageRequest({ limit: 5 }, 2)).toEqual({ limit: 5 });
    expect(pageRequest({ limit: 5, cursor: encodeCursor(['a', 'b']) }, 2)).toEqual({ limit: 5, after: ['a', 'b'] });
    expect(toWirePage({ items: [1, 2], nextAfter: ['k', 'id'] }, (n) => n * 10)).toEqual({ items: [10, 20], next_cursor: encodeCursor(['k', 'id']) });
    expect(toWirePage({ items: [], nextAfter: null }, (n: number) => n)).toEqual({ items: [], next_cursor: null });
  });
});
