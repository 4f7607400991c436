/**
 * @module oauth/authorization-endpoint
 * `GET /access/request?client_id=…` — the RFC 6749 §4.1.1 form of the access-request page, so a
 * standard client that only read our metadata (`authorization_endpoint`) can start the flow. It
 * maps the OAuth parameters onto the page's own (`client_id` → the lookup key in the path,
 * `redirect_uri` → `return_url`, `ui_locales` → `locale`; `state` and the PKCE parameters as they
 * are) and redirects there; the page checks everything (registered return URL, S256, …) as for
 * any link. Errors found here are shown, never redirected: the redirect URI has not been checked
 * against the group's registered list yet (RFC 6749 §4.1.2.1).
 */
import { invalidRequest, OAuthError } from './errors.js';

/** Where to send the browser: the access-request page with its canonical parameters. */
export function accessRequestLocation(query: URLSearchParams): string {
  const clientId = query.get('client_id');
  if (!clientId || !/^[A-Za-z0-9]{2,32}$/.test(clientId)) throw invalidRequest('client_id is required: the lookup key of the group asking for access.');
  const redirectUri = query.get('redirect_uri');
  if (!redirectUri) throw invalidRequest('redirect_uri is required: one of the return URLs the group registered.');
  const responseType = query.get('response_type');
  if (responseType !== null && responseType !== 'code') {
    throw new OAuthError('invalid_request', 'Only response_type=code is supported (RFC 6749 §4.1.1).');
  }
  const target = new URLSearchParams({ return_url: redirectUri });
  for (const name of ['state', 'code_challenge', 'code_challenge_method'] as const) {
    const value = query.get(name);
    if (value !== null) target.set(name, value);
  }
  // RFC 6749 has no language parameter; OIDC's ui_locales is space-separated, first preferred.
  const locale = query.get('locale') ?? query.get('ui_locales')?.split(' ')[0];
  if (locale) target.set('locale', locale);
  // RFC 9396 §3: authorization_details, and grantkit's comma-separated permissions, as they are.
  for (const name of ['installation_id', 'partner_name', 'show_existing', 'permissions', 'authorization_details'] as const) {
    const value = query.get(name);
    if (value !== null) target.set(name, value);
  }
  return `/access/request/${encodeURIComponent(clientId.toUpperCase())}?${target}`;
}
