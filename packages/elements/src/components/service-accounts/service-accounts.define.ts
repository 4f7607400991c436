/**
 * @module
 * Registers `<gk-service-accounts>`. Import the class from `service-accounts.component.ts` to use
 * another tag.
 */
import { GkServiceAccounts } from './service-accounts.component.js';

if (!customElements.get('gk-service-accounts')) customElements.define('gk-service-accounts', GkServiceAccounts);

export { GkServiceAccounts };

declare global {
  interface HTMLElementTagNameMap {
    'gk-service-accounts': GkServiceAccounts;
  }
}
