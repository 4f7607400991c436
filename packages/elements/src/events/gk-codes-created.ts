/**
 * @module
 * `gk-codes-created` and `gk-code-deactivated`: changes made in `<gk-invite-codes>`.
 */
import type { CreatedInvitationCodes, InvitationCode } from '@grantkit/sdk';

/** Dispatched after a batch of codes was created; detail is the batch (codes, group, validity, copy text). */
export class GkCodesCreatedEvent extends CustomEvent<CreatedInvitationCodes> {
  constructor(detail: CreatedInvitationCodes) {
    super('gk-codes-created', { bubbles: true, composed: true, detail });
  }
}

/** Dispatched after a code was deactivated; detail is the code as it is now. */
export class GkCodeDeactivatedEvent extends CustomEvent<InvitationCode> {
  constructor(detail: InvitationCode) {
    super('gk-code-deactivated', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'gk-codes-created': GkCodesCreatedEvent;
    'gk-code-deactivated': GkCodeDeactivatedEvent;
  }
}
