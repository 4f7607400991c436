import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createApiClient } from './client.js'
import { ApiError } from './errors.js'
import { createMockServer, mockWebhooks } from './mock/index.js'
import { createWebhooksClient } from './webhooks-client.js'

const baseUrl = 'https://grantkit.test'
const mock = createMockServer({ baseUrl })
const server = setupServer(...mock.handlers)
const { acme, partnerAdmin, partnerMember, otherUser } = mock.fixtures
const api = createWebhooksClient({ baseUrl, fetch: mock.fetch })

async function refusal(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(() => null, (e: unknown) => e)
  expect(error).toBeInstanceOf(ApiError)
  return error as ApiError
}

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
beforeEach(() => {
  mock.reset()
  mock.signIn(partnerAdmin.id)
})
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

describe('webhook client methods against the mock', () => {
  it('registers (secret once), lists, changes, disables, rotates, tests, reads deliveries and deletes', async () => {
    const created = await api.createWebhookEndpoint(acme.id, { url: 'https://partner.example/hooks', events: ['grant.revoked', 'grant.created'] })
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/)
    expect(created).toMatchObject({ group_id: acme.id, events: ['grant.created', 'grant.revoked'], enabled: true, disabled_reason: null })
    const listed = await api.listWebhookEndpoints(acme.id)
    expect(listed.items.map((e) => e.id)).toEqual([created.id])
    expect(listed.items[0]).not.toHaveProperty('secret')
    expect(await api.getWebhookEndpoint(created.id)).not.toHaveProperty('secret')

    expect(await api.updateWebhookEndpoint(created.id, { enabled: false })).toMatchObject({ enabled: false, disabled_reason: 'admin' })
    expect((await refusal(api.sendWebhookTestEvent(created.id))).code).toBe('webhook_disabled')
    expect(await api.updateWebhookEndpoint(created.id, { enabled: true, events: ['member.joined'] })).toMatchObject({ enabled: true, disabled_reason: null, events: ['member.joined'] })

    const rotated = await api.rotateWebhookSecret(created.id)
    expect(rotated.secret).not.toBe(created.secret)
    const { delivery } = await api.sendWebhookTestEvent(created.id)
    expect(delivery).toMatchObject({ event_type: 'webhook.test', status: 'pending', attempts: 0 })
    expect((await api.listWebhookDeliveries(created.id)).items).toEqual([delivery])

    await api.deleteWebhookEndpoint(created.id)
    expect((await refusal(api.getWebhookEndpoint(created.id))).code).toBe('webhook_not_found')
    expect(mockWebhooks(mock.db).endpoints.size).toBe(0)
  })

  it('refuses what the server refuses, with its codes, and stores nothing', async () => {
    for (const [url, reason] of [
      ['not a url', 'malformed'],
      ['http://partner.example/hooks', 'scheme'],
      ['https://user:pw@partner.example/hooks', 'credentials'],
      ['https://169.254.169.254/latest', 'forbidden_address'],
      ['https://10.0.0.7/hooks', 'forbidden_address'],
      ['https://[::1]/hooks', 'forbidden_address'],
    ] as const) {
      const error = await refusal(api.createWebhookEndpoint(acme.id, { url }))
      expect(error).toMatchObject({ code: 'webhook_url_refused', status: 400 })
      expect(error.errors).toEqual([expect.objectContaining({ field: 'url', code: `webhook_url_${reason}` })])
    }
    const badEvent = await refusal(api.createWebhookEndpoint(acme.id, { url: 'https://partner.example/hooks', events: ['grant.exploded' as never] }))
    expect(badEvent.code).toBe('validation_failed')
    expect(mockWebhooks(mock.db).endpoints.size).toBe(0)

    const created = await api.createWebhookEndpoint(acme.id, { url: 'https://partner.example/hooks' })
    expect(created.events).toHaveLength(8)
    // A plain member: 403; someone outside the group: 404, as if the endpoint did not exist.
    mock.signIn(partnerMember.id)
    expect((await refusal(api.listWebhookEndpoints(acme.id))).code).toBe('not_group_admin')
    expect((await refusal(api.rotateWebhookSecret(created.id))).code).toBe('not_group_admin')
    mock.signIn(otherUser.id)
    expect((await refusal(api.deleteWebhookEndpoint(created.id))).code).toBe('webhook_not_found')
    mock.signIn(partnerAdmin.id)
    for (let i = 1; i < 20; i++) await api.createWebhookEndpoint(acme.id, { url: `https://partner.example/hooks/${i}` })
    expect((await refusal(api.createWebhookEndpoint(acme.id, { url: 'https://partner.example/one-too-many' }))).code).toBe('webhook_limit_reached')
  })

  it('is part of createApiClient', () => {
    const full = createApiClient({ baseUrl })
    expect(typeof full.rotateWebhookSecret).toBe('function')
    expect(typeof full.listWebhookDeliveries).toBe('function')
  })
})
