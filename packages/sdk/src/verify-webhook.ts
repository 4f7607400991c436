/**
 * `verifyWebhook()` for a partner's receiver: checks a grantkit webhook delivery as the Standard
 * Webhooks specification signs it — `webhook-id`, `webhook-timestamp` within a tolerance (both
 * directions, so an old delivery cannot be replayed), and at least one `v1,` signature in
 * `webhook-signature` (space-separated: during a secret rotation the server signs with both) that
 * is the HMAC-SHA256 of `id.timestamp.body` under the secret — and returns the typed event.
 *
 * Web Crypto only (`crypto.subtle`), no Node built-ins: it runs in Node 20+, Deno, Bun,
 * Cloudflare Workers and other edge runtimes. `crypto.subtle.verify` compares in constant time.
 *
 * @module
 */
import { WebhookVerificationError } from './errors.js'
import type { WebhookEvent } from './webhook-types.js'

/** A Fetch `Headers`, or a plain record as Node's `IncomingMessage.headers` is. */
export type WebhookHeadersInput = Headers | Readonly<Record<string, string | readonly string[] | undefined>>

/** What {@link verifyWebhook} checks: a Fetch `Request`, or the raw body with the headers. */
export type WebhookInput =
  | Request
  | {
      /** The raw body exactly as received (not re-serialised JSON: the signature covers the bytes). */
      readonly body: string | Uint8Array
      readonly headers: WebhookHeadersInput
    }

/** Options of {@link verifyWebhook}. */
export interface VerifyWebhookOptions {
  /** Seconds the `webhook-timestamp` may differ from now, either way (default 300). */
  readonly toleranceSeconds?: number | undefined
  /** Current time (tests). */
  readonly currentDate?: Date | undefined
}

const PREFIX = 'whsec_'
const encoder = new TextEncoder()

function header(headers: WebhookHeadersInput, name: string): string | undefined {
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name) ?? undefined
  const record = headers as Readonly<Record<string, string | readonly string[] | undefined>>
  const key = Object.keys(record).find((k) => k.toLowerCase() === name)
  const value = key === undefined ? undefined : record[key]
  return typeof value === 'string' ? value : value?.join(' ')
}

function base64Bytes(text: string): Uint8Array<ArrayBuffer> | undefined {
  try {
    const binary = atob(text)
    return Uint8Array.from(binary, (c) => c.charCodeAt(0))
  } catch {
    return undefined
  }
}

async function hmacKey(secret: string): Promise<CryptoKey> {
  const bytes = base64Bytes(secret.startsWith(PREFIX) ? secret.slice(PREFIX.length) : secret)
  if (!bytes || bytes.length === 0) {
    throw new WebhookVerificationError('webhook_secret_invalid', 'The webhook secret is not a Standard Webhooks secret (whsec_ followed by base64).')
  }
  return crypto.subtle.importKey('raw', bytes, { name: 'HMAC', hash: 'SHA-256' }, false, ['verify'])
}

/**
 * Verifies a webhook delivery and returns its event. Throws {@link WebhookVerificationError}
 * (`webhook_headers_missing`, `webhook_timestamp_too_old`, `webhook_timestamp_too_new`,
 * `webhook_signature_invalid`, `webhook_body_invalid`, `webhook_secret_invalid`).
 *
 * Pass the body exactly as received; a `Request`'s body is read (pass `request.clone()` to read
 * it again). `secret` is the endpoint's `whsec_…` secret, or several (during your own rotation).
 * Deliveries are at least once and unordered: deduplicate by `webhook-id`.
 */
export async function verifyWebhook(input: WebhookInput, secret: string | readonly string[], options: VerifyWebhookOptions = {}): Promise<WebhookEvent> {
  const headers = input instanceof Request ? input.headers : input.headers
  const id = header(headers, 'webhook-id')
  const timestamp = header(headers, 'webhook-timestamp')
  const signatures = header(headers, 'webhook-signature')
  if (!id || !timestamp || !signatures) {
    throw new WebhookVerificationError('webhook_headers_missing', 'The webhook-id, webhook-timestamp and webhook-signature headers are required.')
  }
  const sent = /^\d{1,15}$/.test(timestamp) ? Number(timestamp) : NaN
  if (Number.isNaN(sent)) throw new WebhookVerificationError('webhook_headers_missing', 'webhook-timestamp must be whole seconds since the epoch.')
  const now = Math.floor((options.currentDate ?? new Date()).getTime() / 1000)
  const tolerance = options.toleranceSeconds ?? 300
  if (sent < now - tolerance) throw new WebhookVerificationError('webhook_timestamp_too_old', `The delivery was signed ${now - sent} s ago, more than the ${tolerance} s allowed.`)
  if (sent > now + tolerance) throw new WebhookVerificationError('webhook_timestamp_too_new', `The delivery is dated ${sent - now} s ahead, more than the ${tolerance} s allowed.`)

  const raw = input instanceof Request ? new Uint8Array(await input.arrayBuffer()) : typeof input.body === 'string' ? encoder.encode(input.body) : input.body
  const prefix = encoder.encode(`${id}.${timestamp}.`)
  const signed = new Uint8Array(prefix.length + raw.length)
  signed.set(prefix)
  signed.set(raw, prefix.length)

  const candidates = signatures
    .split(' ')
    .filter((s) => s.startsWith('v1,'))
    .map((s) => base64Bytes(s.slice(3)))
    .filter((b): b is Uint8Array<ArrayBuffer> => b !== undefined && b.length === 32)
  let verified = false
  for (const key of await Promise.all((typeof secret === 'string' ? [secret] : secret).map(hmacKey))) {
    for (const candidate of candidates) {
      // Every candidate is checked (no early exit), so timing says nothing about which matched.
      if (await crypto.subtle.verify('HMAC', key, candidate, signed)) verified = true
    }
  }
  if (!verified) throw new WebhookVerificationError('webhook_signature_invalid', 'No webhook-signature matches the body under this secret.')

  let event: unknown
  try {
    event = JSON.parse(new TextDecoder().decode(raw))
  } catch (cause) {
    throw new WebhookVerificationError('webhook_body_invalid', 'The signed body is not JSON.', { cause })
  }
  const e = event as Partial<WebhookEvent> | null
  if (typeof e !== 'object' || e === null || typeof e.type !== 'string' || typeof e.timestamp !== 'string' || typeof e.data !== 'object' || e.data === null) {
    throw new WebhookVerificationError('webhook_body_invalid', 'The signed body is not a webhook event ({ type, timestamp, data }).')
  }
  return event as WebhookEvent
}
