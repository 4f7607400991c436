/**
 * @module
 * `gk-partner-installation-linked` and `gk-partner-installation-unlinked`: an account holder
 * changed which installations a partner may reach, in `<gk-partner-installations>`. Both bubble
 * and are composed (so `<gk-partners>` around the element hears them too).
 */
import type { PartnerGrant } from '@grantkit/sdk';

/** An installation was linked to a partner. Detail: the grant (`group_id` is the partner's id). */
export class GkPartnerInstallationLinkedEvent extends CustomEvent<PartnerGrant> {
  constructor(detail: PartnerGrant) {
    super('gk-partner-installation-linked', { bubbles: true, composed: true, detail });
  }
}

/**
 * An installation was unlinked from a partner (its grant revoked; every member and token lost
 * access at once). Detail: the grant as it was listed.
 */
export class GkPartnerInstallationUnlinkedEvent extends CustomEvent<PartnerGrant> {
  constructor(detail: PartnerGrant) {
    super('gk-partner-installation-unlinked', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'gk-partner-installation-linked': GkPartnerInstallationLinkedEvent;
    'gk-partner-installation-unlinked': GkPartnerInstallationUnlinkedEvent;
  }
}
