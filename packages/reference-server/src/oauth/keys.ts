/**
 * @module oauth/keys
 * The signing key ring. One key signs at a time. A rotated-in key is published in the JWKS
 * {@link PREPUBLISH_MS} before it starts signing, so resource servers holding a cached JWKS (HTTP
 * max-age, jose's refetch cool-down) already know it when its first token arrives. A retired key
 * stays published (and accepted) until every token it signed has expired, then leaves the JWKS. Keys live in the database, encrypted
 * (oauth/key-encryption.ts), so every instance signs and verifies with the same set; each
 * instance caches them and reloads on a timer or when it meets an unknown `kid`.
 */
import { exportJWK, generateKeyPair, importJWK, type CryptoKey, type JWK } from 'jose';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { SigningKeyStore, StoredSigningKey } from '../domain/model/signing-key.js';
import { decryptPrivateKey, encryptPrivateKey } from './key-encryption.js';

export type SigningAlg = Config['signingAlg'];

/** A key ready to sign. */
export interface ActiveKey {
  readonly kid: string;
  readonly alg: SigningAlg;
  readonly privateKey: CryptoKey;
}

interface Signer extends ActiveKey {
  readonly signsFrom: number;
  readonly retiredAt: number | null;
}

/** How long a rotated-in key is published before it signs: JWKS max-age (60 s) + cool-down + margin. */
export const PREPUBLISH_MS = 2 * 60_000;

interface LoadedKey {
  readonly stored: StoredSigningKey;
  readonly publicKey: CryptoKey;
}

/**
 * How long a signed return (`response` on the return trip, oauth/authorization-response.ts) is
 * valid: JARM §4.1 asks for a short-lived JWT, and the browser follows the redirect at once.
 */
export const SIGNED_RETURN_TTL_SECONDS = 300;

/**
 * How long a retired key stays published: the longest lifetime of anything it signed (an access
 * token or a signed return) plus clock skew.
 */
export function retentionMs(config: Pick<Config, 'tokenTtlMinutes'>): number {
  return Math.max(config.tokenTtlMinutes * 60, SIGNED_RETURN_TTL_SECONDS) * 1000 + 60_000;
}

/**
 * Background reloads every minute; a token with an unknown kid reloads at once, at most once a
 * second (so tokens with made-up kids cannot turn into a database query each).
 */
const RELOAD_MS = 60_000;
const UNKNOWN_KID_RELOAD_MS = 1_000;

export interface KeyRingOptions {
  readonly store: SigningKeyStore;
  readonly config: Pick<Config, 'secret' | 'signingAlg' | 'tokenTtlMinutes'>;
  readonly clock: () => Date;
  readonly logger: Logger;
}

/** Generates a key pair and its stored (encrypted) form. */
export async function newSigningKey(alg: SigningAlg, secret: Uint8Array, now: Date, signsFrom: Date = now) {
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
  const kid = `${now.toISOString().slice(0, 10)}-${crypto.randomUUID().slice(0, 8)}`;
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' };
  const privateJwk = await exportJWK(privateKey);
  return {
    kid,
    alg,
    publicJwk,
    privateJwkEncrypted: encryptPrivateKey(secret, kid, JSON.stringify(privateJwk)),
    createdAt: now,
    signsFrom,
  };
}

export class KeyRing {
  /** Keys that sign now or will (the current one and a pre-published successor). */
  #signers: Signer[] = [];
  #published = new Map<string, LoadedKey>();
  #loadedAt = 0;
  #loading: Promise<void> | undefined;
  readonly #options: KeyRingOptions;

  constructor(options: KeyRingOptions) {
    this.#options = options;
  }

