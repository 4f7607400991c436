import { setupServer } from 'msw/node'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createApiClient } from './client.js'
import { ApiError } from './errors.js'
import { createMockServer } from './mock/index.js'
import { allPages, type Page } from './paging.js'

const baseUrl = 'https://grantkit.test'
const mock = createMockServer({ baseUrl })
const server = setupServer(...mock.handlers)
const api = createApiClient({ baseUrl, fetch: mock.fetch })

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
beforeEach(() => {
  mock.reset()
  mock.signIn(mock.fixtures.owner.id)
})
afterAll(() => server.close())

/** A list of `n` numbered items served `size` at a time, with a record of the cursors asked for. */
function numbers(n: number, size: number) {
  const asked: (string | undefined)[] = []
  const fetchPage = async (cursor: string | undefined): Promise<Page<number>> => {
    asked.push(cursor)
    const start = cursor ? Number(cursor) : 0
    const items = Array.from({ length: Math.max(0, Math.min(size, n - start)) }, (_, i) => start + i)
    return { items, next_cursor: start + size < n ? String(start + size) : null }
  }
  return { asked, fetchPage }
}

describe('allPages', () => {
  it('follows next_cursor to the last page, starting without a cursor', async () => {
    const { asked, fetchPage } = numbers(5, 2)
    const seen: number[] = []
    for await (const page of allPages(fetchPage)) seen.push(...page.items)
    expect(seen).toEqual([0, 1, 2, 3, 4])
    expect(asked).toEqual([undefined, '2', '4'])
  })

  it('reads a one-page list once', async () => {
    const { asked, fetchPage } = numbers(1, 50)
    const pages = []
    for await (const page of allPages(fetchPage)) pages.push(page)
    expect(pages).toEqual([{ items: [0], next_cursor: null }])
    expect(asked).toHaveLength(1)
  })

  it('ends at a page without next_cursor (a server from before paging)', async () => {
    let calls = 0
    const pages = []
    for await (const page of allPages(async () => (calls++, { items: [1, 2] } as unknown as Page<number>))) pages.push(page)
    expect(pages).toHaveLength(1)
    expect(calls).toBe(1)
  })

  it('stops with invalid_response when a server answers the same cursor again', async () => {
    const walk = async () => {
      for await (const _ of allPages(async () => ({ items: [1], next_cursor: 'again' }))) void _
    }
    await expect(walk()).rejects.toMatchObject({ code: 'invalid_response' })
  })

  it('walks a real list of the mock page by page', async () => {
    const ids: string[] = []
    for await (const page of allPages((cursor) => api.listInstallations({ cursor, limit: 1 }))) ids.push(...page.items.map((i) => i.id))
    expect(ids.sort()).toEqual([mock.fixtures.home.id, mock.fixtures.cabin.id].sort())
  })
})

describe('paging on the wire', () => {
  it('sends cursor and limit only when given, beside the filters', async () => {
    const seen: string[] = []
    const spy = createApiClient({ baseUrl, fetch: async (input) => (seen.push(new URL(String(input)).search), new Response('{}')) })
    await spy.listAudit({ group_id: 'g1', cursor: null, limit: 10 })
    await spy.listMembers('g1', { cursor: 'abc' })
    await spy.listInstallations()
    expect(seen).toEqual(['?group_id=g1&limit=10', '?cursor=abc', ''])
  })

  it('the mock answers a first page with a cursor, the last with null', async () => {
    const first = await api.listInstallations({ limit: 1 })
    expect(first.items).toHaveLength(1)
    expect(first.next_cursor).toEqual(expect.any(String))
    const last = await api.listInstallations({ cursor: first.next_cursor, limit: 1 })
    expect(last.items).toHaveLength(1)
    expect(last.items[0]!.id).not.toBe(first.items[0]!.id)
    expect(last.next_cursor).toBeNull()
  })

  it('the mock refuses a forged cursor and a limit out of range', async () => {
    const forged = await api.listGroups({ cursor: 'eyJub3QiOiJ0aGlzIn0' }).catch((e: unknown) => e)
    expect(forged).toBeInstanceOf(ApiError)
    expect(forged).toMatchObject({ status: 400, code: 'invalid_cursor' })
    for (const limit of [0, 201, 1.5]) {
      const error = await api.listAudit({ installation_id: mock.fixtures.home.id, limit }).catch((e: unknown) => e)
      expect(error, String(limit)).toMatchObject({ status: 400, code: 'validation_failed', errors: [{ field: 'limit' }] })
    }
  })
})
