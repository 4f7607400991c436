/**
 * @module
 * `gk-approved`: the user approved an access request in `<gk-consent>`.
 */

/** What `gk-approved` carries. */
export interface GkApprovedDetail {
  /** The access request that was approved. */
  readonly requestId: string;
  /** The installation the grant covers. */
  readonly installationId: string;
  /** The grant the approval created (or the existing one: approving twice yields one grant). */
  readonly grantId: string;
  /** Where the server sends the user next (the partner's return URL with the outcome). */
  readonly redirectUrl: string;
}

/**
 * Dispatched after the server accepted the approval, before the element follows `redirectUrl`.
 * Cancelable: `preventDefault()` keeps the user on the page (the grant exists regardless).
 */
export class GkApprovedEvent extends CustomEvent<GkApprovedDetail> {
  constructor(detail: GkApprovedDetail) {
    super('gk-approved', { bubbles: true, composed: true, cancelable: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'gk-approved': GkApprovedEvent;
  }
}
