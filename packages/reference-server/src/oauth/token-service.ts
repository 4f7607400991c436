/**
 * @module oauth/token-service
 * The token service of one server: key ring, token settings, secret verifier, failed-authentication
 * limiter and "last used" batcher. The composition root (services.ts) builds it once and hands it
 * to the OAuth endpoints, the bearer middleware and the service-account routes.
 */
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { Store } from '../storage/store.js';
import type { TokenSettings } from './access-token.js';
import { ClientAuthLimiter } from './client-auth-limiter.js';
import { CredentialCache } from './credential-cache.js';
import { SecretVerifier } from '../security/client-secrets.js';
import { KeyRing } from './keys.js';
import { returnSigner } from './authorization-response.js';
import type { ReturnSigner } from '../domain/return-urls.js';
import { LastUsedBatcher } from './last-used.js';

/** What the token service reads: narrow, so oauth/ never depends on the HTTP layer. */
export interface TokenServiceDeps {
  readonly store: Store;
  readonly config: Config;
  readonly logger: Logger;
  readonly clock: () => Date;
}

export interface TokenService {
  readonly deps: TokenServiceDeps;
  readonly keys: KeyRing;
  readonly settings: TokenSettings;
  /** Signs the outcome of each return to a partner (oauth/authorization-response.ts). */
  readonly signReturn: ReturnSigner;
  readonly secrets: SecretVerifier;
  readonly limiter: ClientAuthLimiter;
  readonly lastUsed: LastUsedBatcher;
  /** Service-account credentials, cached for a few seconds (oauth/credential-cache.ts). */
  readonly credentials: CredentialCache;
  /** Resolves once the signing keys are loaded (the first key is created if none exists). */
  readonly ready: Promise<void>;
  /** Waits for key loading and writes pending "last used" times; the database stays open. */
  close(): Promise<void>;
}

export function createTokenService(deps: TokenServiceDeps): TokenService {
  const keys = new KeyRing({ store: deps.store.signingKeys, config: deps.config, clock: deps.clock, logger: deps.logger });
  const ready = keys.init();
  // Surface start-up failures in the log even before the first request awaits `ready`.
  ready.catch((error: unknown) => deps.logger.error('token service failed to start', { error }));
  const lastUsed = new LastUsedBatcher(deps.store.serviceAccounts, deps.logger);
  return {
    deps,
    keys,
    settings: { issuer: deps.config.publicUrl, audience: deps.config.publicUrl, ttlSeconds: deps.config.tokenTtlMinutes * 60 },
    signReturn: returnSigner(keys, ready, deps.config.publicUrl, deps.clock),
    secrets: new SecretVerifier(),
    limiter: new ClientAuthLimiter(deps.store.rateLimits, deps.config.rateLimits),
    lastUsed,
    credentials: new CredentialCache(deps.store.serviceAccounts),
    ready,
    close: async () => {
      // Closing the database under the key loader would only log a spurious failure.
      await ready.catch(() => undefined);
      await lastUsed.flush();
    },
  };
}
