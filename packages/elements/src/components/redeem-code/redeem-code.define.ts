/**
 * @module
 * Registers `<gk-redeem-code>`. Import the class from `redeem-code.component.ts` to use another tag.
 */
import { GkRedeemCode } from './redeem-code.component.js';

if (!customElements.get('gk-redeem-code')) customElements.define('gk-redeem-code', GkRedeemCode);

export { GkRedeemCode };
// Its events' types, and with them their GlobalEventHandlersEventMap entries: the class's .d.ts
// does not import them (it only constructs them), so without this a program that imports only
// this entry would type `addEventListener('gk-…', e => e.detail)` as a plain Event.
export type { GkCodeRedeemedEvent } from '../../events/gk-code-redeemed.js';

declare global {
  interface HTMLElementTagNameMap {
    'gk-redeem-code': GkRedeemCode;
  }
}
