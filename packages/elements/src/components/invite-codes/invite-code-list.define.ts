/**
 * @module
 * Registers `<gk-invite-code-list>`. Import the class from `invite-code-list.component.ts` to use another tag.
 */
import { GkInviteCodeList } from './invite-code-list.component.js';

if (!customElements.get('gk-invite-code-list')) customElements.define('gk-invite-code-list', GkInviteCodeList);

export { GkInviteCodeList };
// Its events' types, and with them their GlobalEventHandlersEventMap entries: the class's .d.ts
// does not import them (it only constructs them), so without this a program that imports only
// this entry would type `addEventListener('gk-…', e => e.detail)` as a plain Event.
export type { GkCodeDeactivatedEvent } from '../../events/gk-codes-created.js';

declare global {
  interface HTMLElementTagNameMap {
    'gk-invite-code-list': GkInviteCodeList;
  }
}
