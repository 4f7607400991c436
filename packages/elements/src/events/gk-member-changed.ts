/**
 * @module
 * `gk-member-updated` and `gk-member-removed`: changes made in `<gk-members>`.
 */
import type { Member } from '@grantkit/sdk';

/** Dispatched after a member's roles were saved; detail is the member as it is now. */
export class GkMemberUpdatedEvent extends CustomEvent<Member> {
  constructor(detail: Member) {
    super('gk-member-updated', { bubbles: true, composed: true, detail });
  }
}

/** Dispatched after a member was removed from the group; detail names the group and the member. */
export class GkMemberRemovedEvent extends CustomEvent<{ readonly group_id: string; readonly member: Member }> {
  constructor(detail: { readonly group_id: string; readonly member: Member }) {
    super('gk-member-removed', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'gk-member-updated': GkMemberUpdatedEvent;
    'gk-member-removed': GkMemberRemovedEvent;
  }
}
