/**
 * @module
 * `gk-access-result`: the outcome of an access request started by `<gk-access-button>` in popup
 * mode.
 */
import type { PopupResult } from '@grantkit/sdk';

/**
 * What `gk-access-result` carries: the SDK's popup outcome, discriminated by `status`:
 * - `approved`: `installation_id`, `lookup_key`, `grant_id`, and the return `url`; pass it to
 *   the SDK's `completeAccessRequest({ url })` to exchange its code for tokens (PKCE; the
 *   verifier is kept in this tab for that). The element itself does not exchange it;
 * - `denied`: `lookup_key`, `error: 'access_denied'`;
 * - `cancelled`: the popup was closed before a decision;
 * - `redirected`: the popup was blocked and the page is navigating to `url` instead.
 */
export type GkAccessResultDetail = PopupResult;

/** Dispatched once the popup flow settled. Not cancelable: the decision is already made. */
export class GkAccessResultEvent extends CustomEvent<GkAccessResultDetail> {
  constructor(detail: GkAccessResultDetail) {
    super('gk-access-result', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'gk-access-result': GkAccessResultEvent;
  }
}
