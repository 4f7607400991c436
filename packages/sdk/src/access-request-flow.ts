/**
 * The browser flow: {@link startAccessRequest} leaves for the platform with `state` and a PKCE
 * challenge; {@link completeAccessRequest} checks the return trip and exchanges the code.
 *
 * @module
 */
import { calculatePKCECodeChallenge, generateRandomCodeVerifier, generateRandomState } from 'oauth4webapi'
import { exchangeCode, type GrantkitTokens } from './code-exchange.js'
import { discoverServer } from './discovery.js'
import { verifySignedReturn } from './signed-return.js'
import { ReturnTripError } from './errors.js'
import { checkReturnTrip, rememberOutcome, TRANSACTION_KEY, trimSlash, type AccessRequestTransaction, type CheckedOutcome } from './return-trip.js'
import { defaultTransactionStore, type TransactionStore } from './transaction-store.js'
import { buildAccessRequestUrl, normalizeLookupKey, type AccessRequestUrlOptions } from './url.js'

export { TRANSACTION_KEY, type AccessRequestTransaction, type CheckedOutcome, type ReturnTripErrorParam } from './return-trip.js'

/** Options of {@link startAccessRequest}. */
export interface StartAccessRequestOptions extends Omit<AccessRequestUrlOptions, 'state' | 'codeChallenge' | 'returnUrl'> {
  /** Where the platform sends the customer back; registered for the group. */
  readonly returnUrl: string
  /** Defaults to `sessionStorage`. */
  readonly store?: TransactionStore | undefined
  /** `true`: `location.assign(url)`; a function: called with the URL. Default: just return it. */
  readonly navigate?: boolean | ((url: string) => void) | undefined
}

/**
 * Outcome of a completed return trip: approved (with tokens when a code came back), or one of the
 * four ways of sharing nothing (`denied`, `already_shared`, `cancelled`, `expired`), which are
 * values, not errors. `repeated: true`: this return URL was completed before in this tab (a
 * reload); the outcome is the same and nothing was exchanged (`tokens` is `null`).
 */
export type AccessRequestResult =
  | (Extract<CheckedOutcome, { status: 'approved' }> & {
      /** Tokens from the code exchange; `null` when the server sent no code, or on a repeated return. */
      readonly tokens: GrantkitTokens | null
    })
  | Exclude<CheckedOutcome, { status: 'approved' }>

/** Options of {@link completeAccessRequest}. */
export interface CompleteAccessRequestOptions {
  /** The return URL as loaded, with its query (defaults to `location.href`). */
  readonly url?: string | URL | undefined
  /** Defaults to `sessionStorage`. */
  readonly store?: TransactionStore | undefined
  /** Fetch used for discovery and the token request. */
  readonly fetch?: typeof fetch | undefined
}

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

/**
 * Completes the return trip: checks `state` (RFC 6749 §10.12) against the stored transaction,
 * uses the transaction once, checks `iss` (RFC 9207 §2.4) and the signed `response` (JARM: the
 * server's signature, `aud` = the lookup key, `exp`, and the same outcome as the plain
 * parameters), reports an outcome that shared nothing
 * as a value, and exchanges the code for tokens when one came back. The outcome is remembered, so
 * reloading the same return URL yields it again (`repeated: true`) without a second exchange.
 *
 * @example
 * ```ts
 * const result = await completeAccessRequest()
 * switch (result.status) {
 *   case 'approved': keep(result.tokens); break
 *   case 'expired': showRetry(); break // the link expired before the customer decided
 *   default: showNothingShared(result.status) // denied, already_shared, cancelled
 * }
 * ```
 * @throws {ReturnTripError} `missing_transaction`, `state_mismatch`, `issuer_mismatch`,
 *   `invalid_return_parameters`, `authorization_failed`, `discovery_failed`, `signed_return_missing`,
 *   `signed_return_invalid`, `signed_return_mismatch`, `token_exchange_failed`
 */
export async function completeAccessRequest(options: CompleteAccessRequestOptions = {}): Promise<AccessRequestResult> {
  const { store = defaultTransactionStore() } = options
  const params = new URL(options.url ?? location.href).searchParams
  const [outcome, tx] = await checkReturnTrip(params, store)
  // A repeated return has no transaction: nothing to verify again (its `response` verified the
  // first time and may have expired since; it can only repeat the remembered outcome), nothing
  // to exchange, nothing new to remember.
  if (!tx) return outcome.status === 'approved' ? { ...outcome, tokens: null } : outcome
  const server = await discoverServer(tx.issuer, options.fetch)
  await verifySignedReturn(params, server, tx.lookup_key, tx.state)
  if (outcome.status !== 'approved') {
    await rememberOutcome(store, tx, outcome)
    return outcome
  }
  // No code (the link had no PKCE challenge): nothing to exchange.
  const tokens =
    params.get('code') === null
      ? null
      : await exchangeCode({
          issuer: tx.issuer,
          clientId: tx.lookup_key,
          redirectUri: tx.return_url,
          codeVerifier: tx.code_verifier,
          state: tx.state,
          parameters: params,
          server,
        })
  // The token response is authoritative; query parameters alone could be edited in transit.
  if ((tokens?.grant_id && tokens.grant_id !== outcome.grant_id) || (tokens?.installation_id && tokens.installation_id !== outcome.installation_id)) {
    throw new ReturnTripError('token_exchange_failed', 'The tokens name another grant or installation.')
  }
  await rememberOutcome(store, tx, outcome)
  return { ...outcome, tokens }
}
