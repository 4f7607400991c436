/**
 * @module oauth/endpoint-response
 * Responses of the OAuth endpoints, framework-free so the Hono routes and the Node fast path
 * (http/node/token-fast-path.ts) share them. Token responses are never cached (RFC 6749 §5.1).
 */
import type { Logger } from '../logger.js';
import { hasControlCharacter } from '../domain/text-input.js';
import { OAuthError } from './errors.js';

export interface EndpointResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/** The headers of every token response (RFC 6749 §5.1); responses without extra headers share this object. */
export const NO_STORE_HEADERS: Readonly<Record<string, string>> = Object.freeze({ 'content-type': 'application/json', 'cache-control': 'no-store', pragma: 'no-cache' });

export function jsonResponse(status: number, body: unknown, headers?: Record<string, string>): EndpointResponse {
  return { status, headers: headers ? { ...NO_STORE_HEADERS, ...headers } : NO_STORE_HEADERS, body: JSON.stringify(body) };
}

/** OAuthError → RFC 6749 §5.2 JSON; anything else is logged and becomes `server_error`. */
export function errorResponse(error: unknown, log: Logger): EndpointResponse {
  if (error instanceof OAuthError) return jsonResponse(error.status, error.toJSON(), { ...error.headers });
  log.error('oauth endpoint failed', { error });
  return jsonResponse(500, { error: 'server_error', error_description: 'Something went wrong on our side.' });
}

/**
 * A request body we are willing to read: form-encoded, at most 16 KiB. The Hono app caps the
 * OAuth endpoints' bodies at this size before reading them (http/middleware/body-limit.ts); the
 * token fast path stops keeping bytes past it. Both answer {@link bodyTooLarge}.
 */
export const MAX_FORM_BYTES = 16 * 1024;

/** The answer to a body over {@link MAX_FORM_BYTES}. */
export function bodyTooLarge(): OAuthError {
  return new OAuthError('invalid_request', 'The request body is too large.');
}

/** Parses an application/x-www-form-urlencoded body; repeated parameters are refused (RFC 6749 §3.2). */
export function parseForm(contentType: string | undefined, body: string): URLSearchParams {
  // Size first, as the app's body limit answers before any handler looks at the content type.
  if (body.length > MAX_FORM_BYTES) throw bodyTooLarge();
  if (!contentType || !/^application\/x-www-form-urlencoded\b/i.test(contentType)) {
    throw new OAuthError('invalid_request', 'Send the parameters as application/x-www-form-urlencoded (RFC 6749 §4.4.2).');
  }
  const form = new URLSearchParams(body);
  const seen = new Set<string>();
  for (const key of form.keys()) {
    if (seen.has(key)) throw new OAuthError('invalid_request', `The parameter "${key.slice(0, 64)}" is repeated (RFC 6749 §3.2).`);
    seen.add(key);
  }
  // domain/text-input.ts: no OAuth parameter carries a control character, and NUL cannot be stored.
  for (const [key, value] of form) {
    if (hasControlCharacter(key) || hasControlCharacter(value)) {
      throw new OAuthError('invalid_request', `The parameter "${JSON.stringify(key.slice(0, 64)).slice(1, -1)}" contains control characters.`);
    }
  }
  return form;
}

/** What an endpoint needs from the HTTP request. */
export interface RawOAuthRequest {
  readonly contentType: string | undefined;
  readonly authorization: string | undefined;
  readonly body: string;
  readonly address: string;
}
