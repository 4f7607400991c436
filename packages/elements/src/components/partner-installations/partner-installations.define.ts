/**
 * @module
 * Registers `<gk-partner-installations>`. Import the class from
 * `partner-installations.component.ts` to use another tag.
 */
import { GkPartnerInstallations } from './partner-installations.component.js';

if (!customElements.get('gk-partner-installations')) customElements.define('gk-partner-installations', GkPartnerInstallations);

export { GkPartnerInstallations };
// Its events' types, and with them their GlobalEventHandlersEventMap entries: the class's .d.ts
// does not import them (it only constructs them), so without this a program that imports only
// this entry would type `addEventListener('gk-…', e => e.detail)` as a plain Event.
export type { GkPartnerInstallationLinkedEvent, GkPartnerInstallationUnlinkedEvent } from '../../events/gk-partner-installation.js';

declare global {
  interface HTMLElementTagNameMap {
    'gk-partner-installations': GkPartnerInstallations;
  }
}
