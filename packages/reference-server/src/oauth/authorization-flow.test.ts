/**
 * The whole authorization_code flow driven by a standard client (oauth4webapi) from the
 * metadata alone: authorization URL → access-request page → login → consent → code on the
 * registered return URL (with iss, RFC 9207, and the signed `response`, checked as any JARM client
 * checks it) → token exchange with PKCE → the platform API.
 */
import * as oauth from 'oauth4webapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_GROUPS, DEMO_INSTALLATIONS, DEMO_RETURN_URLS, DEMO_USERS } from '../seed/demo-data.js';
import { openConsent } from '../testing/access-request-helpers.js';
import { createTestApp, type TestApp } from '../testing/test-app.js';

describe('authorization_code end to end with oauth4webapi', () => {
  let app: TestApp;
  let as: oauth.AuthorizationServer;
  const options = () => ({
    [oauth.allowInsecureRequests]: true,
    [oauth.customFetch]: async (url: string, init: RequestInit) => app.app.request(url, init),
  });
  beforeAll(async () => {
    app = await createTestApp({ seed: true });
    const issuer = new URL(app.config.publicUrl);
    as = await oauth.processDiscoveryResponse(issuer, await oauth.discoveryRequest(issuer, { algorithm: 'oauth2', ...options() }));
  });
  afterAll(() => app.close());

  it('gets a grant-bound token through consent, usable on the API until the grant is revoked', async () => {
    const client: oauth.Client = { client_id: DEMO_GROUPS.acme.lookupKey, token_endpoint_auth_method: 'none' };
    const verifier = oauth.generateRandomCodeVerifier();
    const state = oauth.generateRandomState();
    const redirectUri = DEMO_RETURN_URLS[0];
    const authorizationUrl = new URL(as.authorization_endpoint!);
    for (const [k, v] of Object.entries({
      client_id: client.client_id,
      redirect_uri: redirectUri,
      response_type: 'code',
      state,
      code_challenge: await oauth.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      ui_locales: 'fr',
    })) authorizationUrl.searchParams.set(k, v);

    const browser = app.client();
    const hop = await browser.get(authorizationUrl.href);
    expect(hop.status).toBe(303);
    const pagePath = hop.headers.get('location')!;
    expect(pagePath).toMatch(new RegExp(`^/access/request/${DEMO_GROUPS.acme.lookupKey}\\?`));
    expect(new URL(pagePath, app.config.publicUrl).searchParams.get('locale')).toBe('fr');

    const { requestId } = await openConsent(browser, pagePath, DEMO_USERS.owner.email);
    const approved = await browser.post(`/api/access-requests/${requestId}/approve`, { json: { installation_id: DEMO_INSTALLATIONS.home.id } });
    expect(approved.status).toBe(200);
    const { redirect_url } = (await approved.json()) as { redirect_url: string };

    // JARM §2.4: the response verifies against the metadata's JWKS, for this client and state.
    const params = await oauth.validateJwtAuthResponse(as, client, new URL(redirect_url), state, options());
    const response = await oauth.authorizationCodeGrantRequest(as, client, oauth.None(), params, redirectUri, verifier, options());
    const tokens = await oauth.processAuthorizationCodeResponse(as, client, response);
    expect(tokens).toMatchObject({ token_type: 'bearer', installation_id: DEMO_INSTALLATIONS.home.id, lookup_key: DEMO_GROUPS.acme.lookupKey });

    const api = () => app.app.request(`${app.config.publicUrl}/api/installations/${DEMO_INSTALLATIONS.home.id}`, { headers: { authorization: `Bearer ${tokens.access_token}` } });
    expect((await api()).status).toBe(200);
    await app.deps.store.grants.revoke(tokens.grant_id as string, null, app.clock.now());
    expect((await api()).status).toBe(401);
  });

  it('shows (never redirects) errors it cannot vouch for: no client, no redirect URI, another response type', async () => {
    for (const query of ['redirect_uri=https%3A%2F%2Fevil.example', 'client_id=TZBV', 'client_id=TZBV&redirect_uri=x&response_type=token']) {
      const res = await app.app.request(`${app.config.publicUrl}/access/request?${query}`);
      expect(res.status, query).toBe(400);
      expect(res.headers.get('location')).toBeNull();
      expect(((await res.json()) as { error: string }).error).toBe('invalid_request');
    }
  });
});
