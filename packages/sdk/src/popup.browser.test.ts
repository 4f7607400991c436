import { expect } from '@open-wc/testing'
import { http, HttpResponse } from 'msw'
import { setupWorker } from 'msw/browser'
import { completeAccessRequest, TRANSACTION_KEY } from './access-request-flow.js'
import { createMockServer } from './mock/index.js'
import { openAccessRequestPopup, POPUP_MESSAGE_TYPE, type PopupOptions } from './popup.js'

// The fake access-request page is served by web-test-runner.config.js under /__grantkit;
// discovery and the token endpoint are answered by msw in this page.
const serverUrl = `${location.origin}/__grantkit`
const returnUrl = `${location.origin}/packages/sdk/test/popup-return.html`
const mock = createMockServer({ baseUrl: serverUrl })
const tokenRequests: URLSearchParams[] = []
const worker = setupWorker(
  http.post(`${serverUrl}/oauth/token`, async ({ request }) => {
    const form = new URLSearchParams(await request.text())
    tokenRequests.push(form)
    if (form.get('code') !== 'popup-code' || !form.get('code_verifier')) return HttpResponse.json({ error: 'invalid_grant' }, { status: 400 })
    return HttpResponse.json({ access_token: 'at-popup', token_type: 'Bearer', expires_in: 300, grant_id: 'grt_popup', installation_id: 'ins_home', lookup_key: 'TZBV' })
  }),
  ...mock.handlers,
)

const options = (partnerName: string, extra: Partial<PopupOptions> = {}): PopupOptions => ({ serverUrl, lookupKey: 'tzbv', returnUrl, partnerName, closeGraceMs: 300, ...extra })

async function pendingState(): Promise<string> {
  for (let i = 0; i < 100; i++) {
    const raw = sessionStorage.getItem(TRANSACTION_KEY)
    if (raw) return (JSON.parse(raw) as { state: string }).state
    await new Promise((r) => setTimeout(r, 20))
  }
  throw new Error('no transaction was stored')
}

