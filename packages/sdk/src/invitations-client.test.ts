import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createApiClient } from './client.js'
import { ApiError } from './errors.js'
import { extractInvitationCode, INVITATION_CODE_PATTERN } from './invitation-types.js'
import { createMockServer, mockInvitations } from './mock/index.js'

const baseUrl = 'https://grantkit.test'
let now = Date.parse('2026-11-21T09:00:00Z')
const mock = createMockServer({ baseUrl, now: () => now })
const server = setupServer(...mock.handlers)
const { acme, volt, partnerAdmin, partnerMember, otherUser, owner } = mock.fixtures
const api = createApiClient({ baseUrl, credentials: 'include', fetch: mock.fetch })

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
beforeEach(() => {
  now = Date.parse('2026-11-21T09:00:00Z')
  mock.reset()
})
afterEach(() => mock.signIn(null))
afterAll(() => server.close())

async function rejection(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError)
    return error as ApiError
  }
  throw new Error('expected a rejection')
}

describe('extractInvitationCode', () => {
  it('finds a code alone, in any case, or inside a pasted "copy all" text', () => {
    expect(extractInvitationCode('  0601152C-6AA0-4F6D-5E85-464249405207 \n')).toBe('0601152c-6aa0-4f6d-5e85-464249405207')
    const text = 'Invitation codes for Acme (TZBV)\nValid until: 2026-12-01\n\n014e2774-aea2-41ab-7a88-8e33827bfa1b\n8ac5a452-4ccf-4795-76ed-d0c096d75ccb'
    expect(extractInvitationCode(text)).toBe('014e2774-aea2-41ab-7a88-8e33827bfa1b')
    expect(extractInvitationCode('Code: 014e2774-aea2-41ab-7a88-8e33827bfa1b — Acme, valid until 01.12.2026')).toBe('014e2774-aea2-41ab-7a88-8e33827bfa1b')
  })

  it('returns null for text without a whole code', () => {
    for (const text of ['', 'hello', 'f6c9a4ac-c908-4476-4740-6ae827de98e', '0601152c-6aa0-4f6d-5e85-4642494052071', 'x0601152c-6aa0-4f6d-5e85-46424940520']) {
      expect(extractInvitationCode(text)).toBeNull()
    }
  })
})