  /** Loads the keys, creating the first one (or rotating to the configured algorithm). */
  async init(): Promise<void> {
    await this.reload();
    const { config, store, clock, logger } = this.#options;
    const newest = this.#signers.find((s) => s.retiredAt === null);
    if (!newest) {
      const inserted = await store.insertIfNoActive(await newSigningKey(config.signingAlg, config.secret, clock()));
      if (inserted) logger.info('signing key created', { alg: config.signingAlg });
      await this.reload();
    } else if (newest.alg !== config.signingAlg) {
      // Immediately: tokens of the old algorithm would be refused by verifiers expecting the new one.
      logger.info('signing algorithm changed; rotating the signing key', { from: newest.alg, to: config.signingAlg });
      await this.rotate({ immediately: true });
    }
    if (!this.#signers.length) throw new Error('no signing key after initialisation');
  }

  /**
   * Adds a new key that signs from `PREPUBLISH_MS` from now (or at once); the current key signs
   * until then and stays published until its last token has expired.
   */
  async rotate({ immediately = false }: { immediately?: boolean } = {}): Promise<{ kid: string; retired: string | null; signsFrom: Date; removedAfter: Date }> {
    const { config, store, clock } = this.#options;
    const now = clock();
    const signsFrom = new Date(now.getTime() + (immediately ? 0 : PREPUBLISH_MS));
    const key = await newSigningKey(config.signingAlg, config.secret, now, signsFrom);
    const removedAfter = new Date(signsFrom.getTime() + retentionMs(config));
    const { retired } = await store.rotate(key, removedAfter);
    await store.deleteRemoved(now);
    await this.reload();
    return { kid: key.kid, retired, signsFrom, removedAfter };
  }

  /** Re-reads the published keys (coalesces concurrent callers). */
  reload(): Promise<void> {
    this.#loading ??= this.#load().finally(() => (this.#loading = undefined));
    return this.#loading;
  }

  async #load(): Promise<void> {
    const { store, clock, config } = this.#options;
    const now = clock();
    const rows = await store.listPublished(now);
    const published = new Map<string, LoadedKey>();
    const signers: Signer[] = [];
    for (const stored of rows) {
      const known = this.#published.get(stored.kid);
      const publicKey = known?.publicKey ?? ((await importJWK(stored.publicJwk as JWK, stored.alg)) as CryptoKey);
      published.set(stored.kid, { stored, publicKey });
      if (stored.retiredAt === null || stored.retiredAt > now) {
        const privateKey =
          this.#signers.find((s) => s.kid === stored.kid)?.privateKey ??
          ((await importJWK(JSON.parse(decryptPrivateKey(config.secret, stored.kid, stored.privateJwkEncrypted)) as JWK, stored.alg)) as CryptoKey);
        signers.push({ kid: stored.kid, alg: stored.alg, privateKey, signsFrom: stored.signsFrom.getTime(), retiredAt: stored.retiredAt?.getTime() ?? null });
      }
    }
    // Newest first: the first one already signing wins.
    signers.sort((a, b) => b.signsFrom - a.signsFrom);
    this.#published = published;
    this.#signers = signers;
    this.#loadedAt = Date.now();
  }

  /** Picks up keys rotated by another instance or the CLI, without delaying this request. */
  #refreshIfStale(): void {
    if (Date.now() - this.#loadedAt > RELOAD_MS) {
      void this.reload().catch((error: unknown) => this.#options.logger.error('key reload failed', { error }));
    }
  }

  /** The key to sign with now. Triggers a background reload when the cache is old. */
  signingKey(): ActiveKey {
    this.#refreshIfStale();
    const now = this.#options.clock().getTime();
    const signer = this.#signers.find((s) => s.signsFrom <= now) ?? this.#signers[this.#signers.length - 1];
    if (!signer) throw new Error('KeyRing.init() has not run');
    return signer;
  }

  /**
   * The public key for `kid` when it is published and not past its removal time; undefined
   * otherwise (unknown, or retired and removed: its tokens are no longer accepted).
   */
  async verificationKey(kid: string): Promise<{ key: CryptoKey; alg: SigningAlg } | undefined> {
    this.#refreshIfStale();
    let found = this.#published.get(kid);
    if (!found && Date.now() - this.#loadedAt > UNKNOWN_KID_RELOAD_MS) {
      await this.reload();
      found = this.#published.get(kid);
    }
    if (!found) return undefined;
    const removedAfter = found.stored.removedAfter;
    if (removedAfter && removedAfter.getTime() <= this.#options.clock().getTime()) return undefined;
    return { key: found.publicKey, alg: found.stored.alg };
  }

  /** The JWKS document (RFC 7517 §5): the active key and retired keys not yet removed. */
  jwks(): { keys: Record<string, unknown>[] } {
    this.#refreshIfStale();
    const now = this.#options.clock().getTime();
    return {
      keys: [...this.#published.values()]
        .filter(({ stored }) => !stored.removedAfter || stored.removedAfter.getTime() > now)
        .map(({ stored }) => ({ ...stored.publicJwk })),
    };
  }
}
