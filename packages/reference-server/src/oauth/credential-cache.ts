/**
 * @module oauth/credential-cache
 * Service-account credentials as the token endpoint sees them, cached in memory for a few
 * seconds: with the embedded store a lookup costs more than signing the token, and a machine
 * client asks for tokens in bursts.
 *
 * Why this is safe:
 * - Changes made on this instance (new secret or password, deletion) clear the entry at once
 *   (the store announces them, storage/service-account-store.ts).
 * - Changes made on another instance reach this token endpoint within {@link CREDENTIAL_CACHE_MS}.
 *   A token issued meanwhile is still refused wherever it is used: the account must exist and the
 *   token's `sv` claim must name its current secret (or the previous one during a grace period),
 *   checked against the database by oauth/token-check.ts.
 * - Unknown client ids are not cached, so guessing cannot fill memory.
 */
import type { ServiceAccountCredentials, ServiceAccountStore } from '../domain/model/service-account.js';
import { onServiceAccountChange } from '../storage/service-account-store.js';

export const CREDENTIAL_CACHE_MS = 5_000;
const MAX_ENTRIES = 10_000;

export class CredentialCache {
  readonly #entries = new Map<string, { value: ServiceAccountCredentials; until: number }>();
  readonly #unsubscribe: () => void;

  constructor(
    private readonly store: Pick<ServiceAccountStore, 'findCredentials'>,
    private readonly ttlMs = CREDENTIAL_CACHE_MS,
    private readonly now: () => number = Date.now,
  ) {
    this.#unsubscribe = onServiceAccountChange((clientId) => this.#entries.delete(clientId));
  }

  /** The cached credentials when fresh, without a store round trip or a promise. */
  cached(clientId: string): ServiceAccountCredentials | undefined {
    const hit = this.#entries.get(clientId);
    return hit && hit.until > this.now() ? hit.value : undefined;
  }

  async get(clientId: string): Promise<ServiceAccountCredentials | undefined> {
    const hit = this.cached(clientId);
    if (hit) return hit;
    const value = await this.store.findCredentials(clientId);
    if (!value) {
      this.#entries.delete(clientId);
      return undefined;
    }
    if (this.#entries.size >= MAX_ENTRIES) this.#entries.delete(this.#entries.keys().next().value!);
    this.#entries.set(clientId, { value, until: this.now() + this.ttlMs });
    return value;
  }

  close(): void {
    this.#unsubscribe();
    this.#entries.clear();
  }
}
