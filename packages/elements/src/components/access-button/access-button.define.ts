/**
 * @module
 * Registers `<gk-access-button>`. Import the class from `access-button.component.ts` to use
 * another tag.
 */
import { GkAccessButton } from './access-button.component.js';

if (!customElements.get('gk-access-button')) customElements.define('gk-access-button', GkAccessButton);

export { GkAccessButton };
// Its events' types, and with them their GlobalEventHandlersEventMap entries: the class's .d.ts
// does not import them (it only constructs them), so without this a program that imports only
// this entry would type `addEventListener('gk-…', e => e.detail)` as a plain Event.
export type { GkAccessResultEvent, GkAccessResultDetail } from '../../events/gk-access-result.js';

declare global {
  interface HTMLElementTagNameMap {
    'gk-access-button': GkAccessButton;
  }
}
