import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { calculatePKCECodeChallenge, generateRandomCodeVerifier } from 'oauth4webapi'
import { createLocalJWKSet, jwtVerify } from 'jose'
import { createMockServer } from './index.js'

const baseUrl = 'https://grantkit.test'
let now = Date.parse('2026-11-21T08:00:00Z')
const mock = createMockServer({ baseUrl, now: () => now })
const server = setupServer(...mock.handlers)
const { owner, acme, home, cabin, partnerMember, otherUser } = mock.fixtures
// A page on the mock's origin: unsafe requests carry its Origin, as the server requires.
const fetch = mock.fetch

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
beforeEach(() => {
  mock.reset()
  now = Date.parse('2026-11-21T08:00:00Z')
})
afterEach(async () => {
  await fetch(`${baseUrl}/api/session`, { method: 'DELETE' })
  mock.signIn(null)
})
afterAll(() => server.close())

const json = (body: unknown, init: RequestInit = {}): RequestInit => ({
  ...init,
  method: init.method ?? 'POST',
  headers: { 'content-type': 'application/json', ...(init.headers as Record<string, string>) },
  body: JSON.stringify(body),
})

async function login(email: string, password: string): Promise<Response> {
  return fetch(`${baseUrl}/api/session`, json({ email, password }))
}

async function problem(response: Response): Promise<{ status: number; code: string; type: string; contentType: string | null }> {
  const body = (await response.json()) as { code: string; type: string }
  return { status: response.status, code: body.code, type: body.type, contentType: response.headers.get('content-type') }
}

describe('session', () => {
  it('logs in with a cookie, answers /api/me, and logs out', async () => {
    const response = await login(owner.email, owner.password)
    expect(response.status).toBe(200)
    expect(response.headers.get('set-cookie')).toMatch(/^gk_session=.+; Path=\/; HttpOnly; SameSite=Lax; Secure/)
    const me = await (await fetch(`${baseUrl}/api/me`)).json()
    expect(me.user).toEqual({ id: owner.id, email: owner.email, name: owner.name })
    expect(me.groups).toEqual([])
    expect((await fetch(`${baseUrl}/api/session`, { method: 'DELETE' })).status).toBe(204)
    expect(await problem(await fetch(`${baseUrl}/api/me`))).toMatchObject({ status: 401, code: 'unauthenticated' })
  })

  it('refuses a wrong password with problem+json, then rate limits with Retry-After', async () => {
    const wrong = await problem(await login(owner.email, 'nope'))
    expect(wrong).toEqual({
      status: 401,
      code: 'invalid_credentials',
      type: 'https://grantkit.dev/problems/invalid_credentials',
      contentType: 'application/problem+json',
    })
    for (let i = 0; i < 4; i++) await login(owner.email, 'nope')
    const limited = await login(owner.email, owner.password)
    expect(limited.status).toBe(429)
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
    expect((await limited.json()).code).toBe('rate_limited')
    now += 61_000
    expect((await login(owner.email, owner.password)).status).toBe(200)
  })

  it('answers 400 malformed_body / validation_failed to bad bodies', async () => {
    const response = await fetch(`${baseUrl}/api/session`, { method: 'POST', body: '{nope', headers: { 'content-type': 'application/json' } })
    expect(await problem(response)).toMatchObject({ status: 400, code: 'malformed_body' })
    const notObject = await (await fetch(`${baseUrl}/api/session`, json([1]))).json()
    expect(notObject.code).toBe('validation_failed')
    const noPassword = await (await fetch(`${baseUrl}/api/session`, json({ email: owner.email }))).json()
    expect(noPassword.errors).toEqual([{ field: 'password', code: 'required', message: 'Enter your password.' }])
  })

  it('refuses an unsafe cookie request from a foreign origin', async () => {
    await login(owner.email, owner.password)
    const response = await fetch(`${baseUrl}/api/installations/${home.id}/settings`, json({ max_current_a: 20 }, { method: 'PATCH', headers: { origin: 'https://evil.example' } }))
    expect(await problem(response)).toMatchObject({ status: 403, code: 'origin_mismatch' })
  })

  it('refuses an unsafe request without Origin, logged in or not, as the server does', async () => {
    const bare = globalThis.fetch
    expect(await problem(await bare(`${baseUrl}/api/session`, json({ email: owner.email, password: owner.password })))).toMatchObject({ status: 403, code: 'origin_mismatch' })
    mock.signIn(owner.id)
    expect(await problem(await bare(`${baseUrl}/api/installations/${home.id}/settings`, json({ max_current_a: 20 }, { method: 'PATCH' })))).toMatchObject({ status: 403, code: 'origin_mismatch' })
  })
})

