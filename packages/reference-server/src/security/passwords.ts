/**
 * @module security/passwords
 * Human-chosen passwords are hashed with scrypt (memory-hard, RFC 7914) from node:crypto.
 * The encoded hash carries its parameters, so the cost can rise without invalidating old hashes.
 */
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

const KEY_LENGTH = 32;

function derive(password: string, salt: Buffer, N: number, r: number, p: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    // maxmem must cover 128 * N * r bytes plus slack.
    scrypt(password.normalize('NFKC'), salt, KEY_LENGTH, { N, r, p, maxmem: 256 * N * r + 1024 * 1024 }, (err, key) =>
      err ? reject(err) : resolve(key),
    );
  });
}

/** Hashes a password as `scrypt$<log2N>$<r>$<p>$<salt b64url>$<hash b64url>`. */
export async function hashPassword(password: string, log2N = 15): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, 2 ** log2N, 8, 1);
  return ['scrypt', log2N, 8, 1, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/** Checks a password in constant time. Malformed hashes never match. */
export async function verifyPassword(password: string, encoded: string): Promise<boolean> {
  const [scheme, log2N, r, p, salt, hash] = encoded.split('$');
  if (scheme !== 'scrypt' || !log2N || !r || !p || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const actual = await derive(password, Buffer.from(salt, 'base64url'), 2 ** Number(log2N), Number(r), Number(p));
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** A hash of a random password: used to spend the same time when the user does not exist. */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(log2N = 15): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(16).toString('hex'), log2N);
  return dummyHash;
}
