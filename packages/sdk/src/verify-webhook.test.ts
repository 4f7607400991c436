import { createHmac, randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { isGrantkitError, WebhookVerificationError } from './errors.js'
import { verifyWebhook } from './node.js'

const secret = 'whsec_' + randomBytes(32).toString('base64')
const other = 'whsec_' + randomBytes(32).toString('base64')
const now = new Date('2026-12-06T10:00:00Z')
const seconds = Math.floor(now.getTime() / 1000)
const body = JSON.stringify({ type: 'grant.revoked', timestamp: now.toISOString(), data: { grant_id: 'g1', how: 'revoked' } })

/** What the server sends (Standard Webhooks): `v1,` + base64 HMAC-SHA256 of `id.timestamp.body`. */
function sign(key: string, id: string, ts: number, payload: string): string {
  return 'v1,' + createHmac('sha256', Buffer.from(key.slice(6), 'base64')).update(`${id}.${ts}.${payload}`).digest('base64')
}
function headers(overrides: Record<string, string> = {}, key = secret, ts = seconds, payload = body): Record<string, string> {
  return { 'webhook-id': 'msg_1', 'webhook-timestamp': String(ts), 'webhook-signature': sign(key, 'msg_1', ts, payload), ...overrides }
}

describe('verifyWebhook', () => {
  it('returns the typed event of a genuine delivery, from a Request or body and headers', async () => {
    const request = new Request('https://partner.example/hooks', { method: 'POST', body, headers: headers() })
    const event = await verifyWebhook(request, secret, { currentDate: now })
    expect(event).toEqual(JSON.parse(body))
    if (event.type === 'grant.revoked') expect(event.data.how).toBe('revoked')
    // Node's IncomingMessage.headers: lower-case keys, possibly arrays; a Uint8Array body.
    const nodeHeaders = { ...headers(), 'webhook-signature': [headers()['webhook-signature']!] }
    await expect(verifyWebhook({ body: new TextEncoder().encode(body), headers: nodeHeaders }, secret, { currentDate: now })).resolves.toEqual(JSON.parse(body))
    await expect(verifyWebhook({ body, headers: new Headers(headers()) }, secret, { currentDate: now })).resolves.toMatchObject({ type: 'grant.revoked' })
  })

  it('accepts any one of several signatures (a secret rotation) and several secrets', async () => {
    const both = `${sign(other, 'msg_1', seconds, body)} v1a,ignored ${sign(secret, 'msg_1', seconds, body)}`
    await expect(verifyWebhook({ body, headers: headers({ 'webhook-signature': both }) }, secret, { currentDate: now })).resolves.toMatchObject({ type: 'grant.revoked' })
    await expect(verifyWebhook({ body, headers: headers({}, other) }, [secret, other], { currentDate: now })).resolves.toMatchObject({ type: 'grant.revoked' })
    // A secret without its prefix is the same key.
    await expect(verifyWebhook({ body, headers: headers() }, secret.slice(6), { currentDate: now })).resolves.toMatchObject({ type: 'grant.revoked' })
  })

  it.each([
    ['a forged body', { body: body.replace('g1', 'g2'), headers: headers() }, 'webhook_signature_invalid'],
    ['another secret', { body, headers: headers({}, other) }, 'webhook_signature_invalid'],
    ['another id', { body, headers: headers({ 'webhook-id': 'msg_2' }) }, 'webhook_signature_invalid'],
    ['a moved timestamp', { body, headers: headers({ 'webhook-timestamp': String(seconds - 1) }) }, 'webhook_signature_invalid'],
    ['a garbled signature', { body, headers: headers({ 'webhook-signature': 'v1,@@@' }) }, 'webhook_signature_invalid'],
    ['a replay after 5 minutes', { body, headers: headers({}, secret, seconds - 301) }, 'webhook_timestamp_too_old'],
    ['a date in the future', { body, headers: headers({}, secret, seconds + 301) }, 'webhook_timestamp_too_new'],
    ['no signature', { body, headers: { 'webhook-id': 'msg_1', 'webhook-timestamp': String(seconds) } }, 'webhook_headers_missing'],
    ['no id', { body, headers: { 'webhook-timestamp': String(seconds), 'webhook-signature': 'v1,x' } }, 'webhook_headers_missing'],
    ['a non-numeric timestamp', { body, headers: headers({ 'webhook-timestamp': '2026-12-06' }) }, 'webhook_headers_missing'],
  ])('refuses %s', async (_, input, code) => {
    const error = await verifyWebhook(input, secret, { currentDate: now }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(WebhookVerificationError)
    expect(isGrantkitError(error, code as never)).toBe(true)
  })

  it('takes a tolerance, refuses a bad secret, and a signed body that is no event', async () => {
    await expect(verifyWebhook({ body, headers: headers({}, secret, seconds - 400) }, secret, { currentDate: now, toleranceSeconds: 600 })).resolves.toBeTruthy()
    await expect(verifyWebhook({ body, headers: headers() }, 'whsec_', { currentDate: now })).rejects.toMatchObject({ code: 'webhook_secret_invalid' })
    const notJson = 'hello'
    await expect(verifyWebhook({ body: notJson, headers: headers({}, secret, seconds, notJson) }, secret, { currentDate: now })).rejects.toMatchObject({ code: 'webhook_body_invalid' })
    const notEvent = '{"type":1}'
    await expect(verifyWebhook({ body: notEvent, headers: headers({}, secret, seconds, notEvent) }, secret, { currentDate: now })).rejects.toMatchObject({ code: 'webhook_body_invalid' })
  })

  it('uses Web Crypto only: no Node built-in in its source', async () => {
    const { readFile } = await import('node:fs/promises')
    const source = await readFile(new URL('./verify-webhook.ts', import.meta.url), 'utf8')
    expect(source).not.toMatch(/from ['"]node:|require\(|Buffer\./)
  })
})
