/**
 * @module
 * `gk-webhook-created`, `gk-webhook-changed` and `gk-webhook-deleted`: changes made in
 * `<gk-webhooks>`. All bubble and are composed. None carries the signing secret.
 */
import type { WebhookEndpoint } from '@grantkit/sdk';

/** An endpoint was registered. Detail: the endpoint (without its secret). */
export class GkWebhookCreatedEvent extends CustomEvent<WebhookEndpoint> {
  constructor(detail: WebhookEndpoint) {
    super('gk-webhook-created', { bubbles: true, composed: true, detail });
  }
}

/** An endpoint was enabled, disabled, or given a new secret. */
export class GkWebhookChangedEvent extends CustomEvent<{ readonly endpoint: WebhookEndpoint; readonly change: 'enabled' | 'disabled' | 'secret_rotated' }> {
  constructor(detail: { readonly endpoint: WebhookEndpoint; readonly change: 'enabled' | 'disabled' | 'secret_rotated' }) {
    super('gk-webhook-changed', { bubbles: true, composed: true, detail });
  }
}

/** An endpoint was deleted with its deliveries; nothing more is sent to it. */
export class GkWebhookDeletedEvent extends CustomEvent<{ readonly group_id: string; readonly endpoint: WebhookEndpoint }> {
  constructor(detail: { readonly group_id: string; readonly endpoint: WebhookEndpoint }) {
    super('gk-webhook-deleted', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'gk-webhook-created': GkWebhookCreatedEvent;
    'gk-webhook-changed': GkWebhookChangedEvent;
    'gk-webhook-deleted': GkWebhookDeletedEvent;
  }
}
