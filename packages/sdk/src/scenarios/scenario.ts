/**
 * The contract as behaviour: scenarios of client calls with the outcome each must have (a
 * success of a given shape, or a problem with a given status, code, field errors and members).
 * The same list runs against the msw mock (`contract.test.ts` here) and the real reference
 * server (`reference-server/src/http/contract/scenarios.test.ts`), so the mock cannot drift from
 * the server again. When the two disagree, the mock is fixed, not the scenario.
 *
 * No test framework in here: {@link runScenario} throws an `Error` naming the step that failed.
 *
 * @module
 */
import { createApiClient, type ApiClient } from '../client.js'
import { ApiError, type ApiErrorCode } from '../errors.js'
import { startAccessRequest } from '../access-request-flow.js'
import { memoryTransactionStore } from '../transaction-store.js'

/** An account of the world the scenarios run in. */
export interface ScenarioUser {
  readonly email: string
  readonly password: string
}

/** What a scenario may refer to: the server's demo seed or the mock's fixtures. */
export interface ScenarioWorld {
  /** Owns the installation `home`. */
  readonly owner: ScenarioUser
  /** Administrator of the partner group `acme`. */
  readonly acmeAdmin: ScenarioUser
  /** Account holder of `organisation` (registers partners). */
  readonly holder: ScenarioUser
  readonly home: { readonly id: string }
  readonly acme: { readonly id: string; readonly lookupKey: string; readonly returnUrl: string }
  readonly organisation: { readonly id: string }
}

/** Who calls: a browser on the platform's origin logged in as one of the world's users, or nobody. */
export type Actor = Exclude<keyof ScenarioWorld, 'home' | 'acme' | 'organisation'> | null

/** Values a step saves for the next ones (ids, request ids). */
export type ScenarioState = Record<string, string>

/** What a step must get back. */
export type Outcome =
  | {
      /** Success. */
      readonly ok: true
      /** Members the answer must have (for `{ items }`, every item must have them). */
      readonly keys?: readonly string[]
      /** Values the answer must have (deep, partial). */
      readonly match?: Readonly<Record<string, unknown>>
    }
  | {
      readonly ok?: undefined
      readonly status: number
      readonly code: ApiErrorCode
      /** The `field`s of the `errors` of a `validation_failed` problem, in order. */
      readonly fields?: readonly string[]
      /** Extension members of the problem (RFC 9457 §3.2), deep, partial. */
      readonly members?: Readonly<Record<string, unknown>>
    }

/** One client call of a scenario. */
export interface Step {
  /** Says the call, e.g. `updateInstallationSettings(home, { max_current_a: 99 })`. */
  readonly call: string
  readonly run: (browser: Browser, state: ScenarioState) => Promise<unknown>
  readonly expect: Outcome
  /** Keeps values of a successful answer for the next steps. */
  readonly save?: (value: unknown, state: ScenarioState) => void
}

/** A named sequence of calls by one actor. */
export interface Scenario {
  readonly name: string
  readonly as: Actor
  /**
   * The Origin the browser sends on unsafe requests after logging in: the platform's own by
   * default, `null` for none (a request that is not from a page: the server refuses it), or
   * another site's.
   */
  readonly origin?: string | null
  readonly steps: readonly Step[]
}

/** Where the scenarios run: the mock or a real server. */
export interface ScenarioContext {
  readonly baseUrl: string
  readonly world: ScenarioWorld
  /** Fetch that reaches the server (the global one; msw intercepts it for the mock). */
  readonly fetch?: typeof fetch
}

/** The actor's browser a step calls through. */
export interface Browser {
  readonly api: ApiClient
  /** The browser's fetch (its cookie jar, its Origin). */
  readonly fetch: typeof fetch
  readonly world: ScenarioWorld
  /** Opens an access-request link of `acme` and returns the request id from the consent form. */
  openAccessRequest(): Promise<string>
}

