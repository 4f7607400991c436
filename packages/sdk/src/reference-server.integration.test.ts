/**
 * The SDK against the real reference server (PGlite, demo seed) over real HTTP on 127.0.0.1:
 * the browser flow's start/complete with PKCE and the code exchange, the API client with a
 * session cookie and with bearer tokens, the service-account token source and verifyAccessToken.
 *
 * The server is loaded by path at run time so the SDK's type-check never includes server code
 * (the SDK does not depend on the server; only this test does).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { completeAccessRequest, startAccessRequest } from './access-request-flow.js'
import { createApiClient } from './client.js'
import { ApiError, ReturnTripError } from './errors.js'
import { createServiceAccountTokenSource, verifyAccessToken } from './node.js'
import { memoryTransactionStore } from './transaction-store.js'
// A browser page on the platform: one cookie jar, Origin on unsafe methods.
import { browserFetch } from './scenarios/scenario.js'

interface TestServer {
  readonly url: string
  close(): Promise<void>
}
const serverModule = new URL('../../reference-server/src/testing/test-server.ts', import.meta.url).href
const DEMO_PASSWORD = 'grantkit-demo'
const OWNER = 'owner@demo.grantkit.dev'
const ACME_ADMIN = 'admin@acme.example'
const RETURN_URL = 'http://localhost:5173/partner/return'

let server: TestServer

beforeAll(async () => {
  const { startTestServer } = (await import(/* @vite-ignore */ serverModule)) as { startTestServer: () => Promise<TestServer> }
  server = await startTestServer()
}, 120_000)
afterAll(async () => server?.close())

/** Logs a fresh browser in and returns its API client and fetch. */
async function browser(email: string) {
  const fetch = browserFetch(() => server.url)
  const api = createApiClient({ baseUrl: server.url, fetch })
  await api.login({ email, password: DEMO_PASSWORD })
  return { api, fetch }
}

/** Opens the access-request URL as the logged-in owner and returns the request id from the consent form. */
async function openConsent(fetch: typeof globalThis.fetch, url: string): Promise<string> {
  const page = await fetch(url)
  expect(page.status).toBe(200)
  const id = /action="\/access\/request\/([0-9a-f-]{36})\/decision"/.exec(await page.text())?.[1]
  expect(id).toBeTruthy()
  return id!
}

