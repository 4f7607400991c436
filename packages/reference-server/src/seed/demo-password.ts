/**
 * @module seed/demo-password
 * The stored hash of the demo password, computed once per process and cost and shared by every
 * seeded demo account. scrypt is slow on purpose (tens to hundreds of milliseconds at the default
 * cost): hashing the same public password once per account made seeding a fresh database seconds
 * slower on a small machine. A shared salt costs nothing here — the password is printed by
 * `npm start` — and logging in still runs the full scrypt verification.
 */
import { hashPassword } from '../security/passwords.js';
import { DEMO_PASSWORD } from './demo-data.js';

const hashes = new Map<number, Promise<string>>();

/** The scrypt hash of DEMO_PASSWORD at cost 2^log2N (security/passwords.ts's format). */
export function demoPasswordHash(log2N: number): Promise<string> {
  let hash = hashes.get(log2N);
  if (!hash) {
    hash = hashPassword(DEMO_PASSWORD, log2N);
    // A failed hash (never expected) is not cached: the next seed run tries again.
    hash.catch(() => hashes.delete(log2N));
    hashes.set(log2N, hash);
  }
  return hash;
}
