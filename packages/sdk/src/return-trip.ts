/**
 * The checks of the return trip that need no network: the pending transaction, `state`
 * (RFC 6749 §10.12), `iss` (RFC 9207 §2.4), the lookup key and the outcome's parameters. Shared
 * by {@link completeAccessRequest}, which then verifies the signed `response` (signed-return.ts)
 * and exchanges the code, and by popup mode, which reports the outcome and leaves verification
 * and exchange to the page (so an element that only opens the popup carries neither the
 * token-exchange nor the JWT code: together they would take `<gk-access-button>` over its budget).
 *
 * A completed return is remembered (one per tab, keyed by its `state`), so that reloading the
 * same return URL gives the same outcome, marked `repeated`, instead of an error, and never
 * exchanges a code twice.
 *
 * @module
 */
import { ReturnTripError } from './errors.js'
import type { TransactionStore } from './transaction-store.js'

/** Storage key of the pending transaction, then of the completed return (one per tab; a new start replaces it). */
export const TRANSACTION_KEY = 'grantkit:access-request'

/** What is kept between start and complete. */
export interface AccessRequestTransaction {
  readonly state: string
  readonly code_verifier: string
  readonly issuer: string
  readonly lookup_key: string
  readonly return_url: string
}

/** `error` of a return trip that shared nothing (grantkit's return contract; RFC 6749 §4.1.2.1 for `access_denied`). */
export type ReturnTripErrorParam = 'access_denied' | 'already_shared' | 'cancelled' | 'expired'

/** Members every outcome that shared nothing carries. */
interface NotShared<S extends string, E extends ReturnTripErrorParam> {
  readonly status: S
  readonly lookup_key: string
  readonly error: E
  /** The server's `error_description`, when it sent one (RFC 6749 §4.1.2.1). */
  readonly error_description?: string
  /** This return URL was completed before in this tab (a reload): same outcome, nothing exchanged. */
  readonly repeated?: true
}

/**
 * The outcome of a checked return trip, before any code exchange: approved, or one of four ways
 * of sharing nothing. `denied`: the customer said no. `already_shared`: the installation was
 * shared with the group before (`installation_id` when one was named). `cancelled`: the customer
 * went back without deciding. `expired`: the link was opened after its request expired; start again.
 */
export type CheckedOutcome =
  | {
      readonly status: 'approved'
      readonly installation_id: string
      readonly lookup_key: string
      readonly grant_id: string
      /** This return URL was completed before in this tab (a reload): same outcome, nothing exchanged. */
      readonly repeated?: true
    }
  | NotShared<'denied', 'access_denied'>
  | (NotShared<'already_shared', 'already_shared'> & { readonly installation_id: string | null })
  | NotShared<'cancelled', 'cancelled'>
  | NotShared<'expired', 'expired'>

/** What identifies a return: its transaction's `state`, issuer and lookup key. */
type ReturnKey = Pick<AccessRequestTransaction, 'state' | 'issuer' | 'lookup_key'>

/** A completed return, as {@link rememberOutcome} keeps it. */
interface RememberedOutcome extends ReturnKey {
  readonly outcome: CheckedOutcome
}

const ERRORS: readonly string[] = ['access_denied', 'already_shared', 'cancelled', 'expired'] satisfies ReturnTripErrorParam[]

export const trimSlash = (url: string): string => url.replace(/\/+$/, '')

function fail(code: ReturnTripError['code'], message: string): never {
  throw new ReturnTripError(code, message)
}

async function read<T>(store: TransactionStore, key: string): Promise<T | null> {
  try {
    // JSON.parse(null) is null: nothing stored.
    return JSON.parse((await store.get(key)) as string) as T | null
  } catch {
    // Unreadable: treated as missing.
    return null
  }
}

/** Reads the outcome from the parameters of a return whose `state` already matched `key`. */
function outcomeOf(params: URLSearchParams, key: ReturnKey): CheckedOutcome {
  const get = (name: string): string | null => params.get(name)
  const iss = get('iss')
  if (iss === null || trimSlash(iss) !== key.issuer) fail('issuer_mismatch', `iss ${iss} is not ${key.issuer}.`)
  const lookupKey = get('lookup_key')
  if (lookupKey !== null && lookupKey.toUpperCase() !== key.lookup_key) {
    fail('invalid_return_parameters', `lookup_key ${lookupKey} is not ${key.lookup_key}.`)
  }
  const installationId = get('installation_id')
  if (get('success') !== 'true') {
    const error = get('error') as ReturnTripErrorParam
    const description = get('error_description')
    if (!ERRORS.includes(error)) fail('authorization_failed', `Access request failed: ${error} ${description ?? ''}`)
    return {
      status: error === 'access_denied' ? 'denied' : error,
      lookup_key: key.lookup_key,
      error,
      ...(error === 'already_shared' && { installation_id: installationId }),
      ...(description !== null && { error_description: description }),
    } as CheckedOutcome
  }
  const grantId = get('grant_id')
  if (!installationId || !grantId) fail('invalid_return_parameters', 'installation_id or grant_id is missing.')
  return { status: 'approved', installation_id: installationId, lookup_key: key.lookup_key, grant_id: grantId }
}

/**
 * Checks a return URL's parameters against the pending transaction. With `consume` (the default) the
 * transaction is used up once `state` matched; popup mode passes `false` and keeps it for an
 * approval, so that `completeAccessRequest({ url })` can still exchange its code. A return
 * remembered by {@link rememberOutcome} (the same `state` and the same outcome) comes back
 * `repeated`, without a transaction.
 *
 * @throws {ReturnTripError} `missing_transaction`, `state_mismatch`, `issuer_mismatch`,
 *   `invalid_return_parameters`, `authorization_failed`
 */
export async function checkReturnTrip(
  params: URLSearchParams,
  store: TransactionStore,
  consume = true,
): Promise<[outcome: CheckedOutcome, transaction: AccessRequestTransaction | null]> {
  const state = params.get('state')
  if (params.get('success') === null && params.get('error') === null) {
    fail('invalid_return_parameters', 'No success or error parameter in the URL.')
  }
  // The pending transaction, or the return completed last in this tab (see rememberOutcome).
  const tx = await read<AccessRequestTransaction & { outcome?: CheckedOutcome }>(store, TRANSACTION_KEY)
  if (!tx?.state) fail('missing_transaction', 'No access request is pending in this tab.')
  // A foreign state leaves the genuine transaction in place for the genuine return.
  if (state !== tx.state) fail('state_mismatch', 'state does not match the pending request.')
  // Used once, whatever follows (RFC 6749 §10.12). Popup mode looks without consuming, and
  // drops the transaction itself unless the outcome is an approval to exchange.
  if (consume && !tx.outcome) await store.delete(TRANSACTION_KEY)
  const outcome = outcomeOf(params, tx)
  if (!tx.outcome) return [outcome, tx]
  // A reload of the completed return; another outcome under the same state is not one.
  if (JSON.stringify(outcome) !== JSON.stringify(tx.outcome)) fail('missing_transaction', 'This access request was completed already.')
  return [{ ...outcome, repeated: true }, null]
}

/**
 * Remembers a completed return in place of its transaction (without the spent PKCE verifier), so
 * that a reload of its URL repeats the outcome. A new start in the tab replaces it.
 */
export async function rememberOutcome(store: TransactionStore, { state, issuer, lookup_key }: ReturnKey, outcome: CheckedOutcome): Promise<void> {
  await store.set(TRANSACTION_KEY, JSON.stringify({ state, issuer, lookup_key, outcome } satisfies RememberedOutcome))
}
