/**
 * Embedded mode: the platform's consent inside the partner's page, in a modal `<dialog>` holding
 * an `<iframe>` of the access-request page with `display=embedded` (OpenID Connect Core
 * §3.1.2.1). The platform serves that page framable only by the origins the partner registered
 * (CSP frame-ancestors) and holds Approve until the frame has been fully visible for a moment
 * (IntersectionObserver v2); the outcome comes back by `postMessage` from the frame's window and
 * the platform's origin only, and is checked like a redirect return (`state`, `iss`, parameters).
 *
 * Falls back to {@link openAccessRequestPopup} (and so to a redirect when popups are blocked)
 * when the browser cannot prove visibility (no IntersectionObserver v2), when the frame does not
 * load (this origin is not registered: the browser refuses to frame the page), when it is too
 * small, or when it cannot keep even a partitioned cookie (a login there could not last). Call it from a click handler, as for the popup.
 *
 * @module
 */
import { readFrameMessage, type FrameMessage } from './embedded-messages.js'
import { startAccessRequest } from './access-request-flow.js'
import { openAccessRequestPopup, type PopupOptions, type PopupResult } from './popup.js'
import { checkReturnTrip, TRANSACTION_KEY } from './return-trip.js'
import { defaultTransactionStore } from './transaction-store.js'

/** Why the embedded flow gave way to the popup. */
export type EmbeddedFallbackReason = 'unsupported' | 'not_framable' | 'too_small' | 'no_storage'

/** Options of {@link openAccessRequestEmbedded}: the popup's (used for the fallback) and the dialog's. */
export interface EmbeddedOptions extends PopupOptions {
  /** The dialog's accessible name (default "Access request"). */
  readonly title?: string | undefined
  /** The close button's label (default "Close"). */
  readonly closeLabel?: string | undefined
  /** How long the frame may take to say it loaded after its `load` event (default 1500 ms). */
  readonly readyTimeoutMs?: number | undefined
  /** Told when the embedded flow gives way to the popup, and why. */
  readonly onFallback?: ((reason: EmbeddedFallbackReason) => void) | undefined
}

/** Whether this browser has IntersectionObserver v2, which the frame needs to hold Approve honestly. */
export const canEmbedConsent = (): boolean =>
  typeof IntersectionObserverEntry !== 'undefined' && 'isVisible' in IntersectionObserverEntry.prototype

/** A phone: the dialog takes the whole screen. */
const PHONE_WIDTH = 600

function buildDialog(title: string, closeLabel: string): { dialog: HTMLDialogElement; frame: HTMLIFrameElement; close: HTMLButtonElement } {
  const dialog = document.createElement('dialog')
  dialog.setAttribute('aria-label', title)
  const phone = window.innerWidth < PHONE_WIDTH
  // CSSOM, not a style attribute or <style>: a partner page's CSP may forbid inline styles.
  Object.assign(dialog.style, {
    padding: phone ? '0' : '0 0 12px',
    border: '0',
    borderRadius: phone ? '0' : '12px',
    width: phone ? '100vw' : 'min(480px, 100vw - 32px)',
    height: phone ? '100dvh' : 'min(760px, 100dvh - 32px)',
    maxWidth: '100vw',
    maxHeight: '100dvh',
    margin: phone ? '0' : 'auto',
    overflow: 'hidden',
    background: '#fff',
  })
  // The close button sits in its own bar above the frame, never over it: anything drawn over
  // the frame would (rightly) make the frame's guard hold Approve.
  const bar = document.createElement('div')
  Object.assign(bar.style, { display: 'flex', justifyContent: 'flex-end', height: '44px' })
  const close = document.createElement('button')
  close.type = 'button'
  close.textContent = '×'
  close.setAttribute('aria-label', closeLabel)
  Object.assign(close.style, { width: '44px', height: '44px', font: '28px/1 system-ui, sans-serif', border: '0', background: 'transparent', color: 'inherit', cursor: 'pointer' })
  bar.append(close)
  const frame = document.createElement('iframe')
  frame.title = title
  Object.assign(frame.style, { display: 'block', width: '100%', height: 'calc(100% - 44px)', border: '0' })
  dialog.append(bar, frame)
  return { dialog, frame, close }
}

