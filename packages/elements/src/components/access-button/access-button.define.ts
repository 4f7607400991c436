/**
 * @module
 * Registers `<gk-access-button>`. Import the class from `access-button.component.ts` to use
 * another tag.
 */
import { GkAccessButton } from './access-button.component.js';

if (!customElements.get('gk-access-button')) customElements.define('gk-access-button', GkAccessButton);

export { GkAccessButton };

declare global {
  interface HTMLElementTagNameMap {
    'gk-access-button': GkAccessButton;
  }
}
