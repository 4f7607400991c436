import { expect } from '@open-wc/testing'
import { setupWorker } from 'msw/browser'
import { createMockServer } from './index.js'

// The platform's own origin, as for the real elements; a second, cross-origin mock checks
// that the worker intercepts other origins too.
const mock = createMockServer({ baseUrl: location.origin })
const remote = createMockServer({ baseUrl: 'https://grantkit.test' })
const worker = setupWorker(...mock.handlers, ...remote.handlers)
const { owner, home, acme } = mock.fixtures

describe('@grantkit/sdk/mock in the browser', () => {
  before(async () => {
    await worker.start({ quiet: true, onUnhandledRequest: 'bypass', serviceWorker: { url: '/mockServiceWorker.js' } })
  })
  beforeEach(() => {
    mock.reset()
    remote.reset()
  })
  after(() => worker.stop())

  it('logs in with the session cookie and reads /api/me', async () => {
    const login = await fetch('/api/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: owner.email, password: owner.password }),
    })
    expect(login.status).to.equal(200)
    const me = await (await fetch('/api/me', { credentials: 'include' })).json()
    expect(me.user.email).to.equal(owner.email)
    expect((await fetch('/api/session', { method: 'DELETE' })).status).to.equal(204)
    const after = await fetch('/api/me')
    expect(after.status).to.equal(401)
    expect(after.headers.get('content-type')).to.equal('application/problem+json')
  })

  it('approves an access request through the API and returns the return-trip URL', async () => {
    const request = mock.openAccessRequest(`${location.origin}/access/request/TZBV?return_url=${encodeURIComponent(acme.returnUrl)}&state=abc`)
    mock.signIn(owner.id)
    const view = await (await fetch(`/api/access-requests/${request.id}`)).json()
    expect(view.group.name).to.equal('Acme Energy')
    const approve = await fetch(`/api/access-requests/${request.id}/approve`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ installation_id: home.id }),
    })
    const body = await approve.json()
    const params = new URL(body.redirect_url).searchParams
    expect(params.get('success')).to.equal('true')
    expect(params.get('state')).to.equal('abc')
    expect(params.get('iss')).to.equal(location.origin)
    const again = await fetch(`/api/access-requests/${request.id}/deny`, { method: 'POST' })
    expect(again.status).to.equal(409)
    expect((await again.json()).code).to.equal('access_request_decided')
  })

  it('intercepts a cross-origin server too', async () => {
    const metadata = await (await fetch('https://grantkit.test/.well-known/oauth-authorization-server')).json()
    expect(metadata.issuer).to.equal('https://grantkit.test')
    const missing = await fetch('https://grantkit.test/api/installations/nope')
    expect(missing.status).to.equal(401)
  })
})
