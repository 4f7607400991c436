/**
 * The browser flow: {@link startAccessRequest} leaves for the platform with `state` and a PKCE
 * challenge; {@link completeAccessRequest} checks the return trip and exchanges the code.
 *
 * @module
 */
import { calculatePKCECodeChallenge, generateRandomCodeVerifier, generateRandomState } from 'oauth4webapi'
import { exchangeCode, type GrantkitTokens } from './code-exchange.js'
import { ReturnTripError } from './errors.js'
import { defaultTransactionStore, type TransactionStore } from './transaction-store.js'
import { buildAccessRequestUrl, normalizeLookupKey, type AccessRequestUrlOptions } from './url.js'

/** Storage key of the pending transaction (one per tab; a new start replaces it). */
export const TRANSACTION_KEY = 'grantkit:access-request'

/** What is kept between start and complete. */
export interface AccessRequestTransaction {
  readonly state: string
  readonly code_verifier: string
  readonly issuer: string
  readonly lookup_key: string
  readonly return_url: string
}

/** Options of {@link startAccessRequest}. */
export interface StartAccessRequestOptions extends Omit<AccessRequestUrlOptions, 'state' | 'codeChallenge' | 'returnUrl'> {
  /** Where the platform sends the customer back; registered for the group. */
  readonly returnUrl: string
  /** Defaults to `sessionStorage`. */
  readonly store?: TransactionStore | undefined
  /** `true`: `location.assign(url)`; a function: called with the URL. Default: just return it. */
  readonly navigate?: boolean | ((url: string) => void) | undefined
}

/** Outcome of a completed return trip (a denial is a value, not an error). */
export type AccessRequestResult =
  | {
      readonly status: 'approved'
      readonly installation_id: string
      readonly lookup_key: string
      readonly grant_id: string
      /** Tokens from the code exchange; `null` when the server sent no code. */
      readonly tokens: GrantkitTokens | null
    }
  | { readonly status: 'denied'; readonly lookup_key: string; readonly error: 'access_denied' }

/** Options of {@link completeAccessRequest}. */
export interface CompleteAccessRequestOptions {
  /** The return URL as loaded, with its query (defaults to `location.href`). */
  readonly url?: string | URL | undefined
  /** Defaults to `sessionStorage`. */
  readonly store?: TransactionStore | undefined
  /** Fetch used for discovery and the token request. */
  readonly fetch?: typeof fetch | undefined
}

const trimSlash = (url: string): string => url.replace(/\/+$/, '')

/**
 * Starts an access request: makes `state` and a PKCE verifier (RFC 7636 §4.1), stores them, and
 * returns the access-request URL (or navigates to it).
 *
 * @example
 * ```ts
 * await startAccessRequest({ serverUrl: 'https://portal.example.com', lookupKey: 'TZBV',
 *   returnUrl: 'https://partner.example/return', navigate: true })
 * ```
 * @throws {AccessRequestUrlError} when an option is invalid (nothing is stored).
 */
export async function startAccessRequest(options: StartAccessRequestOptions): Promise<{ url: string; state: string }> {
  const { store = defaultTransactionStore(), navigate, ...urlOptions } = options
  const state = generateRandomState()
  const verifier = generateRandomCodeVerifier()
  const url = buildAccessRequestUrl({ ...urlOptions, state, codeChallenge: await calculatePKCECodeChallenge(verifier) })
  const transaction: AccessRequestTransaction = {
    state,
    code_verifier: verifier,
    issuer: trimSlash(new URL(options.serverUrl).href),
    lookup_key: normalizeLookupKey(options.lookupKey),
    return_url: options.returnUrl,
  }
  await store.set(TRANSACTION_KEY, JSON.stringify(transaction))
  if (navigate === true) location.assign(url)
  else if (typeof navigate === 'function') navigate(url)
  return { url, state }
}

function fail(code: ReturnTripError['code'], message: string): never {
  throw new ReturnTripError(code, message)
}

/**
 * Completes the return trip: checks `state` (RFC 6749 §10.12) against the stored transaction,
 * uses the transaction once, checks `iss` (RFC 9207 §2.4), reports a denial as a value, and
 * exchanges the code for tokens when one came back.
 *
 * @throws {ReturnTripError} `missing_transaction`, `state_mismatch`, `issuer_mismatch`,
 *   `invalid_return_parameters`, `authorization_failed`, `discovery_failed`, `token_exchange_failed`
 */
export async function completeAccessRequest(options: CompleteAccessRequestOptions = {}): Promise<AccessRequestResult> {
  const { store = defaultTransactionStore() } = options
  const params = new URL(options.url ?? location.href).searchParams
  const get = (name: string): string | null => params.get(name)
  if (get('success') === null && get('error') === null) {
    fail('invalid_return_parameters', 'No success or error parameter in the URL.')
  }
  const raw = await store.get(TRANSACTION_KEY)
  let tx: AccessRequestTransaction | undefined
  try {
    tx = raw === null ? undefined : (JSON.parse(raw) as AccessRequestTransaction)
  } catch {
    tx = undefined
  }
  if (!tx?.state) fail('missing_transaction', 'No access request is pending in this tab.')
  // A foreign state leaves the genuine transaction in place for the genuine return.
  if (get('state') !== tx.state) fail('state_mismatch', 'state does not match the pending request.')
  await store.delete(TRANSACTION_KEY)

  const iss = get('iss')
  if (iss === null || trimSlash(iss) !== tx.issuer) {
    fail('issuer_mismatch', `iss ${iss} is not ${tx.issuer}.`)
  }
  const lookupKey = get('lookup_key')
  if (lookupKey !== null && lookupKey.toUpperCase() !== tx.lookup_key) {
    fail('invalid_return_parameters', `lookup_key ${lookupKey} is not ${tx.lookup_key}.`)
  }

  if (get('success') !== 'true') {
    const error = get('error')
    if (error === 'access_denied') return { status: 'denied', lookup_key: tx.lookup_key, error }
    fail('authorization_failed', `Access request failed: ${error} ${get('error_description') ?? ''}`)
  }
  const installationId = get('installation_id')
  const grantId = get('grant_id')
  if (!installationId || !grantId) fail('invalid_return_parameters', 'installation_id or grant_id is missing.')

  const code = get('code')
  if (code === null) return { status: 'approved', installation_id: installationId, lookup_key: tx.lookup_key, grant_id: grantId, tokens: null }

  const tokens = await exchangeCode({
    issuer: iss,
    clientId: tx.lookup_key,
    redirectUri: tx.return_url,
    codeVerifier: tx.code_verifier,
    state: tx.state,
    parameters: params,
    fetch: options.fetch,
  })
  // The token response is authoritative; query parameters alone could be edited in transit.
  if ((tokens.grant_id && tokens.grant_id !== grantId) || (tokens.installation_id && tokens.installation_id !== installationId)) {
    fail('token_exchange_failed', 'The tokens are for another grant or installation.')
  }
  return { status: 'approved', installation_id: installationId, lookup_key: tx.lookup_key, grant_id: grantId, tokens }
}
