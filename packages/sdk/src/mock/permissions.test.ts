import { setupServer } from 'msw/node'
import { calculatePKCECodeChallenge, generateRandomCodeVerifier } from 'oauth4webapi'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createApiClient } from '../client.js'
import { ApiError } from '../errors.js'
import { buildAccessRequestUrl } from '../url.js'
import type { GrantPermission } from '../types.js'
import { createMockServer } from './index.js'

const baseUrl = 'https://grantkit.test'
const mock = createMockServer({ baseUrl })
const server = setupServer(...mock.handlers)
const { owner, home, acme } = mock.fixtures
const api = createApiClient({ baseUrl, fetch: mock.fetch })

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
beforeEach(() => mock.reset())
afterEach(() => mock.signIn(null))
afterAll(() => server.close())

async function rejection(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(() => null, (e: unknown) => e)
  expect(error).toBeInstanceOf(ApiError)
  return error as ApiError
}

/** Opens a link asking for `asked`, approves it on the home installation as the owner, exchanges the code. */
async function grantedToken(asked: Parameters<typeof buildAccessRequestUrl>[0]): Promise<{ token: Record<string, unknown>; grantId: string; bearer: ReturnType<typeof createApiClient> }> {
  const verifier = generateRandomCodeVerifier()
  const url = buildAccessRequestUrl({ ...asked, returnUrl: acme.returnUrl, codeChallenge: await calculatePKCECodeChallenge(verifier) })
  const request = mock.openAccessRequest(url)
  mock.signIn(owner.id)
  const { redirect_url, grant_id } = await api.approveAccessRequest(request.id, { installation_id: home.id })
  const code = new URL(redirect_url).searchParams.get('code')!
  const response = await mock.fetch(`${baseUrl}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'authorization_code', client_id: 'TZBV', redirect_uri: acme.returnUrl, code, code_verifier: verifier }),
  })
  const token = (await response.json()) as Record<string, unknown>
  return { token, grantId: grant_id, bearer: createApiClient({ baseUrl, credentials: { bearer: String(token.access_token) } }) }
}

const view = async (url: string) => {
  const request = mock.openAccessRequest(url)
  mock.signIn(owner.id)
  return api.getAccessRequest(request.id)
}

describe('fine-grained grants in the mock', () => {
  const readOnly = { serverUrl: baseUrl, lookupKey: 'TZBV', permissions: ['installation:read'] as GrantPermission[] }

  it('asks the whole catalogue by default, and exactly what the link names otherwise (read implied)', async () => {
    expect((await view(`${baseUrl}/access/request/TZBV`)).permissions).toEqual(['installation:read', 'installation:settings', 'chargers:control'])
    expect((await view(buildAccessRequestUrl(readOnly))).permissions).toEqual(['installation:read'])
    expect((await view(`${baseUrl}/access/request/TZBV?permissions=chargers:control`)).permissions).toEqual(['installation:read', 'chargers:control'])
    const details = buildAccessRequestUrl({ serverUrl: baseUrl, lookupKey: 'TZBV', authorizationDetails: [{ type: 'installation', actions: ['installation:settings'] }] })
    expect((await view(details)).permissions).toEqual(['installation:read', 'installation:settings'])
  })

  it.each([
    'permissions=installation:delete',
    'authorization_details=not-json',
    `authorization_details=${encodeURIComponent('[{"type":"account","actions":["installation:read"]}]')}`,
  ])('refuses %s with 400 validation_failed, storing nothing', (query) => {
    const before = mock.db.accessRequests.size
    expect(() => mock.openAccessRequest(`${baseUrl}/access/request/TZBV?${query}`)).toThrow(expect.objectContaining({ code: 'validation_failed' }))
    expect(mock.db.accessRequests.size).toBe(before)
  })

  it('a read-only token reads the installation and is refused settings with 403 insufficient_scope', async () => {
    const { token, bearer } = await grantedToken(readOnly)
    expect(token).toMatchObject({ scope: 'installation:read', authorization_details: [{ type: 'installation', actions: ['installation:read'], identifier: home.id }] })
    expect((await bearer.getInstallation(home.id)).id).toBe(home.id)
    const refused = await rejection(bearer.updateInstallationSettings(home.id, { max_current_a: 20 }))
    expect([refused.status, refused.code]).toEqual([403, 'insufficient_scope'])
  })

  it('offers a partly shared installation with what it holds; approving widens the one grant, for tokens issued before too', async () => {
    const { grantId, bearer } = await grantedToken(readOnly)
    const full = await view(`${baseUrl}/access/request/TZBV`)
    expect(full.installations.find((i) => i.id === home.id)).toMatchObject({ already_shared: false, held_permissions: ['installation:read'] })
    const { grant_id } = await api.approveAccessRequest(full.id, { installation_id: home.id })
    expect(grant_id).toBe(grantId)
    expect((await api.listGrants({ installation_id: home.id })).items.map((g) => g.permissions)).toEqual([['installation:read', 'installation:settings', 'chargers:control']])
    expect((await bearer.updateInstallationSettings(home.id, { max_current_a: 20 })).settings.max_current_a).toBe(20)
    expect(mock.db.audit.filter((e) => e.type === 'grant.updated').map((e) => e.data.how)).toEqual(['widened'])
    // Asking for less than it holds changes nothing: the installation is already shared.
    const less = await view(buildAccessRequestUrl({ ...readOnly, showExisting: true }))
    expect(less.installations.find((i) => i.id === home.id)).toMatchObject({ already_shared: true })
  })

  it('the owner narrows a grant without revoking it, at once for tokens; widening is 422, another grant 404', async () => {
    const { grantId, bearer } = await grantedToken({ serverUrl: baseUrl, lookupKey: 'TZBV' })
    expect((await bearer.updateInstallationSettings(home.id, { max_current_a: 20 })).settings.max_current_a).toBe(20)
    const narrowed = await api.updateGrant(grantId, { permissions: [] })
    expect(narrowed.permissions).toEqual(['installation:read'])
    expect((await bearer.getInstallation(home.id)).id).toBe(home.id)
    expect((await rejection(bearer.updateInstallationSettings(home.id, { max_current_a: 16 }))).code).toBe('insufficient_scope')
    expect(mock.db.audit.filter((e) => e.type === 'grant.updated').map((e) => [e.data.previous_permissions, e.data.permissions, e.data.how])).toEqual([
      [['installation:read', 'installation:settings', 'chargers:control'], ['installation:read'], 'narrowed'],
    ])

    const widening = await rejection(api.updateGrant(grantId, { permissions: ['chargers:control'] }))
    expect([widening.status, widening.code]).toEqual([422, 'grant_widening_requires_consent'])
    expect((await rejection(api.updateGrant('grt_nope', { permissions: [] }))).code).toBe('not_found')
    const bad = await rejection(api.updateGrant(grantId, { permissions: ['installation:delete' as GrantPermission] }))
    expect([bad.status, bad.code]).toEqual([400, 'validation_failed'])
  })
})
