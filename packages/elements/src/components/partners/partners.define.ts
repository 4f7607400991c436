/**
 * @module
 * Registers `<gk-partners>`. Import the class from `partners.component.ts` to use another tag.
 */
import { GkPartners } from './partners.component.js';

if (!customElements.get('gk-partners')) customElements.define('gk-partners', GkPartners);

export { GkPartners };

declare global {
  interface HTMLElementTagNameMap {
    'gk-partners': GkPartners;
  }
}
