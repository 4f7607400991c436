/**
 * @module
 * Registers `<gk-partner-invitations>`. Import the class from `partner-invitations.component.ts`
 * to use another tag.
 */
import { GkPartnerInvitations } from './partner-invitations.component.js';

if (!customElements.get('gk-partner-invitations')) customElements.define('gk-partner-invitations', GkPartnerInvitations);

export { GkPartnerInvitations };
// Its events' types, and with them their GlobalEventHandlersEventMap entries: the class's .d.ts
// does not import them (it only constructs them), so without this a program that imports only
// this entry would type `addEventListener('gk-…', e => e.detail)` as a plain Event.
export type { GkInvitationSentEvent } from '../../events/gk-invitation-sent.js';

declare global {
  interface HTMLElementTagNameMap {
    'gk-partner-invitations': GkPartnerInvitations;
  }
}
