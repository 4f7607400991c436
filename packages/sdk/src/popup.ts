/**
 * Popup mode: run the access request in a popup and resolve with its outcome.
 *
 * The return page (on the partner's return origin) calls {@link deliverPopupResult}, which posts
 * the return URL to the opener with `postMessage` restricted to the opener's exact origin, and
 * also on a `BroadcastChannel` of the return origin, so the outcome still arrives when a
 * Cross-Origin-Opener-Policy has cut `window.opener`. The opener checks the message's origin and
 * source, then the return trip (`state`, `iss`, parameters) and reports the outcome. An approval
 * keeps the transaction: the page verifies the signed `response` and exchanges the code with
 * `completeAccessRequest({ url })`, as a redirect-mode return page does, so the PKCE verifier
 * never leaves the opener and code that only opens the popup (such as `<gk-access-button>`)
 * carries neither the token exchange nor JWT verification (about 5.4 KB together).
 *
 * @module
 */
import { startAccessRequest, type StartAccessRequestOptions } from './access-request-flow.js'
import { checkReturnTrip, TRANSACTION_KEY, type CheckedOutcome } from './return-trip.js'
import { defaultTransactionStore } from './transaction-store.js'

/** `type` of the message the return page sends. */
export const POPUP_MESSAGE_TYPE = 'grantkit:access-request-return'
/** Default BroadcastChannel name on the return origin. */
export const POPUP_CHANNEL = 'grantkit:access-request'
const MARKER = 'grantkit:popup:'

/**
 * Outcome of {@link openAccessRequestPopup}. `approved` carries the return `url`: pass it to
 * `completeAccessRequest({ url })`, which verifies the server's signature on it and exchanges its
 * code for tokens (the transaction is kept for that); until then it is the return's own word. `denied`, `already_shared`, `cancelled` (with `error`: the customer went back from the
 * consent page) and `expired` are the return trip's outcomes that shared nothing; `cancelled`
 * without `error`: the popup was closed (or aborted) before any return. `redirected`: the popup
 * was blocked and this tab is leaving for `url` instead.
 */
export type PopupResult =
  | (Extract<CheckedOutcome, { status: 'approved' }> & { readonly url: string })
  | Exclude<CheckedOutcome, { status: 'approved' }>
  | { readonly status: 'cancelled'; readonly error?: undefined }
  | { readonly status: 'redirected'; readonly url: string }

/** Options of {@link openAccessRequestPopup}. */
export interface PopupOptions extends Omit<StartAccessRequestOptions, 'navigate'> {
  /** `window.open` features (default a 520×720 popup). */
  readonly features?: string | undefined
  /** When the popup is blocked: `'redirect'` (default) continues in this tab; `'cancel'` resolves cancelled. */
  readonly fallback?: 'redirect' | 'cancel' | undefined
  /** Used for the redirect fallback (default `location.assign`). */
  readonly navigate?: ((url: string) => void) | undefined
  /**
   * Resolve `cancelled` when the popup is closed (default true). A popup whose opener link was cut
   * by COOP looks closed at once; pass `false` there and rely on the BroadcastChannel and `signal`.
   */
  readonly detectClose?: boolean | undefined
  /** How long to wait for a late message after the popup closed (default 1000 ms). */
  readonly closeGraceMs?: number | undefined
  /** Aborting closes the popup and resolves `cancelled`. */
  readonly signal?: AbortSignal | undefined
  /** BroadcastChannel name (must match the return page's). */
  readonly channel?: string | undefined
}

interface ReturnMessage {
  readonly type: typeof POPUP_MESSAGE_TYPE
  readonly url: string
}

const isReturnMessage = (data: unknown): data is ReturnMessage =>
  typeof data === 'object' && data !== null && (data as ReturnMessage).type === POPUP_MESSAGE_TYPE && typeof (data as ReturnMessage).url === 'string'

const stateOf = (url: string): string | null => {
  try {
    return new URL(url).searchParams.get('state')
  } catch {
    return null
  }
}

/**
 * Opens the access request in a popup. Call it from a click handler: the popup is opened before
 * anything asynchronous so that popup blockers allow it.
 *
 * @example
 * ```ts
 * button.onclick = async () => {
 *   const result = await openAccessRequestPopup({ serverUrl, lookupKey: 'TZBV', returnUrl: `${location.origin}/grantkit-return` })
 *   if (result.status === 'approved') use((await completeAccessRequest({ url: result.url })).tokens)
 * }
 * ```
 */
