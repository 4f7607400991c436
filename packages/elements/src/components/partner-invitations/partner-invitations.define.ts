/**
 * @module
 * Registers `<gk-partner-invitations>`. Import the class from `partner-invitations.component.ts`
 * to use another tag.
 */
import { GkPartnerInvitations } from './partner-invitations.component.js';

if (!customElements.get('gk-partner-invitations')) customElements.define('gk-partner-invitations', GkPartnerInvitations);

export { GkPartnerInvitations };

declare global {
  interface HTMLElementTagNameMap {
    'gk-partner-invitations': GkPartnerInvitations;
  }
}
