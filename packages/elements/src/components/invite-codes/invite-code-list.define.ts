/**
 * @module
 * Registers `<gk-invite-code-list>`. Import the class from `invite-code-list.component.ts` to use another tag.
 */
import { GkInviteCodeList } from './invite-code-list.component.js';

if (!customElements.get('gk-invite-code-list')) customElements.define('gk-invite-code-list', GkInviteCodeList);

export { GkInviteCodeList };

declare global {
  interface HTMLElementTagNameMap {
    'gk-invite-code-list': GkInviteCodeList;
  }
}
