import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decryptPrivateKey, encryptPrivateKey, KeyDecryptionError } from './key-encryption.js';

describe('signing keys at rest (AES-256-GCM)', () => {
  const secret = new Uint8Array(randomBytes(32));
  const jwk = JSON.stringify({ kty: 'EC', crv: 'P-256', d: 'private-part' });

  it('round-trips, with a fresh IV each time', () => {
    const a = encryptPrivateKey(secret, 'k1', jwk);
    const b = encryptPrivateKey(secret, 'k1', jwk);
    expect(a).not.toBe(b);
    expect(a).not.toContain('private-part');
    expect(decryptPrivateKey(secret, 'k1', a)).toBe(jwk);
  });

  it('refuses another secret, another kid (associated data), a tampered ciphertext or tag', () => {
    const sealed = encryptPrivateKey(secret, 'k1', jwk);
    const [v, iv, ct, tag] = sealed.split('.') as [string, string, string, string];
    const flip = (s: string) => (s[0] === 'A' ? 'B' : 'A') + s.slice(1);
    for (const [key, kid, value] of [
      [new Uint8Array(randomBytes(32)), 'k1', sealed],
      [secret, 'k2', sealed],
      [secret, 'k1', [v, iv, flip(ct), tag].join('.')],
      [secret, 'k1', [v, iv, ct, flip(tag)].join('.')],
      [secret, 'k1', [v, iv, ct, tag.slice(0, 8)].join('.')],
      [secret, 'k1', 'v2.x.y.z'],
    ] as [Uint8Array, string, string][]) {
      expect(() => decryptPrivateKey(key, kid, value)).toThrow(KeyDecryptionError);
    }
  });
});
