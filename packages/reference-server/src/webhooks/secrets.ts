/**
 * @module webhooks/secrets
 * Standard Webhooks secrets: `whsec_` + base64 of 32 random bytes, shown once (create, rotate)
 * and stored encrypted like signing keys (oauth/key-encryption.ts: AES-256-GCM under
 * GRANTKIT_SECRET), with the endpoint id as associated data so a ciphertext cannot be moved to
 * another endpoint's row.
 */
import { randomBytes } from 'node:crypto';
import { decryptPrivateKey, encryptPrivateKey } from '../oauth/key-encryption.js';

export const SECRET_PREFIX = 'whsec_';

export function generateWebhookSecret(): string {
  return SECRET_PREFIX + randomBytes(32).toString('base64');
}

const aad = (endpointId: string) => `webhook:${endpointId}`;

export function encryptWebhookSecret(key: Uint8Array, endpointId: string, secret: string): string {
  return encryptPrivateKey(key, aad(endpointId), secret);
}

export function decryptWebhookSecret(key: Uint8Array, endpointId: string, encrypted: string): string {
  return decryptPrivateKey(key, aad(endpointId), encrypted);
}
