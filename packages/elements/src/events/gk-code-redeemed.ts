/**
 * @module
 * `gk-code-redeemed`: `<gk-redeem-code>` used a code: the user joined a group or gained roles in it.
 */
import type { RedeemInvitationCodeResponse } from '@grantkit/sdk';

/**
 * Dispatched when a code was used up; detail is the server's answer (`outcome` `joined` or
 * `roles_added`, group, roles, is_admin). Not dispatched for `already_member` (nothing changed).
 */
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
