/**
 * @module
 * Registers `<gk-webhooks>`. Import the class from `webhooks.component.ts` to use another tag.
 */
import { GkWebhooks } from './webhooks.component.js';

if (!customElements.get('gk-webhooks')) customElements.define('gk-webhooks', GkWebhooks);

export { GkWebhooks };
// Its events' types, and with them their GlobalEventHandlersEventMap entries (see
// service-accounts.define.ts for why).
export type { GkWebhookCreatedEvent, GkWebhookChangedEvent, GkWebhookDeletedEvent } from '../../events/gk-webhook.js';

declare global {
  interface HTMLElementTagNameMap {
    'gk-webhooks': GkWebhooks;
  }
}