describe('installations', () => {
  it('lists, reads, and updates settings with validation', async () => {
    mock.signIn(owner.id)
    const list = await (await fetch(`${baseUrl}/api/installations`)).json()
    expect(list.items.map((i: { id: string; role: string }) => [i.id, i.role])).toEqual([[home.id, 'owner'], [cabin.id, 'owner']])
    const details = await (await fetch(`${baseUrl}/api/installations/${home.id}`)).json()
    expect(details.chargers).toHaveLength(2)
    const history = await (await fetch(`${baseUrl}/api/installations/${home.id}/charging-history`)).json()
    expect(history.items).toHaveLength(2)
    const updated = await fetch(`${baseUrl}/api/installations/${home.id}/settings`, json({ max_current_a: 20 }, { method: 'PATCH' }))
    expect((await updated.json()).settings.max_current_a).toBe(20)
    const bad = await fetch(`${baseUrl}/api/installations/${home.id}/settings`, json({ max_current_a: 500, colour: 'red' }, { method: 'PATCH' }))
    const body = await bad.json()
    expect(bad.status).toBe(400)
    expect(body.errors.map((e: { field: string }) => e.field)).toEqual(['max_current_a', 'colour'])
  })

  it('pages charging history newest first with limit 1-500, and refuses an empty settings change', async () => {
    mock.signIn(owner.id)
    const one = await (await fetch(`${baseUrl}/api/installations/${home.id}/charging-history?limit=1`)).json()
    expect(one.items.map((i: { id: string }) => i.id)).toEqual(['cs_2'])
    expect((await fetch(`${baseUrl}/api/installations/${home.id}/charging-history?limit=0`)).status).toBe(400)
    expect((await fetch(`${baseUrl}/api/installations/${home.id}/charging-history?limit=501`)).status).toBe(400)
    const empty = await fetch(`${baseUrl}/api/installations/${home.id}/settings`, json({}, { method: 'PATCH' }))
    expect(await problem(empty)).toMatchObject({ status: 400, code: 'validation_failed' })
  })

  it("answers 404, never 403, for another tenant's installation", async () => {
    mock.signIn(otherUser.id)
    expect(await problem(await fetch(`${baseUrl}/api/installations/${home.id}`))).toMatchObject({ status: 404, code: 'not_found' })
    expect(await problem(await fetch(`${baseUrl}/api/grants?installation_id=${home.id}`))).toMatchObject({ status: 404, code: 'not_found' })
  })
})

