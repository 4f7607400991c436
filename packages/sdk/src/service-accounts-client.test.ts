import { describe, expect, it } from 'vitest'
import { createApiClient } from './client.js'
import { ApiError } from './errors.js'
import { createServiceAccountsClient } from './service-accounts-client.js'

const baseUrl = 'https://grantkit.test'
const account = {
  id: '7b0b7c1e-2f7a-4a57-9f57-1b3a9e0d4c11',
  name: 'Lead export',
  client_id: 'gksa_3f9c0e5a7b1d2c4e6f8a0b1c',
  secret_kind: 'generated',
  installation_id: null,
  installation_name: null,
  created_at: '2026-11-21T09:00:00.000Z',
  secret_changed_at: '2026-11-21T09:00:00.000Z',
  last_used_at: null,
}

/** A fetch that records each request and answers from a queue. */
function recorder(...answers: Response[]) {
  const calls: { method: string; url: string; body: unknown; credentials: RequestCredentials | undefined }[] = []
  const fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    calls.push({ method: init.method ?? 'GET', url: String(input), body: init.body ? JSON.parse(String(init.body)) : undefined, credentials: init.credentials })
    return answers.shift() ?? new Response(null, { status: 204 })
  }
  return { calls, fetch: fetch as typeof globalThis.fetch }
}
const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })

describe('service-account client methods', () => {
  it('calls the group-scoped endpoints with the session cookie', async () => {
    const secret = { service_account: account, client_id: account.client_id, client_secret: 'gks_x', token_endpoint: `${baseUrl}/oauth/token` }
    const { calls, fetch } = recorder(json({ items: [account] }), json(secret, 201), json(secret), json({ service_account: account }), new Response(null, { status: 204 }))
    const api = createServiceAccountsClient({ baseUrl, fetch })
    const group = 'g-1'
    expect((await api.listServiceAccounts(group)).items[0]!.client_id).toBe(account.client_id)
    expect((await api.createServiceAccount(group, { name: 'Lead export', installation_id: null })).client_secret).toBe('gks_x')
    await api.regenerateServiceAccountSecret(group, account.id, { grace_period_minutes: 30 })
    await api.changeServiceAccountPassword(group, account.id, 'Correct-Horse-42')
    await api.deleteServiceAccount(group, account.id)
    expect(calls.map((c) => `${c.method} ${c.url.replace(baseUrl, '')}`)).toEqual([
      'GET /api/groups/g-1/service-accounts',
      'POST /api/groups/g-1/service-accounts',
      `POST /api/groups/g-1/service-accounts/${account.id}/regenerate`,
      `PUT /api/groups/g-1/service-accounts/${account.id}/password`,
      `DELETE /api/groups/g-1/service-accounts/${account.id}`,
    ])
    expect(calls.map((c) => c.body)).toEqual([undefined, { name: 'Lead export', installation_id: null }, { grace_period_minutes: 30 }, { password: 'Correct-Horse-42' }, undefined])
    expect(calls.every((c) => c.credentials === 'include')).toBe(true)
  })

  it('turns problem+json into ApiError with the code and field errors, and refuses empty ids', async () => {
    const problem = {
      type: 'https://grantkit.dev/problems/validation_failed',
      title: 'Bad request',
      status: 400,
      detail: 'The password needs at least 12 characters.',
      code: 'validation_failed',
      errors: [{ field: 'password', code: 'weak_password', message: 'The password needs at least 12 characters.' }],
    }
    const { fetch } = recorder(new Response(JSON.stringify(problem), { status: 400, headers: { 'content-type': 'application/problem+json' } }))
    const api = createApiClient({ baseUrl, fetch })
    const error = await api.createServiceAccount('g-1', { name: 'x', password: 'short' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect((error as ApiError).code).toBe('validation_failed')
    expect(JSON.stringify(error)).toContain('weak_password')
    await expect(api.deleteServiceAccount('g-1', '')).rejects.toMatchObject({ code: 'validation_failed' })
  })
})
