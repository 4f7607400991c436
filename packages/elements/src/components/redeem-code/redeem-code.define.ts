/**
 * @module
 * Registers `<gk-redeem-code>`. Import the class from `redeem-code.component.ts` to use another tag.
 */
import { GkRedeemCode } from './redeem-code.component.js';

if (!customElements.get('gk-redeem-code')) customElements.define('gk-redeem-code', GkRedeemCode);

export { GkRedeemCode };

declare global {
  interface HTMLElementTagNameMap {
    'gk-redeem-code': GkRedeemCode;
  }
}
