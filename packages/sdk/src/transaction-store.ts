/**
 * Where the browser flow keeps `state` and the PKCE verifier between leaving for the platform
 * and coming back. Session storage by default (per tab, gone when the tab closes); pluggable for
 * other runtimes.
 *
 * @module
 */

/** Key/value storage for the pending transaction; methods may be sync or async. */
export interface TransactionStore {
  get(key: string): string | null | Promise<string | null>
  set(key: string, value: string): void | Promise<void>
  delete(key: string): void | Promise<void>
}

/** A store over a Web Storage object (`sessionStorage`, `localStorage`). */
export function webStorageTransactionStore(storage: Storage): TransactionStore {
  return {
    get: (key) => storage.getItem(key),
    set: (key, value) => storage.setItem(key, value),
    delete: (key) => storage.removeItem(key),
  }
}

/** An in-memory store (Node, tests, or apps that keep their own state). */
export function memoryTransactionStore(): TransactionStore {
  const map = new Map<string, string>()
  return {
    get: (key) => map.get(key) ?? null,
    set: (key, value) => void map.set(key, value),
    delete: (key) => void map.delete(key),
  }
}

let fallback: TransactionStore | undefined

/** `sessionStorage` when the runtime has one, otherwise one process-wide memory store. */
export function defaultTransactionStore(): TransactionStore {
  if (typeof sessionStorage !== 'undefined') return webStorageTransactionStore(sessionStorage)
  return (fallback ??= memoryTransactionStore())
}
