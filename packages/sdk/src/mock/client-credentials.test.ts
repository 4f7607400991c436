import { setupServer } from 'msw/node'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createApiClient } from '../client.js'
import { ApiError, TokenError } from '../errors.js'
import { createServiceAccountTokenSource } from '../node.js'
import { createMockServer } from './index.js'

const baseUrl = 'https://grantkit.test'
const mock = createMockServer({ baseUrl })
const server = setupServer(...mock.handlers)
const { acmeService, home, cabin, acme, owner } = mock.fixtures

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
beforeEach(() => mock.reset())
afterAll(() => server.close())

describe('mock client_credentials with the Node token source', () => {
  it("lists and reads installations its group has a grant for, and nothing else", async () => {
    const tokens = createServiceAccountTokenSource({ issuer: baseUrl, clientId: acmeService.clientId, clientSecret: acmeService.clientSecret })
    const machine = createApiClient({ baseUrl, credentials: { bearer: tokens.getToken } })
    await expect(machine.getInstallation(home.id)).rejects.toMatchObject({ code: 'not_found', status: 404 })
    expect((await machine.listInstallations()).items).toEqual([])

    mock.signIn(owner.id)
    const request = mock.openAccessRequest(`${baseUrl}/access/request/TZBV?return_url=${encodeURIComponent(acme.returnUrl)}`)
    await createApiClient({ baseUrl, fetch: mock.fetch }).approveAccessRequest(request.id, { installation_id: home.id })
    mock.signIn(null)

    expect((await machine.getInstallation(home.id)).name).toBe('Home')
    expect((await machine.listInstallations()).items).toEqual([{ id: home.id, name: 'Home', address: expect.any(String), role: 'group' }])
    await expect(machine.getInstallation(cabin.id)).rejects.toBeInstanceOf(ApiError)
    await expect(machine.me()).rejects.toMatchObject({ code: 'unauthenticated' })
  })

  it('supports client_secret_post and refuses a wrong secret or scope with OAuth errors', async () => {
    const post = createServiceAccountTokenSource({ issuer: baseUrl, clientId: acmeService.clientId, clientSecret: acmeService.clientSecret, authMethod: 'client_secret_post', scope: 'installation:read' })
    expect((await post.getTokenResponse()).scope).toBe('installation:read')
    const wrong = createServiceAccountTokenSource({ issuer: baseUrl, clientId: acmeService.clientId, clientSecret: 'nope' })
    await expect(wrong.getToken()).rejects.toMatchObject({ code: 'token_request_failed', status: 401 })
    const scope = createServiceAccountTokenSource({ issuer: baseUrl, clientId: acmeService.clientId, clientSecret: acmeService.clientSecret, scope: 'everything' })
    // A read-only token may read but not change settings: 403 insufficient_scope (RFC 6750 §3.1).
    mock.signIn(owner.id)
    const request = mock.openAccessRequest(`${baseUrl}/access/request/TZBV`)
    mock.db.approve(owner.id, request.id, home.id)
    mock.signIn(null)
    const readOnly = createApiClient({ baseUrl, credentials: { bearer: post.getToken } })
    expect((await readOnly.getInstallation(home.id)).id).toBe(home.id)
    await expect(readOnly.updateInstallationSettings(home.id, { max_current_a: 10 })).rejects.toMatchObject({ code: 'insufficient_scope', status: 403 })
    const error = await scope.getToken().catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TokenError)
    expect((error as TokenError).message).toContain('invalid_scope')
  })

  it('answers invalid_client to malformed Basic credentials', async () => {
    const response = await fetch(`${baseUrl}/oauth/token`, {
      method: 'POST',
      headers: { authorization: 'Basic %%%', 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=client_credentials',
    })
    expect(response.status).toBe(401)
    expect((await response.json()).error).toBe('invalid_client')
  })
})
