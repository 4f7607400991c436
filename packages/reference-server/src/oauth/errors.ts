/**
 * @module oauth/errors
 * OAuth 2.0 error responses (RFC 6749 §5.2, RFC 7009 §2.2.1, RFC 6750 §3.1). Thrown by the grant
 * handlers and client authentication; only the endpoint adapters turn them into responses.
 */
import type { OAuthErrorCode } from '@grantkit/sdk/problems';

// The codes are the SDK's list, so its `ApiErrorCode` names every error `/oauth/*` answers with.
export type { OAuthErrorCode };

export class OAuthError extends Error {
  readonly error: OAuthErrorCode;
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;

  constructor(error: OAuthErrorCode, description: string, status = 400, headers: Record<string, string> = {}) {
    super(description);
    this.name = 'OAuthError';
    this.error = error;
    this.status = status;
    this.headers = headers;
  }

  /** The RFC 6749 §5.2 body. */
  toJSON(): { error: OAuthErrorCode; error_description: string } {
    return { error: this.error, error_description: this.message };
  }
}

export const invalidRequest = (description: string) => new OAuthError('invalid_request', description);

/**
 * 401 with a challenge (RFC 6749 §5.2: MUST when the client used the Authorization header; we
 * always send it). One message for every cause, so a caller never learns which part was wrong.
 */
export const invalidClient = () =>
  new OAuthError('invalid_client', 'Client authentication failed.', 401, {
    'www-authenticate': 'Basic realm="grantkit", charset="UTF-8"',
  });

export const invalidGrant = (description: string) => new OAuthError('invalid_grant', description);

export const unsupportedGrantType = (grantType: string) =>
  new OAuthError(
    'unsupported_grant_type',
    `The grant type "${grantType.slice(0, 64)}" is not supported here; use client_credentials or authorization_code.`,
  );

export const invalidScope = (description: string) => new OAuthError('invalid_scope', description);

/** Too many failed client authentications (429 + Retry-After, as every rate limit here). */
export const tooManyAttempts = (retryAfterSeconds: number) =>
  new OAuthError('temporarily_unavailable', `Too many failed attempts. Try again in ${retryAfterSeconds} seconds.`, 429, {
    'retry-after': String(retryAfterSeconds),
  });
