/**
 * @module
 * `gk-service-account-created`, `gk-service-account-secret-changed` and
 * `gk-service-account-deleted`: changes made in `<gk-service-accounts>`. All bubble and are
 * composed. None carries the secret.
 */
import type { ServiceAccount } from '@grantkit/sdk';

/** A service account was created. Detail: the account (without its secret). */
export class GkServiceAccountCreatedEvent extends CustomEvent<ServiceAccount> {
  constructor(detail: ServiceAccount) {
    super('gk-service-account-created', { bubbles: true, composed: true, detail });
  }
}

/** A secret was regenerated or a password set. */
export class GkServiceAccountSecretChangedEvent extends CustomEvent<{ readonly service_account: ServiceAccount; readonly change: 'regenerated' | 'password' }> {
  constructor(detail: { readonly service_account: ServiceAccount; readonly change: 'regenerated' | 'password' }) {
    super('gk-service-account-secret-changed', { bubbles: true, composed: true, detail });
  }
}

/** A service account was deleted; its tokens no longer work. */
export class GkServiceAccountDeletedEvent extends CustomEvent<{ readonly group_id: string; readonly service_account: ServiceAccount }> {
  constructor(detail: { readonly group_id: string; readonly service_account: ServiceAccount }) {
    super('gk-service-account-deleted', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'gk-service-account-created': GkServiceAccountCreatedEvent;
    'gk-service-account-secret-changed': GkServiceAccountSecretChangedEvent;
    'gk-service-account-deleted': GkServiceAccountDeletedEvent;
  }
}
