/**
 * @module oauth/last-used
 * "Last used" of service accounts, written off the request path: the token endpoint only notes
 * the time in memory; a timer writes every pending value in one statement. Readers that want the
 * freshest value on this instance (the list endpoint) call `flush()` first.
 */
import type { Logger } from '../logger.js';
import type { ServiceAccountStore } from '../domain/model/service-account.js';

export class LastUsedBatcher {
  #pending = new Map<string, Date>();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: Pick<ServiceAccountStore, 'touchLastUsed'>,
    private readonly logger: Logger,
    private readonly delayMs = 2_000,
  ) {}

  mark(serviceAccountId: string, at: Date): void {
    this.#pending.set(serviceAccountId, at);
    // unref: a pending write never keeps the process alive on its own.
    this.#timer ??= setTimeout(() => void this.flush(), this.delayMs);
    this.#timer.unref?.();
  }

  /** Writes everything pending now; safe to call at any time. */
  flush(): Promise<void> {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = undefined;
    const batch = this.#pending;
    this.#pending = new Map();
    this.#flushing = this.#flushing.then(async () => {
      if (batch.size === 0) return;
      try {
        await this.store.touchLastUsed(batch);
      } catch (error) {
        // Losing a "last used" update is harmless; the database may be closing.
        this.logger.warn('could not record service-account use', { error, count: batch.size });
      }
    });
    return this.#flushing;
  }
}
