/**
 * @module security/client-secrets
 * Service-account credentials. Generated secrets carry 256 bits from the CSPRNG and are stored as
 * SHA-256 (a slow KDF adds nothing to a 256-bit secret); passwords an admin chose are stored with
 * scrypt (security/passwords.ts). Comparisons are constant-time.
 *
 * scrypt costs tens of milliseconds by design, which would dominate the token endpoint for
 * password accounts. A successful verification is therefore remembered in memory for a few
 * minutes, keyed by an HMAC (under a per-process random key) of the stored hash and the presented
 * secret: the cache never holds a secret or anything that helps guess one, and it misses as soon
 * as the stored hash changes (new password, regeneration).
 */
import { createHmac, hash, randomBytes } from 'node:crypto';
import { hashPassword, verifyPassword } from './passwords.js';
import { constantTimeEqual, randomToken, sha256 } from './random.js';

/** Prefixes make leaked credentials easy to spot for secret scanners. */
export const CLIENT_ID_PREFIX = 'gksa_';
export const SECRET_PREFIX = 'gks_';

export function generateClientId(): string {
  return CLIENT_ID_PREFIX + randomBytes(12).toString('hex');
}

/** 256 bits, base64url, prefixed. */
export function generateClientSecret(): string {
  return SECRET_PREFIX + randomToken(32);
}

export function hashGeneratedSecret(secret: string): string {
  // One-shot crypto.hash: the same SHA-256 as security/random.ts's sha256(), without a Hash object.
  return `sha256$${hash('sha256', secret, 'base64url')}`;
}

export function hashChosenPassword(password: string, log2N: number): Promise<string> {
  return hashPassword(password, log2N);
}

/**
 * Fingerprints of recently seen stored hashes, computed once per hash instead of once per token
 * (the credential cache holds the same hashes; bounded like it).
 */
const fingerprints = new Map<string, string>();
const MAX_FINGERPRINTS = 10_000;

/**
 * A short public fingerprint of a stored secret hash, carried by tokens as `sv` so a token can be
 * tied to the secret that obtained it (a hash of a hash: it helps no one guess the secret).
 */
export function secretFingerprint(secretHash: string): string {
  let fingerprint = fingerprints.get(secretHash);
  if (fingerprint === undefined) {
    fingerprint = sha256(secretHash).slice(0, 16);
    if (fingerprints.size >= MAX_FINGERPRINTS) fingerprints.delete(fingerprints.keys().next().value!);
    fingerprints.set(secretHash, fingerprint);
  }
  return fingerprint;
}


/** A hash no presented secret matches, compared against when the client is unknown (same work). */
export const UNKNOWN_CLIENT_HASH = hashGeneratedSecret(randomToken(32));

export interface SecretVerifierOptions {
  /** How long a successful scrypt verification is remembered (default 5 minutes). */
  cacheMs?: number;
  /** Most entries kept (oldest dropped first). */
  maxEntries?: number;
  now?: () => number;
}

export class SecretVerifier {
  readonly #key = randomBytes(32);
  readonly #cache = new Map<string, number>();
  readonly #cacheMs: number;
  readonly #maxEntries: number;
  readonly #now: () => number;

  constructor({ cacheMs = 5 * 60_000, maxEntries = 10_000, now = Date.now }: SecretVerifierOptions = {}) {
    this.#cacheMs = cacheMs;
    this.#maxEntries = maxEntries;
    this.#now = now;
  }

  /**
   * The answer when it needs no scrypt (a generated secret's SHA-256, or an unknown hash format);
   * undefined when {@link verify} must run the KDF.
   */
  verifyWithoutKdf(presented: string, storedHash: string): boolean | undefined {
    if (storedHash.startsWith('sha256$')) return constantTimeEqual(hashGeneratedSecret(presented), storedHash);
    return storedHash.startsWith('scrypt$') ? undefined : false;
  }

  /** True when `presented` matches `storedHash` (`sha256$…` or `scrypt$…`). */
  async verify(presented: string, storedHash: string): Promise<boolean> {
    const quick = this.verifyWithoutKdf(presented, storedHash);
    if (quick !== undefined) return quick;
    const cacheKey = createHmac('sha256', this.#key).update(storedHash).update('\0').update(presented).digest('base64url');
    const until = this.#cache.get(cacheKey);
    if (until !== undefined && until > this.#now()) return true;
    const ok = await verifyPassword(presented, storedHash);
    if (ok) {
      if (this.#cache.size >= this.#maxEntries) this.#cache.delete(this.#cache.keys().next().value!);
      this.#cache.set(cacheKey, this.#now() + this.#cacheMs);
    }
    return ok;
  }
}
