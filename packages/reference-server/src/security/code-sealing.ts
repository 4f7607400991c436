/**
 * @module security/code-sealing
 * Invitation codes at rest. A code is a bearer secret (whoever holds it joins the group), yet
 * admins copy codes again from the management table, so it cannot be hashed away like the other
 * secrets. It is sealed instead, the way signing keys are (oauth/key-encryption.ts): AES-256-GCM
 * with the row id as associated data (a sealed code cannot be moved to another row). Redeeming
 * finds the row by a keyed hash (HMAC-SHA256), so the database never needs the clear code and a
 * copy of it without GRANTKIT_SECRET neither reveals nor lets anyone test codes.
 *
 * Both keys are derived from GRANTKIT_SECRET with HKDF-SHA256 (RFC 5869), one per purpose, so
 * the sealing key, the lookup key and the signing-key encryption never share key material.
 */
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

const VERSION = 'v1';

export interface CodeSealer {
  /** The lookup column: HMAC-SHA256 of the code, base64url. */
  lookup(code: string): string;
  /** `v1.<iv>.<ciphertext>.<tag>` bound to the row id. */
  seal(id: string, code: string): string;
  /** The clear code; throws when the secret differs from the one it was sealed with. */
  open(id: string, sealed: string): string;
}

function derive(secret: Uint8Array, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, new Uint8Array(0), `grantkit invitation-code ${purpose}`, 32));
}

export function createCodeSealer(secret: Uint8Array): CodeSealer {
  const sealKey = derive(secret, 'seal');
  const lookupKey = derive(secret, 'lookup');
  return {
    lookup: (code) => createHmac('sha256', lookupKey).update(code, 'utf8').digest('base64url'),
    seal(id, code) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', sealKey, iv);
      cipher.setAAD(Buffer.from(id, 'utf8'));
      const body = Buffer.concat([cipher.update(code, 'utf8'), cipher.final()]);
      return [VERSION, ...[iv, body, cipher.getAuthTag()].map((part) => part.toString('base64url'))].join('.');
    },
    open(id, sealed) {
      const [version, iv, body, tag] = sealed.split('.');
      if (version !== VERSION || !iv || !body || !tag) throw new Error(`invitation code ${id}: not a sealed code`);
      const decipher = createDecipheriv('aes-256-gcm', sealKey, Buffer.from(iv, 'base64url'), { authTagLength: 16 });
      decipher.setAAD(Buffer.from(id, 'utf8'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
    },
  };
}