/**
 * Opens the access request embedded in a modal dialog and resolves with its outcome, the same
 * {@link PopupResult} as popup mode (an approval carries `url`: pass it to
 * `completeAccessRequest({ url })`). Escape and the close button cancel; focus returns to where
 * it was; the page behind does not scroll while the dialog is open.
 *
 * @example
 * ```ts
 * button.onclick = async () => {
 *   const result = await openAccessRequestEmbedded({ serverUrl, lookupKey: 'TZBV', returnUrl: `${location.origin}/grantkit-return` })
 *   if (result.status === 'approved') use((await completeAccessRequest({ url: result.url })).tokens)
 * }
 * ```
 */
export async function openAccessRequestEmbedded(options: EmbeddedOptions): Promise<PopupResult> {
  const { title = 'Access request', closeLabel = 'Close', readyTimeoutMs = 1500, onFallback, signal, ...popupOptions } = options
  const fallBack = (reason: EmbeddedFallbackReason): Promise<PopupResult> => {
    onFallback?.(reason)
    return openAccessRequestPopup({ ...popupOptions, signal })
  }
  // Decided inside the click, before anything asynchronous: the popup needs the user's gesture.
  if (!canEmbedConsent()) return fallBack('unsupported')

  const store = popupOptions.store ?? defaultTransactionStore()
  // `navigate` is the popup's redirect fallback; the frame's start must not leave this page.
  const { navigate: _leave, features: _features, fallback: _fallback, detectClose: _detect, closeGraceMs: _grace, channel: _channel, ...start } = popupOptions
  const { url, state } = await startAccessRequest({ ...start, store, display: 'embedded' })
  const serverOrigin = new URL(url).origin
  const { dialog, frame, close } = buildDialog(title, closeLabel)
  const root = document.documentElement
  const overflow = root.style.overflow
  document.body.append(dialog)
  frame.src = url
  dialog.showModal()
  root.style.overflow = 'hidden'

  return new Promise<PopupResult>((resolve, reject) => {
    let ready = false
    let settled = false
    let readyTimer: ReturnType<typeof setTimeout> | undefined
    const finish = (): void => {
      settled = true
      clearTimeout(readyTimer)
      window.removeEventListener('message', onMessage)
      signal?.removeEventListener('abort', onCancel)
      root.style.overflow = overflow
      if (dialog.open) dialog.close()
      dialog.remove()
    }
    // Only drop the transaction if it is still ours (another start in this tab replaces it).
    const dropTransaction = async (): Promise<void> => {
      const raw = await store.get(TRANSACTION_KEY)
      if (raw && (JSON.parse(raw) as { state: string }).state === state) await store.delete(TRANSACTION_KEY)
    }
    const settleWith = (result: Promise<PopupResult>): void => {
      result.then(resolve, reject)
    }
    function onCancel(): void {
      if (settled) return
      finish()
      settleWith(dropTransaction().then(() => ({ status: 'cancelled' }) as const))
    }
    const giveWay = (reason: EmbeddedFallbackReason): void => {
      if (settled) return
      finish()
      settleWith(dropTransaction().then(() => fallBack(reason)))
    }
    const accept = (message: Extract<FrameMessage, { grantkit: 'result' }>): void => {
      if (settled || message.params.state !== state) return
      finish()
      const returnUrl = new URL(popupOptions.returnUrl)
      for (const [name, value] of Object.entries(message.params)) returnUrl.searchParams.set(name, value)
      settleWith(
        checkReturnTrip(returnUrl.searchParams, store, false).then(async ([outcome]) => {
          if (outcome.status === 'approved') return { ...outcome, url: returnUrl.href }
          await dropTransaction()
          return outcome
        }),
      )
    }
    // Only our frame, only the platform (HTML §9.3.3: check origin and source).
    function onMessage(event: MessageEvent): void {
      if (event.origin !== serverOrigin || event.source !== frame.contentWindow) return
      const message = readFrameMessage(event.data)
      if (!message) return
      if (message.grantkit === 'result') return accept(message)
      if (message.state === 'ready') {
        ready = true
        clearTimeout(readyTimer)
      } else giveWay(message.state)
    }
    window.addEventListener('message', onMessage)
    // A page the browser refuses to frame (this origin is not registered) still fires `load`,
    // with an error page that never says it is ready.
    frame.addEventListener('load', () => {
      if (!ready && !settled && readyTimer === undefined) readyTimer = setTimeout(() => ready || giveWay('not_framable'), readyTimeoutMs)
    })
    dialog.addEventListener('cancel', (event) => {
      event.preventDefault()
      onCancel()
    })
    close.addEventListener('click', onCancel)
    signal?.addEventListener('abort', onCancel)
    if (signal?.aborted) onCancel()
  })
}