export async function openAccessRequestPopup(options: PopupOptions): Promise<PopupResult> {
  const { features = 'popup,width=520,height=720', fallback = 'redirect', navigate, detectClose = true, closeGraceMs = 1000, signal, channel = POPUP_CHANNEL, ...start } = options
  const store = start.store ?? defaultTransactionStore()
  const popup = window.open('about:blank', '_blank', features)
  if (!popup) {
    if (fallback === 'cancel') return { status: 'cancelled' }
    const { url } = await startAccessRequest({ ...start, store, navigate: navigate ?? ((u) => location.assign(u)) })
    return { status: 'redirected', url }
  }
  let started: { url: string; state: string }
  try {
    started = await startAccessRequest({ ...start, store })
  } catch (error) {
    popup.close()
    throw error
  }
  const { url, state } = started
  const returnOrigin = new URL(start.returnUrl).origin
  const marker = MARKER + state
  try {
    localStorage.setItem(marker, String(Date.now()))
  } catch {
    // Storage may be disabled; postMessage still works while the opener link holds.
  }
  popup.location.href = url

  return new Promise<PopupResult>((resolve, reject) => {
    const broadcast = typeof BroadcastChannel === 'function' ? new BroadcastChannel(channel) : null
    let poll: ReturnType<typeof setInterval> | undefined
    let grace: ReturnType<typeof setTimeout> | undefined
    let settled = false

    const cleanup = (): void => {
      settled = true
      window.removeEventListener('message', onMessage)
      broadcast?.close()
      clearInterval(poll)
      clearTimeout(grace)
      signal?.removeEventListener('abort', onAbort)
      try {
        localStorage.removeItem(marker)
      } catch {
        // ignore
      }
    }
    // Only drop the transaction if it is still ours (another start in this tab replaces it).
    const dropTransaction = async (): Promise<void> => {
      const raw = await store.get(TRANSACTION_KEY)
      if (raw && (JSON.parse(raw) as { state: string }).state === state) await store.delete(TRANSACTION_KEY)
    }
    const cancel = async (): Promise<void> => {
      if (settled) return
      cleanup()
      if (!popup.closed) popup.close()
      await dropTransaction()
      resolve({ status: 'cancelled' })
    }
    const accept = (message: ReturnMessage): void => {
      if (settled || stateOf(message.url) !== state) return
      cleanup()
      if (!popup.closed) popup.close()
      checkReturnTrip(new URL(message.url).searchParams, store, false).then(
        async ([outcome]) => {
          if (outcome.status === 'approved') return resolve({ ...outcome, url: message.url })
          await dropTransaction()
          resolve(outcome)
        },
        async (error: unknown) => {
          await dropTransaction()
          reject(error)
        },
      )
    }
    // RFC 9700 §4.16-style origin check: only the return origin and only our popup.
    function onMessage(event: MessageEvent): void {
      if (event.origin !== returnOrigin || event.source !== popup || !isReturnMessage(event.data)) return
      accept(event.data)
    }
    function onAbort(): void {
      void cancel()
    }

    window.addEventListener('message', onMessage)
    if (broadcast) broadcast.onmessage = (event) => isReturnMessage(event.data) && accept(event.data)
    signal?.addEventListener('abort', onAbort)
    if (signal?.aborted) onAbort()
    if (detectClose) {
      poll = setInterval(() => {
        if (popup.closed && grace === undefined) grace = setTimeout(() => void cancel(), closeGraceMs)
      }, 250)
    }
  })
}

/** Options of {@link deliverPopupResult}. */
export interface DeliverPopupResultOptions {
  /** The opener's origin (default: this page's origin). Messages go to this exact origin only. */
  readonly openerOrigin?: string | undefined
  /** BroadcastChannel name (default {@link POPUP_CHANNEL}). */
  readonly channel?: string | undefined
  /** Close this window after delivering (default true). */
  readonly close?: boolean | undefined
  /** The return URL (default `location.href`). */
  readonly url?: string | undefined
}

/**
 * Call on the return page. When the page is the popup of {@link openAccessRequestPopup}, sends the
 * outcome to the opener (postMessage to its exact origin, and the BroadcastChannel), closes the
 * window and returns `true`; otherwise returns `false` and the page should call
 * `completeAccessRequest()` itself (redirect mode).
 */
export function deliverPopupResult(options: DeliverPopupResultOptions = {}): boolean {
  const { openerOrigin = location.origin, channel = POPUP_CHANNEL, close = true, url = location.href } = options
  const state = stateOf(url)
  const params = new URL(url).searchParams
  if (params.get('success') === null && params.get('error') === null) return false
  const opener = window.opener as Window | null
  let marked = false
  try {
    marked = state !== null && localStorage.getItem(MARKER + state) !== null
  } catch {
    marked = false
  }
  if ((!opener || opener === window) && !marked) return false
  const message: ReturnMessage = { type: POPUP_MESSAGE_TYPE, url }
  try {
    opener?.postMessage(message, openerOrigin)
  } catch {
    // A cut or cross-origin opener: the BroadcastChannel carries the outcome.
  }
  if (typeof BroadcastChannel === 'function') {
    const broadcast = new BroadcastChannel(channel)
    broadcast.postMessage(message)
    broadcast.close()
  }
  if (close) window.close()
  return true
}
