/**
 * @module oauth/keys
 * The signing key ring. One active key signs; retired keys stay published (and accepted) until
 * every token they signed has expired, then leave the JWKS. Keys live in the database, encrypted
 * (oauth/key-encryption.ts), so every instance signs and verifies with the same set; each
 * instance caches them and reloads on a timer or when it meets an unknown `kid`.
 */
import { exportJWK, generateKeyPair, importJWK, type CryptoKey, type JWK } from 'jose';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { SigningKeyStore, StoredSigningKey } from '../storage/signing-key-store.js';
import { decryptPrivateKey, encryptPrivateKey } from './key-encryption.js';

export type SigningAlg = Config['signingAlg'];

/** A key ready to sign. */
export interface ActiveKey {
  readonly kid: string;
  readonly alg: SigningAlg;
  readonly privateKey: CryptoKey;
}

interface LoadedKey {
  readonly stored: StoredSigningKey;
  readonly publicKey: CryptoKey;
}

/** How long a retired key stays published: the longest token lifetime plus clock skew. */
export function retentionMs(config: Pick<Config, 'tokenTtlMinutes'>): number {
  return config.tokenTtlMinutes * 60_000 + 60_000;
}

/** Seconds between background reloads; an unknown kid reloads sooner, at most every few seconds. */
const RELOAD_MS = 60_000;
const UNKNOWN_KID_RELOAD_MS = 5_000;

export interface KeyRingOptions {
  readonly store: SigningKeyStore;
  readonly config: Pick<Config, 'secret' | 'signingAlg' | 'tokenTtlMinutes'>;
  readonly clock: () => Date;
  readonly logger: Logger;
}

/** Generates a key pair and its stored (encrypted) form. */
export async function newSigningKey(alg: SigningAlg, secret: Uint8Array, now: Date) {
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
  };
}

export class KeyRing {
  #active: ActiveKey | undefined;
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
    if (!this.#active) {
      const inserted = await store.insertIfNoActive(await newSigningKey(config.signingAlg, config.secret, clock()));
      if (inserted) logger.info('signing key created', { alg: config.signingAlg });
      await this.reload();
    } else if (this.#active.alg !== config.signingAlg) {
      logger.info('signing algorithm changed; rotating the signing key', { from: this.#active.alg, to: config.signingAlg });
      await this.rotate();
    }
    if (!this.#active) throw new Error('no active signing key after initialisation');
  }

  /** Retires the active key and starts signing with a new one. */
  async rotate(): Promise<{ kid: string; retired: string | null; removedAfter: Date }> {
    const { config, store, clock } = this.#options;
    const now = clock();
    const key = await newSigningKey(config.signingAlg, config.secret, now);
    const removedAfter = new Date(now.getTime() + retentionMs(config));
    const { retired } = await store.rotate(key, now, removedAfter);
    await store.deleteRemoved(now);
    await this.reload();
    return { kid: key.kid, retired, removedAfter };
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
    let active: ActiveKey | undefined;
    for (const stored of rows) {
      const known = this.#published.get(stored.kid);
      const publicKey = known?.publicKey ?? ((await importJWK(stored.publicJwk as JWK, stored.alg)) as CryptoKey);
      published.set(stored.kid, { stored, publicKey });
      if (stored.retiredAt === null) {
        const privateKey =
          this.#active?.kid === stored.kid
            ? this.#active.privateKey
            : ((await importJWK(JSON.parse(decryptPrivateKey(config.secret, stored.kid, stored.privateJwkEncrypted)) as JWK, stored.alg)) as CryptoKey);
        active = { kid: stored.kid, alg: stored.alg, privateKey };
      }
    }
    this.#published = published;
    this.#active = active;
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
    if (!this.#active) throw new Error('KeyRing.init() has not run');
    return this.#active;
  }

  /**
   * The public key for `kid` when it is published and not past its removal time; undefined
   * otherwise (unknown, or retired and removed: its tokens are no longer accepted).
   */
  async verificationKey(kid: string): Promise<{ key: CryptoKey; alg: SigningAlg } | undefined> {
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
