/**
 * @module
 * Registers `<gk-partners>`. Import the class from `partners.component.ts` to use another tag.
 */
import { GkPartners } from './partners.component.js';

if (!customElements.get('gk-partners')) customElements.define('gk-partners', GkPartners);

export { GkPartners };
// Its events' types, and with them their GlobalEventHandlersEventMap entries: the class's .d.ts
// does not import them (it only constructs them), so without this a program that imports only
// this entry would type `addEventListener('gk-…', e => e.detail)` as a plain Event.
export type { GkPartnerRegisteredEvent, GkPartnerDeactivatedEvent } from '../../events/gk-partner.js';

declare global {
  interface HTMLElementTagNameMap {
    'gk-partners': GkPartners;
  }
}
