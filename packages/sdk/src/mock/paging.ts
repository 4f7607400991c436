/**
 * Keyset paging as the reference server answers it (`?cursor=&limit=` → `next_cursor`), over the
 * mock's in-memory lists. The cursor is opaque to callers: base64url JSON of the last row's key
 * and the position after it, so a page still continues when that row was deleted meanwhile.
 *
 * @module
 */
import { DEFAULT_PAGE_LIMIT, MAX_PAGE_LIMIT, type Page } from '../paging.js'
import { invalidField, MockProblem } from './problems.js'

const toBase64Url = (text: string): string =>
  btoa(String.fromCharCode(...new TextEncoder().encode(text))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
const fromBase64Url = (text: string): string =>
  new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0)))

function invalidCursor(): MockProblem {
  const message = 'cursor: not a cursor this list returned; start again without one.'
  return new MockProblem('invalid_cursor', message, { errors: [{ field: 'cursor', code: 'invalid_cursor', message }] })
}

function readCursor(cursor: string): { key: string; next: number } {
  let parsed: unknown
  try {
    parsed = JSON.parse(fromBase64Url(cursor))
  } catch {
    throw invalidCursor()
  }
  const [key, next] = Array.isArray(parsed) ? parsed : []
  if (typeof key !== 'string' || !Number.isInteger(next) || (next as number) < 0) throw invalidCursor()
  return { key, next: next as number }
}

function readLimit(value: string | null, defaultLimit: number): number {
  if (value === null) return defaultLimit
  const limit = /^\d+$/.test(value) ? Number(value) : Number.NaN
  if (Number.isNaN(limit)) throw invalidField('limit', 'invalid_type', 'limit: a whole number.')
  if (limit < 1) throw invalidField('limit', 'too_small', 'limit: at least 1.')
  if (limit > MAX_PAGE_LIMIT) throw invalidField('limit', 'too_big', `limit: at most ${MAX_PAGE_LIMIT}.`)
  return limit
}

/** The `{ id }` of a row, the key most lists page by. */
const byId = (row: unknown): string => String((row as { id?: unknown }).id)

/**
 * Cuts `rows` (already in the list's order) into the page the request asks for.
 * A bad `cursor` is a 400 `invalid_cursor`; a `limit` outside 1–200 a 400 `validation_failed`.
 */
export function pageOf<T>(rows: readonly T[], request: Request | URL, options: { keyOf?: (row: T) => string; defaultLimit?: number } = {}): Page<T> & { items: T[] } {
  const query = (request instanceof URL ? request : new URL(request.url)).searchParams
  const keyOf = options.keyOf ?? byId
  const limit = readLimit(query.get('limit'), options.defaultLimit ?? DEFAULT_PAGE_LIMIT)
  const cursor = query.get('cursor')
  let start = 0
  if (cursor) {
    const { key, next } = readCursor(cursor)
    const at = rows.findIndex((row) => keyOf(row) === key)
    start = at >= 0 ? at + 1 : Math.min(next, rows.length)
  }
  const items = rows.slice(start, start + limit)
  const end = start + items.length
  const last = items[items.length - 1]
  return { items, next_cursor: end < rows.length && last !== undefined ? toBase64Url(JSON.stringify([keyOf(last), end])) : null }
}
