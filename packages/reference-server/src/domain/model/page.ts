/**
 * @module domain/model/page
 * Keyset paging, as every list port speaks it: the caller passes the sort key of the last row it
 * has seen (`after`) and how many rows it wants; the store answers one row more than asked when
 * there is more, so no list ever counts or offsets its way through a large table.
 */

/** The sort key of one row, in the list's order (e.g. `[created_at ISO, id]`). */
export type Keyset = readonly string[];

export interface PageRequest {
  /** Sort key of the last row of the previous page; absent for the first page. */
  readonly after?: Keyset | undefined;
  readonly limit: number;
}

export interface Page<T> {
  readonly items: readonly T[];
  /** Sort key of the last item when more rows follow, otherwise null. */
  readonly nextAfter: Keyset | null;
}

/**
 * Cuts a store's `limit + 1` rows into a page: the extra row only says that more follow.
 * `keyOf` gives a row's sort key, in the same order the query sorts by.
 */
export function toPage<T>(rows: readonly T[], request: PageRequest, keyOf: (row: T) => Keyset): Page<T> {
  if (rows.length <= request.limit) return { items: rows, nextAfter: null };
  const items = rows.slice(0, request.limit);
  return { items, nextAfter: keyOf(items[items.length - 1]!) };
}
