/**
 * @module
 * Registers `<gk-invite-codes>`. Import the class from `invite-codes.component.ts` to use another tag.
 */
import { GkInviteCodes } from './invite-codes.component.js';

if (!customElements.get('gk-invite-codes')) customElements.define('gk-invite-codes', GkInviteCodes);

export { GkInviteCodes };
// Its events' types, and with them their GlobalEventHandlersEventMap entries: the class's .d.ts
// does not import them (it only constructs them), so without this a program that imports only
// this entry would type `addEventListener('gk-…', e => e.detail)` as a plain Event.
export type { GkCodesCreatedEvent, GkCodeDeactivatedEvent } from '../../events/gk-codes-created.js';

declare global {
  interface HTMLElementTagNameMap {
    'gk-invite-codes': GkInviteCodes;
  }
}
