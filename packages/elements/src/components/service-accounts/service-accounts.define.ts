/**
 * @module
 * Registers `<gk-service-accounts>`. Import the class from `service-accounts.component.ts` to use
 * another tag.
 */
import { GkServiceAccounts } from './service-accounts.component.js';

if (!customElements.get('gk-service-accounts')) customElements.define('gk-service-accounts', GkServiceAccounts);

export { GkServiceAccounts };
// Its events' types, and with them their GlobalEventHandlersEventMap entries: the class's .d.ts
// does not import them (it only constructs them), so without this a program that imports only
// this entry would type `addEventListener('gk-…', e => e.detail)` as a plain Event.
export type { GkServiceAccountCreatedEvent, GkServiceAccountSecretChangedEvent, GkServiceAccountDeletedEvent } from '../../events/gk-service-account.js';

declare global {
  interface HTMLElementTagNameMap {
    'gk-service-accounts': GkServiceAccounts;
  }
}
