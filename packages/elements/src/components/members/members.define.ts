/**
 * @module
 * Registers `<gk-members>`. Import the class from `members.component.ts` to use another tag.
 */
import { GkMembers } from './members.component.js';

if (!customElements.get('gk-members')) customElements.define('gk-members', GkMembers);

export { GkMembers };
// Its events' types, and with them their GlobalEventHandlersEventMap entries: the class's .d.ts
// does not import them (it only constructs them), so without this a program that imports only
// this entry would type `addEventListener('gk-…', e => e.detail)` as a plain Event.
export type { GkMemberUpdatedEvent, GkMemberRemovedEvent } from '../../events/gk-member-changed.js';

declare global {
  interface HTMLElementTagNameMap {
    'gk-members': GkMembers;
  }
}
