import { setupServer } from 'msw/node'
import { http, HttpResponse } from 'msw'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { completeAccessRequest, startAccessRequest, TRANSACTION_KEY } from './access-request-flow.js'
import { createApiClient } from './client.js'
import { AccessRequestUrlError, ReturnTripError } from './errors.js'
import { createMockServer } from './mock/index.js'
import { MockReturnSigner } from './mock/signed-return.js'
import { memoryTransactionStore, type TransactionStore } from './transaction-store.js'

const serverUrl = 'https://grantkit.test'
const mock = createMockServer({ baseUrl: serverUrl })
const server = setupServer(...mock.handlers)
const { owner, home, acme } = mock.fixtures
const api = createApiClient({ baseUrl: serverUrl, fetch: mock.fetch })
let store: TransactionStore

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
beforeEach(() => {
  mock.reset()
  mock.signIn(owner.id)
  store = memoryTransactionStore()
})
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

/** Starts, lets the owner decide through the API, and returns the URL the browser would load. */
async function roundTrip(decision: 'approve' | 'deny'): Promise<string> {
  const { url } = await startAccessRequest({ serverUrl, lookupKey: 'tzbv', returnUrl: acme.returnUrl, store })
  const request = mock.openAccessRequest(url)
  const outcome = decision === 'approve' ? await api.approveAccessRequest(request.id, { installation_id: home.id }) : await api.denyAccessRequest(request.id)
  return outcome.redirect_url
}

async function tripError(promise: Promise<unknown>): Promise<ReturnTripError> {
  try {
    await promise
  } catch (error) {
    expect(error).toBeInstanceOf(ReturnTripError)
    return error as ReturnTripError
  }
  throw new Error('expected a ReturnTripError')
}

describe('startAccessRequest', () => {
  it('stores state and verifier and returns a URL with S256 challenge', async () => {
    const navigated: string[] = []
    const { url, state } = await startAccessRequest({ serverUrl, lookupKey: 'tzbv', returnUrl: acme.returnUrl, locale: 'de', store, navigate: (u) => navigated.push(u) })
    const params = new URL(url).searchParams
    expect(new URL(url).pathname).toBe('/access/request/TZBV')
    expect(params.get('state')).toBe(state)
    expect(params.get('code_challenge_method')).toBe('S256')
    expect(params.get('code_challenge')).toMatch(/^[\w-]{43}$/)
    expect(params.get('return_url')).toBe(acme.returnUrl)
    expect(navigated).toEqual([url])
    const tx = JSON.parse((await store.get(TRANSACTION_KEY))!)
    expect(tx).toMatchObject({ state, issuer: serverUrl, lookup_key: 'TZBV', return_url: acme.returnUrl })
    expect(tx.code_verifier).not.toContain(params.get('code_challenge'))
  })

  it('passes the asked permissions through to the link', async () => {
    const { url } = await startAccessRequest({ serverUrl, lookupKey: 'TZBV', returnUrl: acme.returnUrl, store, permissions: ['installation:read'] })
    expect(new URL(url).searchParams.get('permissions')).toBe('installation:read')
  })

  it('stores nothing when an option is invalid', async () => {
    await expect(startAccessRequest({ serverUrl, lookupKey: 'TZBV', returnUrl: 'javascript:alert(1)', store })).rejects.toBeInstanceOf(AccessRequestUrlError)
    expect(await store.get(TRANSACTION_KEY)).toBeNull()
  })
})

