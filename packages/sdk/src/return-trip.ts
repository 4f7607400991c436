/**
 * The checks of the return trip that need no network: the pending transaction, `state`
 * (RFC 6749 §10.12), `iss` (RFC 9207 §2.4), the lookup key and the outcome's parameters. Shared
 * by {@link completeAccessRequest}, which then exchanges the code, and by popup mode, which
 * reports the outcome and leaves the exchange to the page (so an element that only opens the
 * popup never carries the token-exchange code).
 *
 * @module
 */
import { ReturnTripError } from './errors.js'
import type { TransactionStore } from './transaction-store.js'

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

/** The outcome of a checked return trip, before any code exchange. */
export type CheckedOutcome =
  | { readonly status: 'approved'; readonly installation_id: string; readonly lookup_key: string; readonly grant_id: string }
  | { readonly status: 'denied'; readonly lookup_key: string; readonly error: 'access_denied' }

export const trimSlash = (url: string): string => url.replace(/\/+$/, '')

function fail(code: ReturnTripError['code'], message: string): never {
  throw new ReturnTripError(code, message)
}

/**
 * Checks a return URL's parameters against the pending transaction. With `consume` (the default) the
 * transaction is used up once `state` matched; popup mode passes `false` and keeps it for an
 * approval, so that `completeAccessRequest({ url })` can still exchange its code.
 *
 * @throws {ReturnTripError} `missing_transaction`, `state_mismatch`, `issuer_mismatch`,
 *   `invalid_return_parameters`, `authorization_failed`
 */
export async function checkReturnTrip(
  params: URLSearchParams,
  store: TransactionStore,
  consume = true,
): Promise<[outcome: CheckedOutcome, transaction: AccessRequestTransaction]> {
  const get = (name: string): string | null => params.get(name)
  if (get('success') === null && get('error') === null) {
    fail('invalid_return_parameters', 'No success or error parameter in the URL.')
  }
  const raw = await store.get(TRANSACTION_KEY)
  let tx: AccessRequestTransaction | null = null
  try {
    // JSON.parse(null) is null: no transaction.
    tx = JSON.parse(raw as string) as AccessRequestTransaction | null
  } catch {
    // Unreadable: treated as missing.
  }
  if (!tx?.state) fail('missing_transaction', 'No access request is pending in this tab.')
  // A foreign state leaves the genuine transaction in place for the genuine return.
  if (get('state') !== tx.state) fail('state_mismatch', 'state does not match the pending request.')
  // Used once, whatever follows (RFC 6749 §10.12). Popup mode looks without consuming, and
  // drops the transaction itself unless the outcome is an approval to exchange.
  if (consume) await store.delete(TRANSACTION_KEY)

  const iss = get('iss')
  if (iss === null || trimSlash(iss) !== tx.issuer) fail('issuer_mismatch', `iss ${iss} is not ${tx.issuer}.`)
  const lookupKey = get('lookup_key')
  if (lookupKey !== null && lookupKey.toUpperCase() !== tx.lookup_key) {
    fail('invalid_return_parameters', `lookup_key ${lookupKey} is not ${tx.lookup_key}.`)
  }
  if (get('success') !== 'true') {
    const error = get('error')
    if (error === 'access_denied') return [{ status: 'denied', lookup_key: tx.lookup_key, error }, tx]
    fail('authorization_failed', `Access request failed: ${error} ${get('error_description') ?? ''}`)
  }
  const installationId = get('installation_id')
  const grantId = get('grant_id')
  if (!installationId || !grantId) fail('invalid_return_parameters', 'installation_id or grant_id is missing.')
  return [{ status: 'approved', installation_id: installationId, lookup_key: tx.lookup_key, grant_id: grantId }, tx]
}