describe('invitation code and member methods', () => {
  it('create → copy text → redeem → listed as used by the redeemer', async () => {
    mock.signIn(partnerAdmin.id)
    const roles = await api.listGroupRoles(acme.id)
    expect(roles.items.find((r) => r.exclusive)?.key).toBe('auditor')
    const batch = await api.createInvitationCodes(acme.id, { count: 3, roles: ['installer'] })
    expect(batch.items).toHaveLength(3)
    for (const item of batch.items) expect(item.code).toMatch(INVITATION_CODE_PATTERN)
    expect(batch.copy_text).toContain(acme.name)
    expect(batch.copy_text).toContain('2026-12-01')

    mock.signIn(owner.id)
    const joined = await api.redeemInvitationCode(` ${batch.items[0]!.code.toUpperCase()} `)
    expect(joined).toMatchObject({ outcome: 'joined', group: { id: acme.id, name: acme.name }, roles_added: ['installer'], is_admin: false })
    expect((await rejection(api.redeemInvitationCode(batch.items[0]!.code))).code).toBe('code_already_used')
    // A second code with nothing new for this member is not used up.
    expect(await api.redeemInvitationCode(batch.items[1]!.code)).toMatchObject({ outcome: 'already_member', roles_added: [] })

    mock.signIn(partnerAdmin.id)
    const used = await api.listInvitationCodes({ status: 'used' })
    expect(used.items).toHaveLength(1)
    expect(used.items[0]).toMatchObject({ code: batch.items[0]!.code, used_by: { id: owner.id, name: owner.name } })
    const first = await api.listInvitationCodes({ limit: 2 })
    expect(first).toMatchObject({ total: 3, next_cursor: expect.any(String) })
    const second = await api.listInvitationCodes({ limit: 2, cursor: first.next_cursor })
    expect(second.items).toHaveLength(1)
    expect(second).toMatchObject({ total: 3, next_cursor: null })
  })

  it('sends the query, path and body the server expects', async () => {
    const seen: string[] = []
    const spy = createApiClient({
      baseUrl,
      fetch: async (input, init) => {
        const url = input instanceof URL ? input : new URL(String(input))
        seen.push(`${init?.method} ${url.pathname}${url.search} ${init?.body ?? ''}`)
        return new Response(init?.method === 'DELETE' ? null : '{}', { status: init?.method === 'DELETE' ? 204 : 200 })
      },
    })
    await spy.listInvitationCodes({ status: 'expired', group_id: 'g 1', cursor: 'abc_-', limit: 5 })
    await spy.listInvitationCodes()
    await spy.deactivateInvitationCode('c/1')
    await spy.changeMemberRoles('g1', 'u1', ['operator'])
    await spy.removeMember('g1', 'u1')
    await spy.redeemInvitationCode('abc')
    expect(seen).toEqual([
      'GET /api/invitation-codes?status=expired&group_id=g+1&cursor=abc_-&limit=5 ',
      'GET /api/invitation-codes ',
      'POST /api/invitation-codes/c%2F1/deactivate ',
      'PATCH /api/groups/g1/members/u1 {"roles":["operator"]}',
      'DELETE /api/groups/g1/members/u1 ',
      'POST /api/invitation-codes/redeem {"code":"abc"}',
    ])
  })

  it('maps every redemption problem to an ApiError with its code and status', async () => {
    mock.signIn(partnerAdmin.id)
    const batch = await api.createInvitationCodes(acme.id, { count: 2, validity_days: 1, roles: ['auditor'] })
    await api.deactivateInvitationCode(batch.items[0]!.id)
    mock.signIn(owner.id)
    const cases: [string, string, number][] = [
      ['nope', 'code_malformed', 400],
      ['0601152c-6aa0-4f6d-5e85-464249405207', 'code_unknown', 404],
      [batch.items[0]!.code, 'code_deactivated', 410],
    ]
    for (const [code, expected, status] of cases) expect(await rejection(api.redeemInvitationCode(code))).toMatchObject({ code: expected, status })
    now += 86_400_000
    expect(await rejection(api.redeemInvitationCode(batch.items[1]!.code))).toMatchObject({ code: 'code_expired', status: 410 })
    // The partner member holds "member": an exclusive auditor code cannot be merged in.
    now -= 86_400_000
    mock.signIn(partnerMember.id)
    expect(await rejection(api.redeemInvitationCode(batch.items[1]!.code))).toMatchObject({ code: 'roles_conflict', status: 409 })
    for (let i = 0; i < 9; i++) await api.redeemInvitationCode('0601152c-6aa0-4f6d-5e85-464249405207').catch(() => undefined)
    const limited = await rejection(api.redeemInvitationCode('0601152c-6aa0-4f6d-5e85-464249405207'))
    expect(limited.code).toBe('rate_limited')
    expect(limited.retryAfter).toBeGreaterThan(0)
  })

  it('refuses bad batches with field errors and non-admins', async () => {
    mock.signIn(partnerAdmin.id)
    const bad = await rejection(api.createInvitationCodes(acme.id, { count: 11, roles: ['auditor', 'installer'] }))
    expect(bad.code).toBe('validation_failed')
    expect(bad.errors.map((e) => e.field)).toEqual(['count'])
    const roles = await rejection(api.createInvitationCodes(acme.id, { count: 1, roles: ['auditor', 'installer'] }))
    expect(roles.errors.map((e) => e.code)).toEqual(['exclusive_role'])
    mock.signIn(partnerMember.id)
    expect((await rejection(api.createInvitationCodes(acme.id, { roles: ['installer'] }))).code).toBe('not_group_admin')
    mock.signIn(otherUser.id)
    expect((await rejection(api.createInvitationCodes(acme.id, { roles: ['installer'] }))).status).toBe(404)
    expect(mockInvitations(mock.db).codes).toHaveLength(0)
  })

  it('lists members, changes roles and removes, never the last admin', async () => {
    mock.signIn(partnerAdmin.id)
    const { items } = await api.listMembers(acme.id)
    expect(items.map((m) => [m.user_id, m.is_admin])).toEqual(expect.arrayContaining([[partnerAdmin.id, true], [partnerMember.id, false]]))
    expect((await api.changeMemberRoles(acme.id, partnerMember.id, ['operator', 'installer'])).roles).toEqual(['installer', 'operator'])
    expect((await rejection(api.changeMemberRoles(acme.id, partnerAdmin.id, ['installer']))).code).toBe('last_admin')
    expect((await rejection(api.removeMember(acme.id, partnerAdmin.id))).code).toBe('last_admin')
    await api.removeMember(acme.id, partnerMember.id)
    expect((await api.listMembers(acme.id)).items).toHaveLength(1)
    expect((await rejection(api.listMembers(volt.id))).status).toBe(404)
  })
})

describe('createInvitationsClient', () => {
  it('talks to the same endpoints with the session cookie and the same errors', async () => {
    const { createInvitationsClient } = await import('./invitations-client.js')
    const small = createInvitationsClient({ baseUrl, fetch: mock.fetch })
    mock.signIn(partnerAdmin.id)
    expect((await small.listGroups()).items.find((g) => g.id === acme.id)?.is_admin).toBe(true)
    const batch = await small.createInvitationCodes(acme.id, { count: 1, roles: ['operator'] })
    mock.signIn(owner.id)
    expect((await small.redeemInvitationCode(batch.items[0]!.code)).group.id).toBe(acme.id)
    expect(await rejection(small.redeemInvitationCode(batch.items[0]!.code))).toMatchObject({ code: 'code_already_used', status: 409 })
    const offline = createInvitationsClient({ baseUrl, fetch: async () => Promise.reject(new TypeError('offline')) })
    expect((await rejection(offline.listGroups())).code).toBe('network_error')
  })
})
