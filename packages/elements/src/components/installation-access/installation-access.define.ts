/**
 * @module
 * Registers `<gk-installation-access>`. Import the class from `installation-access.component.ts`
 * to use another tag.
 */
import { GkInstallationAccess } from './installation-access.component.js';

if (!customElements.get('gk-installation-access')) customElements.define('gk-installation-access', GkInstallationAccess);

export { GkInstallationAccess };

declare global {
  interface HTMLElementTagNameMap {
    'gk-installation-access': GkInstallationAccess;
  }
}
