/**
 * @module
 * Registers `<gk-invite-codes>`. Import the class from `invite-codes.component.ts` to use another tag.
 */
import { GkInviteCodes } from './invite-codes.component.js';

if (!customElements.get('gk-invite-codes')) customElements.define('gk-invite-codes', GkInviteCodes);

export { GkInviteCodes };

declare global {
  interface HTMLElementTagNameMap {
    'gk-invite-codes': GkInviteCodes;
  }
}
