/**
 * @module
 * `gk-cancelled`: the user went back to the partner from `<gk-consent>` without deciding
 * (everything offered was already shared, or the request did not fit).
 */

/** What `gk-cancelled` carries. */
export interface GkCancelledDetail {
  /** The access request that was ended. */
  readonly requestId: string;
  /** Why, as the partner's return URL says it (`error=already_shared` or `error=cancelled`). */
  readonly reason: 'already_shared' | 'cancelled';
  /** Where the server sends the user next (the partner's return URL, or the receipt page). */
  readonly redirectUrl: string;
}

/**
 * Dispatched after the server ended the request, before the element follows `redirectUrl`.
 * Cancelable: `preventDefault()` keeps the user on the page.
 */
export class GkCancelledEvent extends CustomEvent<GkCancelledDetail> {
  constructor(detail: GkCancelledDetail) {
    super('gk-cancelled', { bubbles: true, composed: true, cancelable: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'gk-cancelled': GkCancelledEvent;
  }
}
