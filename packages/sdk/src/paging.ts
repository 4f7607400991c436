/**
 * Keyset paging, as every list endpoint speaks it: `?cursor=&limit=` in, the list's body plus
 * `next_cursor` out. The cursor is opaque (only ever a previous page's `next_cursor`); `null`
 * marks the last page. {@link allPages} walks a list to its end.
 *
 * @module
 */
import { ApiError } from './errors.js'

/** Items a list answers when no `limit` is sent. */
export const DEFAULT_PAGE_LIMIT = 50
/** Invitation codes a page of `GET /api/invitation-codes` answers when no `limit` is sent. */
export const INVITATION_CODE_PAGE_LIMIT = 20
/** The most items one page may ask for; a larger `limit` is a `validation_failed` 400. */
export const MAX_PAGE_LIMIT = 200

/** Which page of a list to read. */
export interface PageQuery {
  /** A previous page's `next_cursor`; omit (or null) for the first page. A forged one is an `invalid_cursor` 400. */
  readonly cursor?: string | null | undefined
  /** Items per page, 1–{@link MAX_PAGE_LIMIT} (default {@link DEFAULT_PAGE_LIMIT}; invitation codes 20). */
  readonly limit?: number | undefined
}

/** One page of a list: its items and the cursor of the next page (null on the last). */
export interface Page<T> {
  readonly items: readonly T[]
  /** Pass as `cursor` to read the next page; null on the last page. */
  readonly next_cursor: string | null
}

/**
 * Reads a list page by page, following `next_cursor` until it is null. Stops with an
 * `invalid_response` error when a server answers the same cursor twice (it would never end).
 *
 * @example
 * ```ts
 * for await (const page of allPages((cursor) => api.listAudit({ group_id, cursor, limit: 200 }))) {
 *   for (const event of page.items) console.log(event.type)
 * }
 * ```
 */
export async function* allPages<P extends { readonly next_cursor: string | null }>(
  fetchPage: (cursor: string | undefined) => Promise<P>,
): AsyncGenerator<P, void, undefined> {
  const seen = new Set<string>()
  let cursor: string | undefined
  for (;;) {
    const page = await fetchPage(cursor)
    yield page
    // `== null`: a server from before paging sends no `next_cursor` at all, which is also the end.
    if (page.next_cursor == null) return
    if (seen.has(page.next_cursor)) throw new ApiError('invalid_response', 'The list answered a cursor it had answered before.')
    seen.add(page.next_cursor)
    cursor = page.next_cursor
  }
}
