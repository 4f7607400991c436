/**
 * @module
 * Registers `<gk-consent>`. Import the class from `consent.component.ts` to use another tag.
 */
import { GkConsent } from './consent.component.js';

if (!customElements.get('gk-consent')) customElements.define('gk-consent', GkConsent);

export { GkConsent };
// Its events' types, and with them their GlobalEventHandlersEventMap entries: the class's .d.ts
// does not import them (it only constructs them), so without this a program that imports only
// this entry would type `addEventListener('gk-…', e => e.detail)` as a plain Event.
export type { GkApprovedEvent, GkApprovedDetail } from '../../events/gk-approved.js';
export type { GkDeniedEvent, GkDeniedDetail } from '../../events/gk-denied.js';

declare global {
  interface HTMLElementTagNameMap {
    'gk-consent': GkConsent;
  }
}
