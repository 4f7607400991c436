/**
 * @module http/paging
 * The one wire form of keyset paging for every list: `?cursor=` (opaque, from a previous
 * response's `next_cursor`) and `?limit=` (bounded, with a default), answered with
 * `next_cursor: string | null`. The cursor is the last row's sort key, base64url-encoded JSON;
 * it is not a secret (every value in it was in the page the caller already read), so it is not
 * signed — a forged cursor can only start a list the caller may read at another row.
 */
import { z } from '@hono/zod-openapi';
import { InvalidCursorError } from '../errors.js';
import type { Keyset, Page, PageRequest } from '../domain/model/page.js';

/** A list's page sizes: what a caller gets without asking, and the most it may ask for. */
export interface PageLimits {
  readonly default: number;
  readonly max: number;
}

export const DEFAULT_PAGE_LIMITS: PageLimits = { default: 50, max: 200 };

const MAX_CURSOR_LENGTH = 1024;

/** The `cursor` and `limit` query parameters, for a route's `request.query` schema. */
export function pageQuery(limits: PageLimits = DEFAULT_PAGE_LIMITS) {
  return {
    cursor: z
      .string()
      .max(MAX_CURSOR_LENGTH)
      .optional()
      .openapi({ param: { name: 'cursor', in: 'query' }, description: 'Opaque `next_cursor` of the previous page; omit for the first page.' }),
    limit: z.coerce
      .number()
      .int()
      .min(1)
      .max(limits.max)
      .default(limits.default)
      .openapi({ param: { name: 'limit', in: 'query' }, description: `Items per page (1–${limits.max}, default ${limits.default}).` }),
  };
}

/** `next_cursor` in a list response's schema. */
export const nextCursorSchema = z
  .string()
  .nullable()
  .openapi({ description: 'Pass as `cursor` to get the next page; null on the last page.' });

export function encodeCursor(key: Keyset): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/** The 400 for a cursor this list never returned. */
export function invalidCursor() {
  return new InvalidCursorError();
}

/** Reads a cursor back into a sort key of `arity` strings; anything else is a 400 `invalid_cursor`. */
export function decodeCursor(cursor: string, arity: number): Keyset {
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    key = undefined;
  }
  if (!Array.isArray(key) || key.length !== arity || !key.every((v) => typeof v === 'string' && v.length <= 256)) {
    throw invalidCursor();
  }
  return key as Keyset;
}

/** The parsed query as a store's PageRequest. */
export function pageRequest(query: { readonly cursor?: string | undefined; readonly limit: number }, arity: number): PageRequest {
  return { limit: query.limit, ...(query.cursor ? { after: decodeCursor(query.cursor, arity) } : {}) };
}

/** A store's page as the wire's `{ items, next_cursor }`. */
export function toWirePage<T, W>(page: Page<T>, toWire: (item: T) => W): { items: W[]; next_cursor: string | null } {
  return { items: page.items.map(toWire), next_cursor: page.nextAfter ? encodeCursor(page.nextAfter) : null };
}
