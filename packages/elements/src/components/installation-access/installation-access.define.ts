/**
 * @module
 * Registers `<gk-installation-access>`. Import the class from `installation-access.component.ts`
 * to use another tag.
 */
import { GkInstallationAccess } from './installation-access.component.js';

if (!customElements.get('gk-installation-access')) customElements.define('gk-installation-access', GkInstallationAccess);

export { GkInstallationAccess };
// Its events' types, and with them their GlobalEventHandlersEventMap entries: the class's .d.ts
// does not import them (it only constructs them), so without this a program that imports only
// this entry would type `addEventListener('gk-…', e => e.detail)` as a plain Event.
export type { GkAccessRevokedEvent, GkAccessRevokedDetail } from '../../events/gk-access-revoked.js';

declare global {
  interface HTMLElementTagNameMap {
    'gk-installation-access': GkInstallationAccess;
  }
}
