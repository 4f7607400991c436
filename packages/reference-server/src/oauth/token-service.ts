/**
 * @module oauth/token-service
 * The token service of one app: key ring, token settings, secret verifier, failed-authentication
 * limiter and "last used" batcher, built once per store and shared by the OAuth endpoints, the
 * bearer middleware and the service-account routes.
 */
import type { AppDeps } from '../http/context.js';
import type { Store } from '../storage/store.js';
import type { TokenSettings } from './access-token.js';
import { ClientAuthLimiter } from './client-auth-limiter.js';
import { CredentialCache } from './credential-cache.js';
import { SecretVerifier } from './client-secrets.js';
import { KeyRing } from './keys.js';
import { LastUsedBatcher } from './last-used.js';

export interface TokenService {
  readonly deps: AppDeps;
  readonly keys: KeyRing;
  readonly settings: TokenSettings;
  readonly secrets: SecretVerifier;
  readonly limiter: ClientAuthLimiter;
  readonly lastUsed: LastUsedBatcher;
  /** Service-account credentials, cached for a few seconds (oauth/credential-cache.ts). */
  readonly credentials: CredentialCache;
  /** Resolves once the signing keys are loaded (the first key is created if none exists). */
  readonly ready: Promise<void>;
}

const services = new WeakMap<Store, TokenService>();

export function tokenService(deps: AppDeps): TokenService {
  let service = services.get(deps.store);
  if (!service) {
    const keys = new KeyRing({ store: deps.store.tokenService.signingKeys, config: deps.config, clock: deps.clock, logger: deps.logger });
    const ready = keys.init();
    // Surface start-up failures in the log even before the first request awaits `ready`.
    ready.catch((error: unknown) => deps.logger.error('token service failed to start', { error }));
    service = {
      deps,
      keys,
      settings: { issuer: deps.config.publicUrl, audience: deps.config.publicUrl, ttlSeconds: deps.config.tokenTtlMinutes * 60 },
      secrets: new SecretVerifier(),
      limiter: new ClientAuthLimiter(deps.store.rateLimits, deps.config.rateLimits),
      lastUsed: new LastUsedBatcher(deps.store.tokenService.serviceAccounts, deps.logger),
      credentials: new CredentialCache(deps.store.tokenService.serviceAccounts),
      ready,
    };
    services.set(deps.store, service);
  }
  return service;
}
