/**
 * @module
 * `gk-invitation-sent`: `<gk-partner-invitations>` emailed an invitation. Bubbles and is composed.
 */
import type { PartnerInvitation } from '@grantkit/sdk';

/** A partner admin invited someone by email; detail is the invitation (the token is only in the email). */
export class GkInvitationSentEvent extends CustomEvent<PartnerInvitation> {
  constructor(detail: PartnerInvitation) {
    super('gk-invitation-sent', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'gk-invitation-sent': GkInvitationSentEvent;
  }
}