describe('openAccessRequestPopup (real Chromium popups)', () => {
  before(() => worker.start({ quiet: true, onUnhandledRequest: 'bypass', serviceWorker: { url: '/mockServiceWorker.js' } }))
  beforeEach(() => {
    sessionStorage.clear()
    tokenRequests.length = 0
  })
  after(() => worker.stop())

  it('resolves approved without exchanging; completeAccessRequest({ url }) then exchanges the code in the opener', async () => {
    const result = await openAccessRequestPopup(options('approve'))
    expect(result).to.deep.include({ status: 'approved', installation_id: 'ins_home', lookup_key: 'TZBV', grant_id: 'grt_popup' })
    expect(tokenRequests).to.have.length(0)
    // The verifier stayed in this tab for the exchange.
    expect(sessionStorage.getItem(TRANSACTION_KEY)).to.not.equal(null)
    const url = result.status === 'approved' ? result.url : ''
    expect(new URL(url).searchParams.get('code')).to.equal('popup-code')
    // The fake page (web-test-runner.config.js) does not sign; the mock signs as the server would,
    // and completeAccessRequest verifies that signature before it exchanges.
    const completed = await completeAccessRequest({ url: await mock.db.returnSigner.sign(url) })
    expect(completed.status === 'approved' && completed.tokens?.access_token).to.equal('at-popup')
    expect(tokenRequests).to.have.length(1)
    expect(tokenRequests[0]!.get('client_id')).to.equal('TZBV')
    expect(tokenRequests[0]!.get('redirect_uri')).to.equal(returnUrl)
    expect(tokenRequests[0]!.get('code_verifier')).to.match(/^[\w-]{43,128}$/)
    // Spent: only the outcome stays (for a reload of the return), without the PKCE verifier.
    expect(JSON.parse(sessionStorage.getItem(TRANSACTION_KEY)!).code_verifier).to.equal(undefined)
  })

  it('resolves denied as a value and drops the transaction', async () => {
    expect(await openAccessRequestPopup(options('deny'))).to.deep.equal({ status: 'denied', lookup_key: 'TZBV', error: 'access_denied' })
    expect(sessionStorage.getItem(TRANSACTION_KEY)).to.equal(null)
  })

  it('rejects an approval from another issuer (RFC 9207) and drops the transaction', async () => {
    const error = await openAccessRequestPopup(options('approve-foreign-iss')).catch((e: unknown) => e)
    expect((error as { code?: string }).code).to.equal('issuer_mismatch')
    expect(sessionStorage.getItem(TRANSACTION_KEY)).to.equal(null)
    expect(tokenRequests).to.have.length(0)
  })

  it('resolves cancelled when the popup is closed, and drops the transaction', async () => {
    expect(await openAccessRequestPopup(options('close'))).to.deep.equal({ status: 'cancelled' })
    expect(sessionStorage.getItem(TRANSACTION_KEY)).to.equal(null)
  })

  it('ignores a forged outcome from another origin and from a window that is not the popup', async () => {
    const pending = openAccessRequestPopup(options('close'))
    const state = await pendingState()
    const forged = `${returnUrl}?success=false&error=access_denied&lookup_key=TZBV&state=${state}&iss=${encodeURIComponent(serverUrl)}`
    // A sandboxed iframe has an opaque origin ("null"): a genuinely different origin.
    const frame = document.createElement('iframe')
    frame.setAttribute('sandbox', 'allow-scripts')
    frame.srcdoc = `<script>parent.postMessage(${JSON.stringify({ type: POPUP_MESSAGE_TYPE, url: forged })}, '*')</script>`
    document.body.append(frame)
    // Same origin, but not the popup window.
    window.postMessage({ type: POPUP_MESSAGE_TYPE, url: forged }, location.origin)
    expect(await pending).to.deep.equal({ status: 'cancelled' })
    frame.remove()
  })

  it('falls back to a redirect when the popup is blocked', async () => {
    const open = window.open
    const navigated: string[] = []
    window.open = () => null
    try {
      const result = await openAccessRequestPopup(options('approve', { navigate: (url) => navigated.push(url) }))
      expect(result.status).to.equal('redirected')
      expect(navigated).to.have.length(1)
      expect(navigated[0]).to.equal(result.status === 'redirected' ? result.url : '')
      const state = new URL(navigated[0]!).searchParams.get('state')
      expect(JSON.parse(sessionStorage.getItem(TRANSACTION_KEY)!).state).to.equal(state)
    } finally {
      window.open = open
    }
  })

  it("resolves cancelled without navigating when blocked and fallback is 'cancel'", async () => {
    const open = window.open
    const navigated: string[] = []
    window.open = () => null
    try {
      expect(await openAccessRequestPopup(options('approve', { fallback: 'cancel', navigate: (url) => navigated.push(url) }))).to.deep.equal({ status: 'cancelled' })
      expect(navigated).to.deep.equal([])
      expect(sessionStorage.getItem(TRANSACTION_KEY)).to.equal(null)
    } finally {
      window.open = open
    }
  })

  it('closes the popup and rejects with the validation error when an option is invalid', async () => {
    const open = window.open
    let opened: Window | null = null
    window.open = (...args) => (opened = open.apply(window, args))
    try {
      const error = await openAccessRequestPopup(options('approve', { lookupKey: 'NO!' })).catch((e: unknown) => e)
      expect((error as { code?: string }).code).to.equal('invalid_lookup_key')
      expect(opened!.closed).to.equal(true)
      expect(sessionStorage.getItem(TRANSACTION_KEY)).to.equal(null)
    } finally {
      window.open = open
    }
  })

  it('still gets the outcome through the BroadcastChannel when COOP cuts the opener link', async () => {
    const result = await openAccessRequestPopup(options('approve-coop', { detectClose: false }))
    expect(result.status).to.equal('approved')
  })

  it('still gets the outcome when the return page has no opener (cut link, close detection on)', async () => {
    const result = await openAccessRequestPopup(options('approve', { returnUrl: `${returnUrl}?sever=1`, closeGraceMs: 1000 }))
    expect(result.status).to.equal('approved')
  })

  it('resolves cancelled when aborted', async () => {
    const controller = new AbortController()
    const pending = openAccessRequestPopup(options('close', { signal: controller.signal, detectClose: false }))
    await pendingState()
    controller.abort()
    expect(await pending).to.deep.equal({ status: 'cancelled' })
  })
})

describe('deliverPopupResult', () => {
  it('returns false on a page that is not the popup (redirect mode) or carries no outcome', async () => {
    const { deliverPopupResult } = await import('./popup.js')
    expect(deliverPopupResult({ url: `${returnUrl}?success=true&state=nobody`, close: false })).to.equal(false)
    expect(deliverPopupResult({ url: returnUrl, close: false })).to.equal(false)
  })
})
