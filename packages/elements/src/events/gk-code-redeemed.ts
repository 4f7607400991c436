/**
 * @module
 * `gk-code-redeemed`: `<gk-redeem-code>` joined the user to a group.
 */
import type { RedeemInvitationCodeResponse } from '@grantkit/sdk';

/** Dispatched after a successful redemption; detail is the server's answer (group, roles, is_admin). */
export class GkCodeRedeemedEvent extends CustomEvent<RedeemInvitationCodeResponse> {
  constructor(detail: RedeemInvitationCodeResponse) {
    super('gk-code-redeemed', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'gk-code-redeemed': GkCodeRedeemedEvent;
  }
}
