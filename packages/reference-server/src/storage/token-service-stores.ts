/**
 * @module storage/token-service-stores
 * The stores of issue 6 (token service and service accounts), composed into one field of the Store.
 */
import type { Executor } from './executor.js';
import { createServiceAccountStore, type ServiceAccountStore } from './service-account-store.js';
import { createSigningKeyStore, type SigningKeyStore } from './signing-key-store.js';
import { createTokenStore, type TokenStore } from './token-store.js';

export interface TokenServiceStores {
  readonly serviceAccounts: ServiceAccountStore;
  readonly signingKeys: SigningKeyStore;
  /** Revoked tokens and tokens issued per authorization code. */
  readonly tokens: TokenStore;
}

export function createTokenServiceStores(db: Executor): TokenServiceStores {
  return {
    serviceAccounts: createServiceAccountStore(db),
    signingKeys: createSigningKeyStore(db),
    tokens: createTokenStore(db),
  };
}