describe('access requests, grants and the token endpoint', () => {
  async function approvedWithCode(): Promise<{ redirect: URL; verifier: string; requestId: string }> {
    const verifier = generateRandomCodeVerifier()
    const challenge = await calculatePKCECodeChallenge(verifier)
    const page = await fetch(`${baseUrl}/access/request/tzbv?returnUrl=${encodeURIComponent(acme.returnUrl)}&state=s1&code_challenge=${challenge}&code_challenge_method=S256&lang=no`)
    expect(page.status).toBe(200)
    const requestId = /action="\/access\/request\/([\w-]+)\/decision"/.exec(await page.text())![1]!
    mock.signIn(owner.id)
    const view = await (await fetch(`${baseUrl}/api/access-requests/${requestId}`)).json()
    expect(view).toMatchObject({ status: 'pending', locale: 'nb', group: { name: 'Acme Energy', lookup_key: 'TZBV' }, return_url: acme.returnUrl })
    expect(view.installations.map((i: { id: string }) => i.id)).toEqual([cabin.id, home.id]) // by name, as the server lists them
    const approved = await fetch(`${baseUrl}/api/access-requests/${requestId}/approve`, json({ installation_id: home.id }))
    expect(approved.status).toBe(200)
    const body = await approved.json()
    return { redirect: new URL(body.redirect_url), verifier, requestId }
  }

  it('approves: return trip parameters, grant, and a PKCE-bound code exchanged once', async () => {
    const { redirect, verifier, requestId } = await approvedWithCode()
    const params = Object.fromEntries(redirect.searchParams)
    expect(redirect.origin + redirect.pathname).toBe(acme.returnUrl)
    expect(params).toMatchObject({ success: 'true', installation_id: home.id, lookup_key: 'TZBV', state: 's1', iss: baseUrl })
    expect(params.grant_id).toMatch(/^grt_/)
    expect(params.code).toBeTruthy()

    const again = await fetch(`${baseUrl}/api/access-requests/${requestId}/approve`, json({ installation_id: home.id }))
    expect(await problem(again)).toMatchObject({ status: 409, code: 'access_request_decided' })

    const form = (extra: Record<string, string>) => ({
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'authorization_code', client_id: 'TZBV', redirect_uri: acme.returnUrl, code: params.code!, ...extra }),
    })
    const wrongVerifier = await fetch(`${baseUrl}/oauth/token`, form({ code_verifier: generateRandomCodeVerifier() }))
    expect(wrongVerifier.status).toBe(400)
    expect((await wrongVerifier.json()).error).toBe('invalid_grant')
    // The code was burnt by the failed attempt: single use, whatever the outcome.
    const replay = await fetch(`${baseUrl}/oauth/token`, form({ code_verifier: verifier }))
    expect((await replay.json()).error).toBe('invalid_grant')
  })

  it('exchanges the code; the token reads the installation until the grant is revoked', async () => {
    const { redirect, verifier } = await approvedWithCode()
    const response = await fetch(`${baseUrl}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'authorization_code', client_id: 'TZBV', redirect_uri: acme.returnUrl, code: redirect.searchParams.get('code')!, code_verifier: verifier }),
    })
    expect(response.status).toBe(200)
    const token = await response.json()
    expect(token).toMatchObject({ token_type: 'Bearer', installation_id: home.id, lookup_key: 'TZBV', grant_id: redirect.searchParams.get('grant_id') })
    const bearer = { headers: { authorization: `Bearer ${token.access_token}` } }
    expect((await fetch(`${baseUrl}/api/installations/${home.id}`, bearer)).status).toBe(200)
    expect((await fetch(`${baseUrl}/api/installations/${cabin.id}`, bearer)).status).toBe(404)

    const grants = await (await fetch(`${baseUrl}/api/grants?installation_id=${home.id}`)).json()
    expect(grants.items).toHaveLength(1)
    const access = await (await fetch(`${baseUrl}/api/installations/${home.id}/access`)).json()
    expect(access.items).toContainEqual(expect.objectContaining({ kind: 'group', lookup_key: 'TZBV' }))

    mock.signIn(null)
    mock.signIn(partnerMember.id)
    const memberView = await (await fetch(`${baseUrl}/api/installations`)).json()
    expect(memberView.items).toEqual([expect.objectContaining({ id: home.id, role: 'group' })])

    mock.signIn(owner.id)
    expect((await fetch(`${baseUrl}/api/grants/${grants.items[0].id}`, { method: 'DELETE' })).status).toBe(204)
    expect(await problem(await fetch(`${baseUrl}/api/installations/${home.id}`, bearer))).toMatchObject({ status: 401, code: 'unauthenticated' })
    mock.signIn(partnerMember.id)
    expect((await fetch(`${baseUrl}/api/installations/${home.id}`)).status).toBe(404)
  })

  it('denies with error=access_denied and no code', async () => {
    const request = mock.openAccessRequest(`${baseUrl}/access/request/TZBV?return_url=${encodeURIComponent(acme.returnUrl)}&state=xyz`)
    mock.signIn(owner.id)
    const body = await (await fetch(`${baseUrl}/api/access-requests/${request.id}/deny`, { method: 'POST' })).json()
    const { response, ...plain } = Object.fromEntries(new URL(body.redirect_url).searchParams)
    expect(plain).toEqual({ success: 'false', error: 'access_denied', lookup_key: 'TZBV', state: 'xyz', iss: baseUrl })
    // The same outcome, signed for the group (JARM §2.1), verifiable with the published keys.
    const { payload } = await jwtVerify(response!, createLocalJWKSet(await (await fetch(`${baseUrl}/oauth/jwks`)).json()), { issuer: baseUrl, audience: 'TZBV', typ: 'oauth-authz-resp+jwt', currentDate: new Date(now) })
    expect(payload).toMatchObject(plain)
  })

  it("answers 404 access_request_not_found to another user's request, as the server does", async () => {
    mock.signIn(owner.id)
    const request = mock.openAccessRequest(`${baseUrl}/access/request/TZBV`)
    mock.signIn(otherUser.id)
    expect(await problem(await fetch(`${baseUrl}/api/access-requests/${request.id}`))).toMatchObject({ status: 404, code: 'access_request_not_found' })
    expect(await problem(await fetch(`${baseUrl}/api/access-requests/${request.id}/deny`, { method: 'POST' }))).toMatchObject({ status: 404, code: 'access_request_not_found' })
    mock.signIn(owner.id)
    expect((await fetch(`${baseUrl}/api/access-requests/${request.id}`)).status).toBe(200)
  })

  it('answers expired, unknown and bad-installation problems', async () => {
    const request = mock.openAccessRequest(`${baseUrl}/access/request/TZBV`)
    mock.signIn(owner.id)
    expect(await problem(await fetch(`${baseUrl}/api/access-requests/${request.id}/approve`, json({ installation_id: 'ins_nope' })))).toMatchObject({ status: 400, code: 'validation_failed' })
    now += 11 * 60_000
    expect(await problem(await fetch(`${baseUrl}/api/access-requests/${request.id}`))).toMatchObject({ status: 410, code: 'access_request_expired' })
    expect(await problem(await fetch(`${baseUrl}/api/access-requests/ar_999`))).toMatchObject({ status: 404, code: 'access_request_not_found' })
  })

  it('refuses bad access-request pages without storing anything', async () => {
    expect((await fetch(`${baseUrl}/access/request/ZZZZ`)).status).toBe(404)
    const unregistered = await fetch(`${baseUrl}/access/request/TZBV?return_url=${encodeURIComponent('https://evil.example/cb')}`)
    expect(unregistered.status).toBe(400)
    expect(await unregistered.text()).toContain('<meta name="grantkit-error" content="validation_failed">')
    expect((await fetch(`${baseUrl}/access/request/TZBV?state=a&state=b`)).status).toBe(400)
    expect((await fetch(`${baseUrl}/access/request/TZBV?locale=fr&lang=de`)).status).toBe(400)
    expect((await fetch(`${baseUrl}/access/request/TZBV?code_challenge=${'a'.repeat(43)}&code_challenge_method=plain`)).status).toBe(400)
    expect(mock.db.accessRequests.size).toBe(0)
  })

  it('decides through the consent form POST with a 303 to the return trip, or to the receipt without a return URL', async () => {
    mock.signIn(owner.id)
    const withReturn = mock.openAccessRequest(`${baseUrl}/access/request/TZBV?return_url=${encodeURIComponent(acme.returnUrl)}`)
    const approved = await fetch(`${baseUrl}/access/request/${withReturn.id}/decision`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ decision: 'approve', installation_id: home.id }),
      redirect: 'manual',
    })
    expect(approved.status).toBe(303)
    expect(new URL(approved.headers.get('location')!).searchParams.get('success')).toBe('true')
    const receipt = mock.openAccessRequest(`${baseUrl}/access/request/TZBV`)
    const denied = await fetch(`${baseUrl}/access/request/${receipt.id}/decision`, { method: 'POST', body: new URLSearchParams({ decision: 'deny' }), redirect: 'manual' })
    const location = new URL(denied.headers.get('location')!)
    expect(location.pathname).toBe(`/access/receipt/${receipt.id}`)
    expect(location.searchParams.has('state')).toBe(false)
    const audit = await (await fetch(`${baseUrl}/api/audit?installation_id=${home.id}`)).json()
    expect(audit.items.map((e: { type: string }) => e.type)).toEqual(['grant.created', 'access_request.approved'])
  })

  it('lists grants on all my installations without installation_id, and records how a grant ended', async () => {
    mock.signIn(owner.id)
    const first = mock.openAccessRequest(`${baseUrl}/access/request/TZBV`)
    const { grant_id } = mock.db.approve(owner.id, first.id, home.id)
    const second = mock.openAccessRequest(`${baseUrl}/access/request/K7QM`)
    mock.db.approve(owner.id, second.id, cabin.id)
    const all = await (await fetch(`${baseUrl}/api/grants`)).json()
    expect(all.items.map((g: { installation_id: string }) => g.installation_id).sort()).toEqual([cabin.id, home.id].sort())
    mock.db.deleteGrant(mock.fixtures.partnerAdmin.id, grant_id)
    expect(mock.db.audit.at(-1)).toMatchObject({ type: 'grant.revoked', data: { how: 'relinquished' } })
  })

  it('serves RFC 8414 metadata naming the issuer and token endpoint', async () => {
    const metadata = await (await fetch(`${baseUrl}/.well-known/oauth-authorization-server`)).json()
    expect(metadata).toMatchObject({ issuer: baseUrl, token_endpoint: `${baseUrl}/oauth/token`, code_challenge_methods_supported: ['S256'] })
  })
})