describe('@grantkit/sdk against the reference server', () => {
  it('walks the browser flow: start, consent, approve, complete with the code exchange, use and verify the token', async () => {
    const store = memoryTransactionStore()
    const owner = await browser(OWNER)
    const { url, state } = await startAccessRequest({ serverUrl: server.url, lookupKey: 'tzbv', returnUrl: RETURN_URL, locale: 'fr', store })

    const id = await openConsent(owner.fetch, url)
    const view = await owner.api.getAccessRequest(id)
    expect(view).toMatchObject({ status: 'pending', locale: 'fr', return_url: RETURN_URL, group: { name: 'Acme Energy', lookup_key: 'TZBV' } })
    const home = view.installations.find((i) => i.name === 'Home')!
    expect(home).toBeTruthy()

    const { redirect_url, grant_id } = await owner.api.approveAccessRequest(id, { installation_id: home.id })
    const back = new URL(redirect_url)
    expect(back.origin + back.pathname).toBe(RETURN_URL)
    expect(back.searchParams.get('state')).toBe(state)
    expect(back.searchParams.get('iss')).toBe(server.url)

    const result = await completeAccessRequest({ url: redirect_url, store })
    if (result.status !== 'approved') throw new Error(`expected approved, got ${result.status}`)
    expect(result).toMatchObject({ installation_id: home.id, lookup_key: 'TZBV', grant_id })
    const tokens = result.tokens!
    expect(tokens.token_type).toBe('bearer')
    expect(tokens).toMatchObject({ grant_id, installation_id: home.id, lookup_key: 'TZBV' })

    const machine = createApiClient({ baseUrl: server.url, credentials: { bearer: tokens.access_token } })
    expect((await machine.getInstallation(home.id)).name).toBe('Home')
    const history = (await machine.getChargingHistory(home.id, { limit: 2 })).items
    expect(history.length).toBeGreaterThan(0)
    expect(history.length).toBeLessThanOrEqual(2)
    expect((await owner.api.listGrants()).items.map((g) => g.id)).toContain(grant_id)
    expect((await owner.api.listGrants({ installation_id: home.id })).items.map((g) => g.id)).toEqual([grant_id])

    const claims = await verifyAccessToken(tokens.access_token, { issuer: server.url, audience: server.url })
    expect(claims).toMatchObject({ iss: server.url, client_id: 'TZBV' })

    // Reloading the return page repeats the outcome and never spends the single-use code again.
    await expect(completeAccessRequest({ url: redirect_url, store })).resolves.toMatchObject({ status: 'approved', grant_id, repeated: true, tokens: null })

    // Revocation takes effect at once for the token.
    await owner.api.deleteGrant(grant_id)
    const revoked = await machine.getInstallation(home.id).catch((e: unknown) => e)
    expect(revoked).toBeInstanceOf(ApiError)
    expect([401, 404]).toContain((revoked as ApiError).status)
  }, 60_000)

  it('reports a denial as a value and refuses a forged state', async () => {
    const store = memoryTransactionStore()
    const owner = await browser(OWNER)
    const { url } = await startAccessRequest({ serverUrl: server.url, lookupKey: 'TZBV', returnUrl: RETURN_URL, store })
    const id = await openConsent(owner.fetch, url)
    const { redirect_url } = await owner.api.denyAccessRequest(id)

    const forged = new URL(redirect_url)
    forged.searchParams.set('state', 'forged')
    const error = await completeAccessRequest({ url: forged, store }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ReturnTripError)
    expect((error as ReturnTripError).code).toBe('state_mismatch')

    expect(await completeAccessRequest({ url: redirect_url, store })).toEqual({ status: 'denied', lookup_key: 'TZBV', error: 'access_denied' })
  }, 60_000)

  // Regression: a problem's extension member named `status` once overwrote the numeric RFC 9457
  // `status` and turned this 409 into a 500.
  it('answers 409 access_request_decided to a second decision', async () => {
    const store = memoryTransactionStore()
    const owner = await browser(OWNER)
    const { url } = await startAccessRequest({ serverUrl: server.url, lookupKey: 'TZBV', returnUrl: RETURN_URL, store })
    const id = await openConsent(owner.fetch, url)
    await owner.api.denyAccessRequest(id)
    const home = '7a2e3b5f-1c8d-4d2f-8b62-000000000101'
    await expect(owner.api.approveAccessRequest(id, { installation_id: home })).rejects.toMatchObject({ code: 'access_request_decided', status: 409 })
  }, 60_000)

  it('gets service-account tokens (client_credentials) that verify, read a granted installation and list the granted ones', async () => {
    // The owner grants Acme the Cabin; Acme's admin creates a service account.
    const store = memoryTransactionStore()
    const owner = await browser(OWNER)
    const { url } = await startAccessRequest({ serverUrl: server.url, lookupKey: 'TZBV', returnUrl: RETURN_URL, store })
    const id = await openConsent(owner.fetch, url)
    const cabin = (await owner.api.getAccessRequest(id)).installations.find((i) => i.name === 'Cabin')!
    const { grant_id: cabinGrant } = await owner.api.approveAccessRequest(id, { installation_id: cabin.id })

    const admin = await browser(ACME_ADMIN)
    const acme = (await admin.api.me()).groups.find((g) => g.lookup_key === 'TZBV')!
    const created = await admin.fetch(`${server.url}/api/groups/${acme.id}/service-accounts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'SDK integration' }),
    })
    expect(created.status).toBe(201)
    const account = (await created.json()) as { client_id: string; client_secret: string }

    for (const authMethod of ['client_secret_basic', 'client_secret_post'] as const) {
      const source = createServiceAccountTokenSource({ issuer: server.url, clientId: account.client_id, clientSecret: account.client_secret, authMethod })
      const [a, b] = await Promise.all([source.getToken(), source.getToken()])
      expect(a).toBe(b)
      const claims = await verifyAccessToken(a, { issuer: server.url, audience: server.url })
      expect(claims).toMatchObject({ client_id: account.client_id, lookup_key: 'TZBV' })
      const machine = createApiClient({ baseUrl: server.url, credentials: { bearer: source.getToken } })
      expect((await machine.getInstallation(cabin.id)).name).toBe('Cabin')
    }

    // listInstallations() with the bearer token: exactly what Acme holds grants on, and a revoked
    // grant's installation is gone from the next answer.
    const robot = createApiClient({
      baseUrl: server.url,
      credentials: { bearer: createServiceAccountTokenSource({ issuer: server.url, clientId: account.client_id, clientSecret: account.client_secret }).getToken },
    })
    const granted = (await admin.api.listGroupGrants(acme.id)).items.map((g) => g.installation_id).sort()
    const listed = (await robot.listInstallations()).items
    expect(listed.map((i) => i.id).sort()).toEqual(granted)
    expect(listed.find((i) => i.id === cabin.id)).toMatchObject({ name: 'Cabin', role: 'group' })
    await owner.api.deleteGrant(cabinGrant)
    expect((await robot.listInstallations()).items.map((i) => i.id)).not.toContain(cabin.id)

    const wrong = createServiceAccountTokenSource({ issuer: server.url, clientId: account.client_id, clientSecret: 'wrong' })
    await expect(wrong.getToken()).rejects.toMatchObject({ code: 'token_request_failed', status: 401 })
  }, 60_000)
})
