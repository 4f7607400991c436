/**
 * @module
 * `gk-access-revoked`: an owner revoked a grant in `<gk-installation-access>`.
 */

/** What `gk-access-revoked` carries. */
export interface GkAccessRevokedDetail {
  /** The installation the grant covered. */
  readonly installationId: string;
  /** The revoked grant. */
  readonly grantId: string;
  /** Display name of who lost access (a group's name, or a user's). */
  readonly name: string;
  /** The group's lookup key when a group lost access. */
  readonly lookupKey: string | null;
}

/** Dispatched once the server confirmed the revocation and the entry left the list. */
export class GkAccessRevokedEvent extends CustomEvent<GkAccessRevokedDetail> {
  constructor(detail: GkAccessRevokedDetail) {
    super('gk-access-revoked', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'gk-access-revoked': GkAccessRevokedEvent;
  }
}
