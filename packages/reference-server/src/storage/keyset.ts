/**
 * @module storage/keyset
 * The SQL half of keyset paging (domain/model/page.ts): a list declares its sort key once — SQL
 * expressions, each with the kind of value it holds, all sorted in one direction — and this
 * module writes the `(k1, k2) > ($n, $m)` condition, the ORDER BY, the LIMIT (one row more than
 * asked) and the text form of the key that goes into the next cursor.
 *
 * Timestamps travel as microsecond ISO text computed by the database (`to_char`), never through
 * a JS Date (milliseconds): rows created in the same millisecond are then neither skipped nor
 * repeated. A cursor value that is not of its kind (a forged or damaged cursor) is a 400
 * `invalid_cursor`, checked here before it can reach a cast that would fail in SQL.
 */
import { InvalidCursorError } from '../errors.js';
import { toPage, type Keyset, type Page, type PageRequest } from '../domain/model/page.js';
import type { SqlValue } from './executor.js';

export type KeyKind = 'text' | 'timestamp' | 'uuid' | 'bigint';

export interface KeyPart {
  /** SQL expression of this part of the sort key, e.g. `gr.created_at` or `lower(g.name)`. */
  readonly sql: string;
  readonly kind: KeyKind;
}

export interface KeysetOrder {
  /** Most significant first; the last part must make the order total (an id or a sequence). */
  readonly keys: readonly KeyPart[];
  readonly direction: 'asc' | 'desc';
}

/** Row columns `k0`, `k1`, … carrying the sort key as text. */
export type KeyColumns = Record<`k${number}`, string>;

const CAST: Record<KeyKind, string> = { text: 'text', timestamp: 'timestamptz', uuid: 'uuid', bigint: 'bigint' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_MICROS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const BIGINT = /^-?\d{1,18}$/;
// PostgreSQL text cannot hold NUL; other control characters never occur in our sort keys.
const CONTROL = /[\u0000-\u001f\u007f]/;

function validPart(kind: KeyKind, value: string): boolean {
  switch (kind) {
    case 'uuid':
      return UUID.test(value);
    case 'bigint':
      return BIGINT.test(value);
    case 'timestamp': {
      if (!ISO_MICROS.test(value)) return false;
      // A real calendar instant (no 2024-02-30): the millisecond part survives a round trip.
      const date = new Date(value);
      return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 23) === value.slice(0, 23);
    }
    case 'text':
      return !CONTROL.test(value);
  }
}

/** The key part as text that round-trips exactly through its cast. */
function keyText(part: KeyPart): string {
  return part.kind === 'timestamp' ? `to_char(${part.sql} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')` : `(${part.sql})::text`;
}

export interface KeysetSql {
  /** `, <key text> AS k0, …` to append to the SELECT list. */
  readonly select: string;
  /** `AND (k…) > (…)` after the list's own WHERE, or '' on the first page. */
  readonly after: string;
  /** `ORDER BY … LIMIT $n` (limit + 1 rows). */
  readonly orderLimit: string;
}

/**
 * Builds the paging SQL for `order`, appending its parameters to `params` (so it composes with
 * the list's own `$1…`). Throws 400 `invalid_cursor` when `page.after` does not fit the key.
 */
export function keysetSql(order: KeysetOrder, page: PageRequest, params: SqlValue[]): KeysetSql {
  const { keys, direction } = order;
  const select = keys.map((k, i) => `, ${keyText(k)} AS k${i}`).join('');
  let after = '';
  if (page.after) {
    const values = page.after;
    if (values.length !== keys.length || !keys.every((k, i) => validPart(k.kind, values[i]!))) {
      throw new InvalidCursorError();
    }
    const placeholders = keys.map((k, i) => {
      params.push(values[i]!);
      return `$${params.length}::${CAST[k.kind]}`;
    });
    // Row comparison: one btree range scan on an index whose columns follow the key (PostgreSQL §9.24.5).
    after = `AND (${keys.map((k) => k.sql).join(', ')}) ${direction === 'asc' ? '>' : '<'} (${placeholders.join(', ')})`;
  }
  params.push(page.limit + 1);
  const dir = direction === 'asc' ? 'ASC' : 'DESC';
  const orderLimit = `ORDER BY ${keys.map((k) => `${k.sql} ${dir}`).join(', ')} LIMIT $${params.length}`;
  return { select, after, orderLimit };
}

/** Cuts the `limit + 1` rows into a page of domain items; the next cursor is the last item's `k…` columns. */
export function rowsToPage<R extends KeyColumns, T>(rows: readonly R[], order: KeysetOrder, page: PageRequest, toItem: (row: R) => T): Page<T> {
  const cut = toPage(rows, page, (row): Keyset => order.keys.map((_, i) => row[`k${i}`]!));
  return { items: cut.items.map(toItem), nextAfter: cut.nextAfter };
}
