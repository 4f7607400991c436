/**
 * @module oauth/access-token
 * Access tokens are JWTs in the RFC 9068 profile: header `typ: at+jwt` (§2.1); claims `iss`,
 * `exp`, `aud`, `sub`, `client_id`, `iat`, `jti` (§2.2) and `scope` (§2.2.3), plus grantkit's
 * `group_id` and `lookup_key` (the group), and `installation_id` / `grant_id` when the token is
 * limited to one installation. A token from an access request also carries
 * `authorization_details` (RFC 9396 §9): the grant's permissions at issuance, for its installation. A token with `grant_id` comes from an approved access request
 * (authorization_code, `sub` = the group's lookup key); one without comes from a service account
 * (client_credentials, `sub` = the service account's id). Signed and verified with jose; `alg: none` and algorithms other
 * than the key's own are refused (RFC 8725 §3.1).
 */
import { CompactSign, decodeProtectedHeader, errors, jwtVerify, type JWTPayload } from 'jose';
import type { KeyRing } from './keys.js';

export interface AccessTokenClaims extends JWTPayload {
  readonly iss: string;
  readonly sub: string;
  readonly aud: string;
  readonly exp: number;
  readonly iat: number;
  readonly jti: string;
  readonly client_id: string;
  readonly scope: string;
  /** The group the caller acts for. */
  readonly group_id: string;
  readonly lookup_key: string;
  readonly installation_id?: string;
  readonly grant_id?: string;
  /** RFC 9396 §9: tokens from an access request — the grant's permissions at issuance, on its installation. */
  readonly authorization_details?: readonly AuthorizationDetail[];
  /** Service-account tokens: fingerprint of the secret that obtained the token (security/client-secrets.ts). */
  readonly sv?: string;
}

/** RFC 9396 §2, as grantkit issues it. */
export interface AuthorizationDetail {
  readonly type: string;
  readonly actions: readonly string[];
  readonly identifier?: string;
}

export type NewAccessToken = Pick<
  AccessTokenClaims,
  'sub' | 'client_id' | 'scope' | 'group_id' | 'lookup_key' | 'installation_id' | 'grant_id' | 'sv' | 'authorization_details'
>;

export interface IssuedToken {
  readonly accessToken: string;
  readonly jti: string;
  readonly expiresIn: number;
  readonly expiresAt: Date;
}

export interface TokenSettings {
  /** Issuer and audience: the public URL (the platform API is served from the same origin). */
  readonly issuer: string;
  readonly audience: string;
  readonly ttlSeconds: number;
}

export async function issueAccessToken(keys: KeyRing, settings: TokenSettings, claims: NewAccessToken, now: Date): Promise<IssuedToken> {
  const { kid, alg, privateKey } = keys.signingKey();
  const iat = Math.floor(now.getTime() / 1000);
  const exp = iat + settings.ttlSeconds;
  const jti = crypto.randomUUID();
  // One object literal with the registered claims included (RFC 9068 §2.2), serialized once and
  // signed as the JWS payload (RFC 7519 §7.1) with jose's CompactSign: SignJWT would first copy
  // the claims set (structuredClone) to support its setters, which we do not use.
  const payload: JWTPayload = {
    iss: settings.issuer,
    sub: claims.sub,
    aud: settings.audience,
    exp,
    iat,
    jti,
    client_id: claims.client_id,
    scope: claims.scope,
    group_id: claims.group_id,
    lookup_key: claims.lookup_key,
  };
  if (claims.installation_id !== undefined) payload.installation_id = claims.installation_id;
  if (claims.grant_id !== undefined) payload.grant_id = claims.grant_id;
  if (claims.sv !== undefined) payload.sv = claims.sv;
  if (claims.authorization_details !== undefined) payload.authorization_details = claims.authorization_details;
  const accessToken = await new CompactSign(Buffer.from(JSON.stringify(payload))).setProtectedHeader({ alg, kid, typ: 'at+jwt' }).sign(privateKey);
  return { accessToken, jti, expiresIn: settings.ttlSeconds, expiresAt: new Date(exp * 1000) };
}

/** Why a token was not accepted (never shown to callers in detail; useful in logs and tests). */
export class InvalidTokenError extends Error {
  constructor(reason: string, options?: ErrorOptions) {
    super(reason, options);
    this.name = 'InvalidTokenError';
  }
}

const REQUIRED = ['iss', 'sub', 'aud', 'exp', 'iat', 'jti', 'client_id', 'scope', 'group_id', 'lookup_key'] as const;

/** Verifies signature, header and claims; throws InvalidTokenError. Does not check revocation. */
export async function verifyAccessToken(keys: KeyRing, settings: TokenSettings, token: string, now: Date): Promise<AccessTokenClaims> {
  let kid: string | undefined;
  try {
    kid = decodeProtectedHeader(token).kid;
  } catch (error) {
    throw new InvalidTokenError('malformed token', { cause: error });
  }
  if (!kid) throw new InvalidTokenError('no kid');
  const key = await keys.verificationKey(kid);
  if (!key) throw new InvalidTokenError('unknown or removed signing key');
  try {
    const { payload } = await jwtVerify(token, key.key, {
      algorithms: [key.alg],
      typ: 'at+jwt',
      issuer: settings.issuer,
      audience: settings.audience,
      currentDate: now,
      requiredClaims: [...REQUIRED],
    });
    for (const claim of ['sub', 'jti', 'client_id', 'scope', 'group_id', 'lookup_key'] as const) {
      if (typeof payload[claim] !== 'string') throw new InvalidTokenError(`claim ${claim} is not a string`);
    }
    for (const claim of ['installation_id', 'grant_id', 'sv'] as const) {
      if (payload[claim] !== undefined && typeof payload[claim] !== 'string') throw new InvalidTokenError(`claim ${claim} is not a string`);
    }
    if (payload.authorization_details !== undefined && !Array.isArray(payload.authorization_details)) {
      throw new InvalidTokenError('claim authorization_details is not an array');
    }
    return payload as AccessTokenClaims;
  } catch (error) {
    if (error instanceof InvalidTokenError) throw error;
    if (error instanceof errors.JOSEError) throw new InvalidTokenError(error.code, { cause: error });
    throw error;
  }
}