/** A fetch with one cookie jar that sends `origin()` on unsafe methods, as a browser page does. */
export function browserFetch(origin: () => string | null, base: typeof fetch = fetch): typeof fetch {
  const jar = new Map<string, string>()
  return async (input, init = {}) => {
    const headers = new Headers(init.headers)
    if (jar.size) headers.set('cookie', [...jar].map(([k, v]) => `${k}=${v}`).join('; '))
    const method = (init.method ?? 'GET').toUpperCase()
    const sent = origin()
    if (method !== 'GET' && method !== 'HEAD' && sent !== null) headers.set('origin', sent)
    const response = await base(input, { ...init, headers, redirect: 'manual' })
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';')
      const [name = '', ...value] = pair.split('=')
      if (attributes.some((a) => /max-age=0/i.test(a)) || value.join('=') === '') jar.delete(name.trim())
      else jar.set(name.trim(), value.join('='))
    }
    return response
  }
}

async function openAccessRequest(context: ScenarioContext, fetch: typeof globalThis.fetch): Promise<string> {
  const { url } = await startAccessRequest({
    serverUrl: context.baseUrl,
    lookupKey: context.world.acme.lookupKey,
    returnUrl: context.world.acme.returnUrl,
    store: memoryTransactionStore(),
  })
  const page = await fetch(url)
  const id = /action="[^"]*\/access\/request\/([^/"]+)\/decision"/.exec(await page.text())?.[1]
  if (page.status !== 200 || !id) throw new Error(`The consent page answered ${page.status} without a decision form`)
  return id
}

/** True when `actual` has every value of `expected` (objects and arrays compared deeply, partially). */
function contains(actual: unknown, expected: unknown): boolean {
  if (expected === null || typeof expected !== 'object') return Object.is(actual, expected)
  if (actual === null || typeof actual !== 'object') return false
  if (Array.isArray(expected)) return Array.isArray(actual) && expected.length === actual.length && expected.every((e, i) => contains(actual[i], e))
  return Object.entries(expected).every(([k, v]) => contains((actual as Record<string, unknown>)[k], v))
}

function check(step: Step, value: unknown, error: unknown): void {
  const fail = (what: string): never => {
    const got = error instanceof ApiError ? `${error.status} ${error.code}: ${error.message}` : error ? String(error) : JSON.stringify(value)
    throw new Error(`${step.call}: ${what}; got ${got}`, { cause: error })
  }
  const outcome = step.expect
  if (outcome.ok) {
    if (error) fail('expected success')
    const targets = value && typeof value === 'object' && Array.isArray((value as { items?: unknown }).items) ? (value as { items: unknown[] }).items : [value]
    for (const key of outcome.keys ?? []) {
      if (!targets.every((t) => t !== null && typeof t === 'object' && key in t)) fail(`expected member "${key}"`)
    }
    if (outcome.match && !contains(value, outcome.match)) fail(`expected ${JSON.stringify(outcome.match)}`)
    return
  }
  if (!(error instanceof ApiError)) fail(`expected ${outcome.status} ${outcome.code}`)
  const problem = error as ApiError
  if (problem.status !== outcome.status || problem.code !== outcome.code) fail(`expected ${outcome.status} ${outcome.code}`)
  if (outcome.fields && !contains(problem.errors.map((e) => e.field), outcome.fields)) {
    fail(`expected field errors ${outcome.fields.join(', ')} (got ${problem.errors.map((e) => e.field).join(', ')})`)
  }
  if (outcome.members && !contains(problem.cause, outcome.members)) fail(`expected members ${JSON.stringify(outcome.members)}`)
}

/** Runs the steps of one scenario in a fresh browser; throws on the first step whose outcome differs. */
export async function runScenario(scenario: Scenario, context: ScenarioContext): Promise<void> {
  const platform = new URL(context.baseUrl).origin
  let origin: string | null = platform
  const fetch = browserFetch(() => origin, context.fetch)
  const api = createApiClient({ baseUrl: context.baseUrl, fetch })
  if (scenario.as) await api.login(context.world[scenario.as])
  if (scenario.origin !== undefined) origin = scenario.origin
  const browser: Browser = { api, fetch, world: context.world, openAccessRequest: () => openAccessRequest(context, fetch) }
  const state: ScenarioState = {}
  for (const step of scenario.steps) {
    let value: unknown
    let error: unknown
    try {
      value = await step.run(browser, state)
    } catch (e) {
      error = e
    }
    check(step, value, error)
    if (!error) step.save?.(value, state)
  }
}
