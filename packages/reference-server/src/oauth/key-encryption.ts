/**
 * @module oauth/key-encryption
 * Private signing keys at rest: AES-256-GCM (NIST SP 800-38D) from node:crypto under the 32-byte
 * GRANTKIT_SECRET, with the key id as associated data so a ciphertext cannot be moved to another
 * row. Format: `v1.<iv>.<ciphertext>.<tag>` (base64url parts, 96-bit random IV).
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const VERSION = 'v1';

export class KeyDecryptionError extends Error {
  constructor(kid: string) {
    super(`The signing key "${kid}" cannot be decrypted: GRANTKIT_SECRET differs from the one it was stored with.`);
    this.name = 'KeyDecryptionError';
  }
}

export function encryptPrivateKey(secret: Uint8Array, kid: string, plaintext: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', secret, iv);
  cipher.setAAD(Buffer.from(kid, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return [VERSION, iv, ciphertext, cipher.getAuthTag()].map((p) => (typeof p === 'string' ? p : p.toString('base64url'))).join('.');
}

export function decryptPrivateKey(secret: Uint8Array, kid: string, encoded: string): string {
  const [version, iv, ciphertext, tag] = encoded.split('.');
  if (version !== VERSION || !iv || !ciphertext || !tag) throw new KeyDecryptionError(kid);
  try {
    const decipher = createDecipheriv('aes-256-gcm', secret, Buffer.from(iv, 'base64url'), { authTagLength: 16 });
    decipher.setAAD(Buffer.from(kid, 'utf8'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
  } catch {
    throw new KeyDecryptionError(kid);
  }
}
