/**
 * `createMockServer()`: an in-memory grantkit server behind msw handlers, for integrators' and
 * the elements' tests. Register `handlers` with `setupServer` (`msw/node`) or `setupWorker`
 * (`msw/browser`).
 *
 * @module
 */
import type { HttpHandler } from 'msw'
import { MockDb, type MockAccessRequest } from './db.js'
import { fixtures, type MockSeed } from './fixtures.js'
import { createHandlers } from './handlers.js'

/** Options of {@link createMockServer}. */
export interface MockServerOptions {
  /** The mocked server's public URL, e.g. `https://grantkit.test` or `location.origin`. */
  readonly baseUrl: string
  /** Initial data; defaults to the demo seed described by {@link fixtures}. */
  readonly seed?: MockSeed | undefined
  /** Clock in milliseconds; defaults to `Date.now`. */
  readonly now?: (() => number) | undefined
  /** Lifetime of pending access requests (default 10 minutes). */
  readonly accessRequestTtlMs?: number | undefined
  /** Extra origins allowed to send unsafe requests with the session cookie. */
  readonly trustedOrigins?: readonly string[] | undefined
}

/** What {@link createMockServer} returns. */
export interface MockServer {
  /** msw handlers for every mocked route. */
  readonly handlers: HttpHandler[]
  /** The current database: read or change state directly in tests. */
  readonly db: MockDb
  /** Issuer (`iss`) of the mock: `baseUrl` without a trailing slash. */
  readonly issuer: string
  /** Named seed data (owner, installations, the "Acme Energy" group `TZBV`, …). */
  readonly fixtures: typeof fixtures
  /**
   * `fetch` as a page on the mock's origin calls it: unsafe requests carry that `Origin`, which
   * the mock, like the server, requires of every unsafe request without a bearer token. Node's
   * own fetch sends none; pass this one to clients in Node tests (`createApiClient({ fetch })`).
   */
  readonly fetch: typeof fetch
  /** Starts over from the seed (sessions, grants, requests and tokens are dropped). */
  reset(): void
  /** Acts as this user on requests without credentials (skip the login form in tests); `null` stops. */
  signIn(userId: string | null): void
  /**
   * Does what opening an access-request URL does on the server and returns the stored
   * request, so a test can approve or deny it through the API.
   */
  openAccessRequest(url: string | URL): MockAccessRequest
}

/**
 * Creates an in-memory grantkit server.
 *
 * @example
 * ```ts
 * import { setupServer } from 'msw/node'
 * import { createMockServer } from '@grantkit/sdk/mock'
 * const mock = createMockServer({ baseUrl: 'https://grantkit.test' })
 * const server = setupServer(...mock.handlers)
 * ```
 */
export function createMockServer(options: MockServerOptions): MockServer {
  const make = (): MockDb =>
    new MockDb({ baseUrl: options.baseUrl, seed: options.seed, now: options.now, accessRequestTtlMs: options.accessRequestTtlMs })
  let db = make()
  const handlers = createHandlers(() => db, { baseUrl: options.baseUrl, trustedOrigins: options.trustedOrigins })
  const prefix = `${new URL(db.issuer).pathname.replace(/\/+$/, '')}/access/request/`
  return {
    handlers,
    get db() {
      return db
    },
    issuer: db.issuer,
    fixtures,
    fetch: async (input, init = {}) => {
      const headers = new Headers(init.headers ?? (input instanceof Request ? input.headers : undefined))
      const method = (init.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase()
      if (!headers.has('origin') && method !== 'GET' && method !== 'HEAD') headers.set('origin', new URL(options.baseUrl).origin)
      // The global fetch at call time: msw intercepts it once its server listens.
      return globalThis.fetch(input, { ...init, headers })
    },
    reset() {
      db = make()
    },
    signIn(userId) {
      if (userId !== null && !db.users.has(userId)) throw new Error(`Unknown mock user ${userId}`)
      db.currentUserId = userId
    },
    openAccessRequest(url) {
      const parsed = new URL(url)
      if (parsed.origin !== new URL(db.issuer).origin || !parsed.pathname.startsWith(prefix)) {
        throw new Error(`${parsed.href} is not an access-request URL of ${db.issuer}`)
      }
      return db.createAccessRequest(decodeURIComponent(parsed.pathname.slice(prefix.length)), parsed.searchParams)
    },
  }
}
