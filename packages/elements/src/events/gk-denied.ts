/**
 * @module
 * `gk-denied`: the user denied an access request in `<gk-consent>`.
 */

/** What `gk-denied` carries. */
export interface GkDeniedDetail {
  /** The access request that was denied. */
  readonly requestId: string;
  /** The installation that was selected when the user denied, if any (nothing was shared). */
  readonly installationId: string | null;
  /** Where the server sends the user next (the partner's return URL with `error=access_denied`). */
  readonly redirectUrl: string;
}

/**
 * Dispatched after the server recorded the denial, before the element follows `redirectUrl`.
 * Cancelable: `preventDefault()` keeps the user on the page.
 */
export class GkDeniedEvent extends CustomEvent<GkDeniedDetail> {
  constructor(detail: GkDeniedDetail) {
    super('gk-denied', { bubbles: true, composed: true, cancelable: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'gk-denied': GkDeniedEvent;
  }
}
