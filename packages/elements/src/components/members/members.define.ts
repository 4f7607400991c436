/**
 * @module
 * Registers `<gk-members>`. Import the class from `members.component.ts` to use another tag.
 */
import { GkMembers } from './members.component.js';

if (!customElements.get('gk-members')) customElements.define('gk-members', GkMembers);

export { GkMembers };

declare global {
  interface HTMLElementTagNameMap {
    'gk-members': GkMembers;
  }
}
