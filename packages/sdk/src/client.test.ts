import { setupServer } from 'msw/node'
import { http, HttpResponse } from 'msw'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createApiClient } from './client.js'
import { ApiError } from './errors.js'
import { createMockServer } from './mock/index.js'

const baseUrl = 'https://grantkit.test'
const mock = createMockServer({ baseUrl })
const server = setupServer(...mock.handlers)
const { owner, home, cabin, acme, partnerAdmin } = mock.fixtures
const api = createApiClient({ baseUrl, credentials: 'include', fetch: mock.fetch })

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
beforeEach(() => mock.reset())
afterEach(async () => {
  server.resetHandlers()
  mock.signIn(null)
  await api.logout()
})
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

describe('createApiClient', () => {
  it('logs in, reads and changes installations, and logs out', async () => {
    const { user } = await api.login({ email: owner.email, password: owner.password })
    expect(user.id).toBe(owner.id)
    expect((await api.me()).user.email).toBe(owner.email)
    expect((await api.listInstallations()).items.map((i) => i.id)).toEqual([home.id, cabin.id])
    expect((await api.getInstallation(home.id)).chargers[0]?.serial).toBe('ZAP000101')
    expect((await api.getChargingHistory(home.id)).items).toHaveLength(2)
    expect((await api.updateInstallationSettings(home.id, { max_current_a: 25 })).settings.max_current_a).toBe(25)
    expect((await api.listInstallationAccess(home.id)).items[0]).toMatchObject({ kind: 'user', role: 'owner' })
    await api.logout()
    const error = await rejection(api.me())
    expect([error.code, error.status]).toEqual(['unauthenticated', 401])
  })

  it('turns problem+json into ApiError with code, status, detail and field errors', async () => {
    const wrong = await rejection(api.login({ email: owner.email, password: 'wrong' }))
    expect(wrong).toMatchObject({ name: 'ApiError', code: 'invalid_credentials', status: 401, detail: 'The email or password is wrong.' })
    mock.signIn(owner.id)
    const invalid = await rejection(api.updateInstallationSettings(home.id, { max_current_a: 1 }))
    expect(invalid.code).toBe('validation_failed')
    expect(invalid.errors).toEqual([{ field: 'max_current_a', code: 'out_of_range', message: 'max_current_a must be an integer from 6 to 32.' }])
    expect((await rejection(api.getInstallation('ins_unknown'))).status).toBe(404)
  })

  it('carries Retry-After on 429', async () => {
    for (let i = 0; i < 5; i++) await rejection(api.login({ email: owner.email, password: 'wrong' }))
    const limited = await rejection(api.login({ email: owner.email, password: owner.password }))
    expect(limited.code).toBe('rate_limited')
    expect(limited.retryAfter).toBeGreaterThan(0)
  })

  it('walks an access request: view, approve, grants, revoke; then 409 decided', async () => {
    const request = mock.openAccessRequest(`${baseUrl}/access/request/TZBV?return_url=${encodeURIComponent(acme.returnUrl)}`)
    mock.signIn(owner.id)
    expect((await api.getAccessRequest(request.id)).group.lookup_key).toBe('TZBV')
    const { redirect_url, grant_id } = await api.approveAccessRequest(request.id, { installation_id: home.id })
    expect(new URL(redirect_url).searchParams.get('grant_id')).toBe(grant_id)
    expect((await rejection(api.denyAccessRequest(request.id))).code).toBe('access_request_decided')
    expect((await api.listGrants({ installation_id: home.id })).items.map((g) => g.id)).toEqual([grant_id])
    expect((await api.listAudit({ installation_id: home.id })).items.map((e) => e.type)).toContain('grant.created')

    mock.signIn(partnerAdmin.id)
    expect((await api.listGroups()).items[0]).toMatchObject({ lookup_key: 'TZBV', is_admin: true })
    expect((await api.getGroup(acme.id)).return_urls).toEqual([acme.returnUrl])
    expect((await api.listGroupGrants(acme.id)).items).toHaveLength(1)
    await api.deleteGrant(grant_id)
    expect((await api.listGroupGrants(acme.id)).items).toHaveLength(0)
    const missing = await rejection(api.getAccessRequest('ar_nope'))
    expect([missing.code, missing.status]).toEqual(['access_request_not_found', 404])
  })

  it('sends a bearer token from a string or a function, and no cookie', async () => {
    const seen: (string | null)[] = []
    server.use(
      http.get(`${baseUrl}/api/me`, ({ request }) => {
        seen.push(request.headers.get('authorization'))
        return HttpResponse.json({ user: { id: 'u', email: 'e@x', name: 'n' }, groups: [] })
      }),
    )
    await createApiClient({ baseUrl, credentials: { bearer: 'abc' } }).me()
    await createApiClient({ baseUrl, credentials: { bearer: async () => 'def' } }).me()
    expect(seen).toEqual(['Bearer abc', 'Bearer def'])
  })

  it("rejects with the token source's own error, not a network error, when it cannot give a token", async () => {
    const failure = new Error('token endpoint down')
    const api = createApiClient({ baseUrl, credentials: { bearer: async () => Promise.reject(failure) } })
    await expect(api.me()).rejects.toBe(failure)
  })

  it('reports network failures, non-problem errors and bad ids as ApiError', async () => {
    const offline = createApiClient({ baseUrl, fetch: async () => Promise.reject(new TypeError('fetch failed')) })
    expect((await rejection(offline.me())).code).toBe('network_error')
    server.use(http.get(`${baseUrl}/api/groups`, () => new HttpResponse('<h1>Bad gateway</h1>', { status: 502 })))
    const gateway = await rejection(api.listGroups())
    expect([gateway.code, gateway.status]).toEqual(['invalid_response', 502])
    expect((await rejection(api.getInstallation(''))).code).toBe('validation_failed')
  })

  it('encodes ids as one path segment', async () => {
    mock.signIn(owner.id)
    const error = await rejection(api.getInstallation('../grants'))
    expect(error.status).toBe(404)
  })
})
