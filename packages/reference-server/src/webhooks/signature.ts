/**
 * @module webhooks/signature
 * Standard Webhooks signing (https://github.com/standard-webhooks/standard-webhooks/blob/main/spec/standard-webhooks.md,
 * "Signature scheme"): `v1,` + base64 HMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{body}`
 * under the base64-decoded part of the secret after `whsec_`. Several signatures (the current
 * secret and, during a rotation's grace period, the previous one) are space-separated.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { SECRET_PREFIX } from './secrets.js';

/** A message id (`msg_…`): the `webhook-id` of every attempt of one delivery, so receivers can deduplicate. */
export const newMessageId = () => 'msg_' + randomBytes(18).toString('base64url');

export function signPayload(secret: string, id: string, timestampSeconds: number, body: string): string {
  const key = Buffer.from(secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret, 'base64');
  return 'v1,' + createHmac('sha256', key).update(`${id}.${timestampSeconds}.${body}`).digest('base64');
}

/** The three Standard Webhooks headers of one attempt. */
export function webhookHeaders(secrets: readonly string[], id: string, timestampSeconds: number, body: string): Record<string, string> {
  return {
    'webhook-id': id,
    'webhook-timestamp': String(timestampSeconds),
    'webhook-signature': secrets.map((s) => signPayload(s, id, timestampSeconds, body)).join(' '),
  };
}
