/**
 * @module
 * Registers `<gk-consent>`. Import the class from `consent.component.ts` to use another tag.
 */
import { GkConsent } from './consent.component.js';

if (!customElements.get('gk-consent')) customElements.define('gk-consent', GkConsent);

export { GkConsent };

declare global {
  interface HTMLElementTagNameMap {
    'gk-consent': GkConsent;
  }
}
