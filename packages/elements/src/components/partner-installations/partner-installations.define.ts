/**
 * @module
 * Registers `<gk-partner-installations>`. Import the class from
 * `partner-installations.component.ts` to use another tag.
 */
import { GkPartnerInstallations } from './partner-installations.component.js';

if (!customElements.get('gk-partner-installations')) customElements.define('gk-partner-installations', GkPartnerInstallations);

export { GkPartnerInstallations };

declare global {
  interface HTMLElementTagNameMap {
    'gk-partner-installations': GkPartnerInstallations;
  }
}
