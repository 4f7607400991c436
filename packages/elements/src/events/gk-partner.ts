/**
 * @module
 * `gk-partner-registered` and `gk-partner-deactivated`: changes made in `<gk-partners>`. Both
 * bubble and are composed. (An admin change is announced in the element's live region.)
 */
import type { Partner, PartnerInvitation } from '@grantkit/sdk';

/** A partner was added ("Add partner"); its admin was emailed an invitation. */
export class GkPartnerRegisteredEvent extends CustomEvent<{ readonly partner: Partner; readonly invitation: PartnerInvitation }> {
  constructor(detail: { readonly partner: Partner; readonly invitation: PartnerInvitation }) {
    super('gk-partner-registered', { bubbles: true, composed: true, detail });
  }
}

/** A partner was deactivated (irreversible). Detail: the partner as it is now. */
export class GkPartnerDeactivatedEvent extends CustomEvent<Partner> {
  constructor(detail: Partner) {
    super('gk-partner-deactivated', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'gk-partner-registered': GkPartnerRegisteredEvent;
    'gk-partner-deactivated': GkPartnerDeactivatedEvent;
  }
}