describe('completeAccessRequest', () => {
  it('approves: exchanges the code and the token reads the installation', async () => {
    const result = await completeAccessRequest({ url: await roundTrip('approve'), store })
    expect(result.status).toBe('approved')
    if (result.status !== 'approved') throw new Error('unreachable')
    expect(result).toMatchObject({ installation_id: home.id, lookup_key: 'TZBV' })
    expect(result.grant_id).toMatch(/^grt_/)
    expect(result.tokens).toMatchObject({ token_type: 'bearer', installation_id: home.id, grant_id: result.grant_id })
    const machine = createApiClient({ baseUrl: serverUrl, credentials: { bearer: result.tokens!.access_token } })
    expect((await machine.getInstallation(home.id)).name).toBe('Home')
  })

  it('reports a denial as a value', async () => {
    expect(await completeAccessRequest({ url: await roundTrip('deny'), store })).toEqual({ status: 'denied', lookup_key: 'TZBV', error: 'access_denied' })
  })

  it('reports already_shared, cancelled and expired as values, with error_description and the named installation', async () => {
    for (const [error, status] of [['already_shared', 'already_shared'], ['cancelled', 'cancelled'], ['expired', 'expired']] as const) {
      const url = new URL(await roundTrip('deny'))
      url.searchParams.set('error', error)
      if (error === 'already_shared') url.searchParams.set('installation_id', home.id)
      if (error === 'expired') url.searchParams.set('error_description', 'The link expired.')
      // Signed as the server signs these outcomes (error_description is not signed, as there).
      const result = await completeAccessRequest({ url: await mock.db.returnSigner.sign(url.href), store })
      expect(result).toEqual({
        status,
        lookup_key: 'TZBV',
        error,
        ...(error === 'already_shared' && { installation_id: home.id }),
        ...(error === 'expired' && { error_description: 'The link expired.' }),
      })
    }
  })

  it('refuses a forged return: no response, another key, another audience, expired, or plain parameters that disagree', async () => {
    const expectRefused = async (url: string | URL, code: string, fetch?: typeof globalThis.fetch) =>
      expect((await tripError(completeAccessRequest({ url, store, fetch }))).code).toBe(code)
    // success=true with no response: what anyone could type.
    const unsigned = new URL(await roundTrip('approve'))
    unsigned.searchParams.delete('response')
    await expectRefused(unsigned, 'signed_return_missing')

    // Signed by a key the server does not publish, under a kid it publishes, or for another audience.
    const stranger = new MockReturnSigner(serverUrl, Date.now)
    await expectRefused(await stranger.sign(await roundTrip('approve')), 'signed_return_invalid')
    const genuine = new URL(await roundTrip('approve'))
    const [header] = genuine.searchParams.get('response')!.split('.')
    const [, payload, signature] = new URL(await stranger.sign(genuine.href)).searchParams.get('response')!.split('.')
    genuine.searchParams.set('response', [header, payload, signature].join('.'))
    await expectRefused(genuine, 'signed_return_invalid')
    const forOther = new URL(await roundTrip('approve'))
    const otherAudience = new URL(forOther)
    otherAudience.searchParams.set('lookup_key', 'OTHR')
    forOther.searchParams.set('response', new URL(await mock.db.returnSigner.sign(otherAudience.href)).searchParams.get('response')!)
    await expectRefused(forOther, 'signed_return_invalid')

    // Expired: a valid signature (its key published), ten minutes old.
    const old = new MockReturnSigner(serverUrl, () => Date.now() - 10 * 60_000)
    const oldKeys = async (input: RequestInfo | URL, init?: RequestInit) =>
      String(input instanceof Request ? input.url : input).endsWith('/oauth/jwks') ? Response.json(await old.jwks()) : fetch(input, init)
    await expectRefused(await old.sign(await roundTrip('approve')), 'signed_return_invalid', oldKeys)

    // A genuine denial's response under plain parameters that claim an approval.
    const denial = new URL(await roundTrip('deny'))
    denial.searchParams.set('success', 'true')
    denial.searchParams.set('installation_id', home.id)
    denial.searchParams.set('grant_id', 'grt_forged')
    denial.searchParams.delete('error')
    await expectRefused(denial, 'signed_return_mismatch')
    // A genuine approval naming another installation in the plain parameters.
    const approval = new URL(await roundTrip('approve'))
    approval.searchParams.set('installation_id', 'inst_other')
    await expectRefused(approval, 'signed_return_mismatch')
  })

  it('a reload of a completed return repeats its outcome, without a second code exchange', async () => {
    const url = await roundTrip('approve')
    const first = await completeAccessRequest({ url, store })
    const exchanges: string[] = []
    const again = await completeAccessRequest({ url, store, fetch: async (input) => (exchanges.push(String(input)), Response.error()) })
    expect(again).toEqual({ status: 'approved', installation_id: home.id, lookup_key: 'TZBV', grant_id: first.status === 'approved' ? first.grant_id : '', tokens: null, repeated: true })
    expect(exchanges).toEqual([])
    // Without the code in the address bar (a page that took it out) it is the same return.
    const stripped = new URL(url)
    stripped.searchParams.delete('code')
    expect((await completeAccessRequest({ url: stripped, store })).repeated).toBe(true)
    const denied = await roundTrip('deny')
    await completeAccessRequest({ url: denied, store })
    expect(await completeAccessRequest({ url: denied, store })).toEqual({ status: 'denied', lookup_key: 'TZBV', error: 'access_denied', repeated: true })
  })

  it('another outcome under a completed state is not a reload', async () => {
    const url = new URL(await roundTrip('deny'))
    await completeAccessRequest({ url, store })
    url.searchParams.set('error', 'expired')
    expect((await tripError(completeAccessRequest({ url, store }))).code).toBe('missing_transaction')
    url.searchParams.set('state', 'forged')
    expect((await tripError(completeAccessRequest({ url, store }))).code).toBe('state_mismatch')
  })

  it('refuses a state mismatch and keeps the genuine transaction', async () => {
    const url = new URL(await roundTrip('approve'))
    const genuine = url.searchParams.get('state')!
    url.searchParams.set('state', 'forged')
    expect((await tripError(completeAccessRequest({ url, store }))).code).toBe('state_mismatch')
    url.searchParams.delete('state')
    expect((await tripError(completeAccessRequest({ url, store }))).code).toBe('state_mismatch')
    url.searchParams.set('state', genuine)
    expect((await completeAccessRequest({ url, store })).status).toBe('approved')
  })

  it('refuses a missing transaction', async () => {
    const url = await roundTrip('approve')
    expect((await tripError(completeAccessRequest({ url, store: memoryTransactionStore() }))).code).toBe('missing_transaction')
  })

  it('treats an unreadable stored transaction as missing', async () => {
    const url = await roundTrip('approve')
    await store.set(TRANSACTION_KEY, '{not json')
    expect((await tripError(completeAccessRequest({ url, store }))).code).toBe('missing_transaction')
  })

  it('refuses a wrong or missing iss (RFC 9207)', async () => {
    const url = new URL(await roundTrip('approve'))
    url.searchParams.set('iss', 'https://evil.example')
    expect((await tripError(completeAccessRequest({ url, store }))).code).toBe('issuer_mismatch')
    const again = new URL(await roundTrip('deny'))
    again.searchParams.delete('iss')
    expect((await tripError(completeAccessRequest({ url: again, store }))).code).toBe('issuer_mismatch')
  })

  it('refuses a URL without an outcome and another lookup key', async () => {
    expect((await tripError(completeAccessRequest({ url: 'https://partner.example/return', store }))).code).toBe('invalid_return_parameters')
    const url = new URL(await roundTrip('deny'))
    url.searchParams.set('lookup_key', 'K7QM')
    expect((await tripError(completeAccessRequest({ url, store }))).code).toBe('invalid_return_parameters')
  })

  it('reports other errors as authorization_failed', async () => {
    const url = new URL(await roundTrip('deny'))
    url.searchParams.set('error', 'server_error')
    expect((await tripError(completeAccessRequest({ url, store }))).code).toBe('authorization_failed')
  })

  it('fails token_exchange_failed on a replayed code, with the OAuth error', async () => {
    const url = await roundTrip('approve')
    const tx = await store.get(TRANSACTION_KEY)
    await completeAccessRequest({ url, store })
    await store.set(TRANSACTION_KEY, tx!)
    const error = await tripError(completeAccessRequest({ url, store }))
    expect(error.code).toBe('token_exchange_failed')
    expect(error.status).toBe(400)
    expect(error.message).toContain('invalid_grant')
  })

  it('fails discovery_failed when the metadata is unavailable or names another issuer', async () => {
    server.use(http.get(`${serverUrl}/.well-known/oauth-authorization-server`, () => new HttpResponse(null, { status: 503 })))
    expect((await tripError(completeAccessRequest({ url: await roundTrip('approve'), store }))).code).toBe('discovery_failed')
    server.use(http.get(`${serverUrl}/.well-known/oauth-authorization-server`, () => HttpResponse.json({ ...mock.db.metadata(), issuer: 'https://other.example' })))
    expect((await tripError(completeAccessRequest({ url: await roundTrip('approve'), store }))).code).toBe('discovery_failed')
  })

  it('refuses a token response for another grant', async () => {
    server.use(http.post(`${serverUrl}/oauth/token`, () => HttpResponse.json({ access_token: 'x', token_type: 'Bearer', expires_in: 60, grant_id: 'grt_other' })))
    expect((await tripError(completeAccessRequest({ url: await roundTrip('approve'), store }))).code).toBe('token_exchange_failed')
  })
})
