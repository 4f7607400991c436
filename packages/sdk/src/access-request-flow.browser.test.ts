import { expect } from '@open-wc/testing'
import { setupWorker } from 'msw/browser'
import { completeAccessRequest, startAccessRequest, TRANSACTION_KEY } from './access-request-flow.js'
import { createApiClient } from './client.js'
import { AccessRequestUrlError, ReturnTripError } from './errors.js'
import { createMockServer } from './mock/index.js'
import { buildAccessRequestUrl } from './url.js'

const serverUrl = 'https://grantkit.test'
const mock = createMockServer({ baseUrl: serverUrl, trustedOrigins: [location.origin] })
const worker = setupWorker(...mock.handlers)
const { owner, home, acme } = mock.fixtures
const api = createApiClient({ baseUrl: serverUrl })

async function codeOf(action: () => unknown): Promise<string> {
  try {
    await action()
  } catch (error) {
    expect(error).to.be.instanceOf(Error)
    return (error as { code: string }).code
  }
  throw new Error('expected an error')
}

async function roundTrip(decision: 'approve' | 'deny'): Promise<string> {
  const { url } = await startAccessRequest({ serverUrl, lookupKey: 'TZBV', returnUrl: acme.returnUrl })
  const request = mock.openAccessRequest(url)
  const outcome = decision === 'approve' ? await api.approveAccessRequest(request.id, { installation_id: home.id }) : await api.denyAccessRequest(request.id)
  return outcome.redirect_url
}

describe('buildAccessRequestUrl in Chromium', () => {
  const cases: [Record<string, unknown>, string][] = [
    [{ serverUrl: 'ftp://x.example' }, 'invalid_server_url'],
    [{ lookupKey: 'TZ0V' }, 'invalid_lookup_key'],
    [{ returnUrl: 'javascript:alert(1)' }, 'invalid_return_url'],
    [{ returnUrl: 'http://partner.example/cb' }, 'invalid_return_url'],
    [{ locale: 'es' }, 'invalid_locale'],
    [{ installationId: ' ' }, 'invalid_installation_id'],
    [{ partnerName: '' }, 'invalid_partner_name'],
    [{ state: '' }, 'invalid_state'],
    [{ codeChallenge: 'abc' }, 'invalid_code_challenge'],
  ]
  for (const [override, code] of cases) {
    it(`throws ${code} for ${JSON.stringify(override)}`, async () => {
      const error = await codeOf(() => buildAccessRequestUrl({ serverUrl, lookupKey: 'TZBV', ...override } as never))
      expect(error).to.equal(code)
    })
  }
  it('is an AccessRequestUrlError with a helpful message', () => {
    expect(() => buildAccessRequestUrl({ serverUrl, lookupKey: 'x' })).to.throw(AccessRequestUrlError, /4-8 characters/)
  })
})

describe('start and complete in Chromium (sessionStorage)', () => {
  before(() => worker.start({ quiet: true, onUnhandledRequest: 'bypass', serviceWorker: { url: '/mockServiceWorker.js' } }))
  beforeEach(() => {
    mock.reset()
    mock.signIn(owner.id)
    sessionStorage.clear()
  })
  after(() => worker.stop())

  it('keeps the transaction in sessionStorage and completes an approval with tokens', async () => {
    const url = await roundTrip('approve')
    expect(sessionStorage.getItem(TRANSACTION_KEY)).to.be.a('string')
    const result = await completeAccessRequest({ url })
    expect(result.status).to.equal('approved')
    expect(result.status === 'approved' && result.tokens?.installation_id).to.equal(home.id)
    // Spent: only the outcome stays (for a reload of the return), without the PKCE verifier.
    expect(JSON.parse(sessionStorage.getItem(TRANSACTION_KEY)!).code_verifier).to.equal(undefined)
  })

  it('returns a denial as a value', async () => {
    expect(await completeAccessRequest({ url: await roundTrip('deny') })).to.deep.equal({ status: 'denied', lookup_key: 'TZBV', error: 'access_denied' })
  })

  it('refuses state mismatch, missing transaction and issuer mismatch', async () => {
    const url = new URL(await roundTrip('approve'))
    const state = url.searchParams.get('state')!
    url.searchParams.set('state', 'other')
    expect(await codeOf(() => completeAccessRequest({ url }))).to.equal('state_mismatch')
    url.searchParams.set('state', state)
    url.searchParams.set('iss', 'https://evil.example')
    expect(await codeOf(() => completeAccessRequest({ url }))).to.equal('issuer_mismatch')
    // The transaction was consumed by the attempt that passed the state check.
    expect(await codeOf(() => completeAccessRequest({ url }))).to.equal('missing_transaction')
  })

  it('throws ReturnTripError instances', async () => {
    try {
      await completeAccessRequest({ url: `${acme.returnUrl}?success=true&state=x` })
    } catch (error) {
      expect(error).to.be.instanceOf(ReturnTripError)
      return
    }
    throw new Error('expected an error')
  })
})
