/**
 * @module oauth/client-authentication
 * Client authentication at the token, revocation and introspection endpoints (RFC 6749 §2.3):
 * `client_secret_basic` (§2.3.1, credentials form-urlencoded inside Basic), `client_secret_post`
 * (body parameters), or no secret for the public client of the authorization_code grant (whose
 * client_id is the group's lookup key). A client uses one method only (§2.3).
 */
import type { ServiceAccountCredentials } from '../domain/model/service-account.js';
import { secretFingerprint, UNKNOWN_CLIENT_HASH } from '../security/client-secrets.js';
import { invalidClient, invalidRequest } from './errors.js';
import type { TokenService } from './token-service.js';
import { hasControlCharacter } from '../domain/text-input.js';

export interface AuthenticatedAccount {
  readonly account: ServiceAccountCredentials;
  /** Fingerprint of the secret that matched (the token's `sv` claim). */
  readonly secretVersion: string;
}

export type ClientAuthMethod = 'client_secret_basic' | 'client_secret_post' | 'none';

export interface PresentedClient {
  readonly clientId: string;
  /** Undefined for a public client (method `none`). */
  readonly secret: string | undefined;
  readonly method: ClientAuthMethod;
}

const MAX_CREDENTIAL_LENGTH = 1024;

/** application/x-www-form-urlencoded decoding of one Basic credential part (RFC 6749 §2.3.1). */
function formDecode(value: string): string {
  // Generated client ids and secrets (gksa_…, gks_… base64url) contain nothing to decode.
  if (!value.includes('%') && !value.includes('+')) return value;
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    throw invalidRequest('The Authorization header is not valid client_secret_basic (RFC 6749 §2.3.1).');
  }
}

/** Reads the client's credentials without judging them. */
export function readClientCredentials(authorization: string | undefined, form: URLSearchParams): PresentedClient | undefined {
  const bodyId = form.get('client_id') ?? undefined;
  const bodySecret = form.get('client_secret') ?? undefined;
  if (authorization !== undefined && /^basic /i.test(authorization)) {
    if (bodySecret !== undefined) throw invalidRequest('Use one client authentication method: Basic or client_secret in the body, not both.');
    const decoded = Buffer.from(authorization.slice(6).trim(), 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 1) throw invalidRequest('The Authorization header is not valid client_secret_basic (RFC 6749 §2.3.1).');
    const clientId = formDecode(decoded.slice(0, colon));
    const secret = formDecode(decoded.slice(colon + 1));
    // domain/text-input.ts (the form's own parameters are checked by parseForm).
    if (hasControlCharacter(clientId) || hasControlCharacter(secret)) throw invalidRequest('The Authorization header contains control characters.');
    if (bodyId !== undefined && bodyId !== clientId) throw invalidRequest('client_id in the body differs from the one in the Authorization header.');
    if (clientId.length > MAX_CREDENTIAL_LENGTH || secret.length > MAX_CREDENTIAL_LENGTH) throw invalidClient();
    return { clientId, secret, method: 'client_secret_basic' };
  }
  if (bodyId === undefined) return undefined;
  if (bodyId.length > MAX_CREDENTIAL_LENGTH || (bodySecret?.length ?? 0) > MAX_CREDENTIAL_LENGTH) throw invalidClient();
  return bodySecret === undefined
    ? { clientId: bodyId, secret: undefined, method: 'none' }
    : { clientId: bodyId, secret: bodySecret, method: 'client_secret_post' };
}

/**
 * Authenticates a service account. Every failure — unknown client, wrong secret, expired grace
 * secret, deactivated group — is the same 401 invalid_client, counted by the limiter.
 */
export async function authenticateServiceAccount(
  service: TokenService,
  client: PresentedClient,
  address: string,
): Promise<AuthenticatedAccount> {
  const now = service.deps.clock();
  service.limiter.check(client.clientId, address, now);
  // Cache hits and generated secrets are answered without awaiting (no promise, no microtask).
  const account = client.secret === undefined ? undefined : (service.credentials.cached(client.clientId) ?? (await service.credentials.get(client.clientId)));
  const secret = client.secret ?? '';
  const storedHash = account?.secretHash ?? UNKNOWN_CLIENT_HASH;
  let matched: string | undefined;
  if (service.secrets.verifyWithoutKdf(secret, storedHash) ?? (await service.secrets.verify(secret, storedHash))) matched = account?.secretHash;
  else if (account?.previousSecretHash && account.previousSecretExpiresAt && account.previousSecretExpiresAt > now) {
    if (await service.secrets.verify(secret, account.previousSecretHash)) matched = account.previousSecretHash;
  }
  if (!account || matched === undefined || account.lookupKey === null) {
    await service.limiter.fail(client.clientId, address, now);
    throw invalidClient();
  }
  return { account, secretVersion: secretFingerprint(matched) };
}
