/**
 * @module domain/lookup-keys
 * A group's lookup key: the short name a partner gives its customers (`TZBV`), read aloud and
 * retyped, so it uses an alphabet without look-alikes (no 0/O, 1/I) and is case-insensitive on
 * input. Stored upper-case.
 */
import { randomInt } from 'node:crypto';
import { ConflictError } from '../errors.js';

/** No 0/O and 1/I: keys survive being read aloud or retyped. Same alphabet as `@grantkit/sdk/types`. */
export const LOOKUP_KEY_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
/** Length of generated keys: 32^6 ≈ 10^9 possible keys. */
export const GENERATED_LOOKUP_KEY_LENGTH = 6;
/** Accepted lengths on input (seeded and hand-picked keys may be shorter, e.g. `TZBV`). */
export const LOOKUP_KEY_MIN = 4;
export const LOOKUP_KEY_MAX = 8;

const PATTERN = new RegExp(`^[${LOOKUP_KEY_ALPHABET}]{${LOOKUP_KEY_MIN},${LOOKUP_KEY_MAX}}$`);

/**
 * Normalises user input to a lookup key, or returns null when it cannot be one.
 * @example parseLookupKey(' tzbv ') // 'TZBV'
 */
export function parseLookupKey(input: string): string | null {
  const key = input.trim().toUpperCase();
  return PATTERN.test(key) ? key : null;
}

/** A random key from the CSPRNG (`randomInt` is uniform, no modulo bias). */
export function generateLookupKey(length = GENERATED_LOOKUP_KEY_LENGTH): string {
  let key = '';
  for (let i = 0; i < length; i++) key += LOOKUP_KEY_ALPHABET[randomInt(LOOKUP_KEY_ALPHABET.length)];
  return key;
}

/**
 * A key no group uses yet. Collisions are rare (10^9 keys), so a few retries suffice; the
 * database's unique index remains the final guard when two instances race.
 */
export async function generateUniqueLookupKey(
  exists: (key: string) => Promise<boolean>,
  { attempts = 8, generate = generateLookupKey }: { attempts?: number; generate?: () => string } = {},
): Promise<string> {
  for (let i = 0; i < attempts; i++) {
    const key = generate();
    if (!(await exists(key))) return key;
  }
  throw new ConflictError('lookup_key_exhausted', `Could not find a free lookup key after ${attempts} attempts.`);
}
