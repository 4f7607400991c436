/**
 * The end-to-end HTTP story of issue 2: a partner's link with a PKCE challenge, login, consent,
 * approval, the 303 back with every return-trip parameter, a group member using the API, the
 * owner revoking, the member shut out. Plus deny, expiry, repeat approval and the receipt page.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { sha256 } from '../security/random.js';
import { DEMO_GROUPS, DEMO_INSTALLATIONS, DEMO_PASSWORD, DEMO_RETURN_URLS, DEMO_USERS } from '../seed/demo-data.js';
import { errorCodeFrom, openConsent, pkcePair } from '../testing/access-request-helpers.js';
import { createTestApp, TEST_PUBLIC_URL, type TestApp } from '../testing/test-app.js';
import { storeKinds } from '../testing/test-database.js';
import { verifiedReturn } from '../testing/signed-return.js';

const HOME = DEMO_INSTALLATIONS.home.id;
const CABIN = DEMO_INSTALLATIONS.cabin.id;
const RETURN_URL = DEMO_RETURN_URLS[0];

function link(params: Record<string, string>): string {
  return `/access/request/tzbv?${new URLSearchParams(params)}`;
}

describe.each(storeKinds)('access request story on %s', (kind) => {
  let t: TestApp | undefined;
  afterEach(async () => t?.close());

  it('approves with PKCE, returns every parameter, lets the group in, and revocation shuts it out', async () => {
    const logLines: string[] = [];
    t = await createTestApp({ kind, seed: true, logLines });
    const { verifier, challenge } = pkcePair();
    const owner = t.client();
    const path = link({ installation_id: HOME, locale: 'de', return_url: RETURN_URL, state: 'st-123', code_challenge: challenge, code_challenge_method: 'S256' });

    // Logged out: a German login page that names the requesting group, and nothing stored.
    const loginPage = await owner.get(path);
    const loginHtml = await loginPage.text();
    expect(loginPage.status).toBe(200);
    expect(loginHtml).toContain('<html lang="de">');
    expect(loginHtml).toContain('Acme Energy bittet um Zugriff');
    expect(loginHtml).toContain('action="/login"');
    expect(await t.database.db.query('SELECT id FROM access_requests')).toHaveLength(0);

    const { requestId, html, response } = await openConsent(owner, path, DEMO_USERS.owner.email);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(response.headers.get('content-security-policy')).toContain("form-action 'self' http://localhost:5173");
    expect(response.headers.get('referrer-policy')).toBe('same-origin');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(html).toContain('Acme Energy bittet um Zugriff');
    expect(html).toContain('Die Installations- und Ladehistorie einsehen');
    expect(html).toContain('Alle an die Anlage angeschlossenen Ladegeräte steuern und konfigurieren');
    expect(html).toMatch(new RegExp(`value="${HOME}" checked`));
    expect(html).toContain(`value="${CABIN}"`);
    expect(html).not.toContain(DEMO_INSTALLATIONS.workshop.id); // the neighbour's installation
    expect(html).toContain('<script type="module" src="/assets/grantkit-elements.js"');

    const decision = await owner.post(`/access/request/${requestId}/decision`, { form: { decision: 'approve', installation_id: HOME } });
    expect(decision.status).toBe(303);
    expect(decision.headers.get('referrer-policy')).toBe('no-referrer');
    const back = new URL(decision.headers.get('location')!);
    expect(back.origin + back.pathname).toBe(RETURN_URL);
    const q = back.searchParams;
    // Every parameter is also signed (`response`), verifiable with jose and the JWKS alone.
    expect((await verifiedReturn(t, back.href)).params).toEqual(Object.fromEntries([...q].filter(([name]) => name !== 'response')));
    expect(q.get('success')).toBe('true');
    expect(q.get('installation_id')).toBe(HOME);
    expect(q.get('lookup_key')).toBe('TZBV');
    expect(q.get('state')).toBe('st-123');
    expect(q.get('iss')).toBe(TEST_PUBLIC_URL);
    const grantId = q.get('grant_id')!;
    expect(grantId).toMatch(/^[0-9a-f-]{36}$/);
    const code = q.get('code')!;
    expect(code).toMatch(/^[A-Za-z0-9_-]{43}$/);

    // The code is stored only as its hash, bound to challenge, return URL and client id, single use.
    expect(await t.database.db.query('SELECT 1 FROM authorization_codes WHERE code_hash = $1', [code])).toHaveLength(0);
    const consumed = await t.deps.store.accessRequests.consumeAuthorizationCode(sha256(code), t.clock.now());
    expect(consumed).toMatchObject({ alreadyUsed: false, expired: false, grantId, clientId: 'TZBV', redirectUri: RETURN_URL, codeChallenge: challenge });
    expect((consumed!.expiresAt.getTime() - t.clock.now().getTime()) / 1000).toBe(60);
    expect((await t.deps.store.accessRequests.consumeAuthorizationCode(sha256(code), t.clock.now()))?.alreadyUsed).toBe(true);
    expect(verifier).not.toBe(challenge);

    // A member of the group now reads the installation and its history.
    const installer = t.client();
    await installer.login(DEMO_USERS.acmeInstaller.email, DEMO_PASSWORD);
    const details = await installer.get(`/api/installations/${HOME}`);
    expect(details.status).toBe(200);
    expect(await details.json()).toMatchObject({ id: HOME, name: 'Home', chargers: [{ name: 'Garage left' }, { name: 'Garage right' }] });
    const history = await (await installer.get(`/api/installations/${HOME}/charging-history`)).json();
    expect(history.items).toHaveLength(30);
    expect(history.items[0]).toMatchObject({ charger_id: expect.any(String), energy_kwh: expect.any(Number) });
    const mine = await (await installer.get('/api/installations')).json();
    expect(mine.items).toEqual([{ id: HOME, name: 'Home', address: DEMO_INSTALLATIONS.home.address, role: 'group' }]);
    expect((await installer.get(`/api/installations/${CABIN}`)).status).toBe(404);

    // The owner sees who has access (the group with its lookup key) and revokes.
    const access = await (await owner.get(`/api/installations/${HOME}/access`)).json();
    expect(access.items).toContainEqual(expect.objectContaining({ kind: 'group', id: DEMO_GROUPS.acme.id, lookup_key: 'TZBV', grant_id: grantId, granted_by: { id: DEMO_USERS.owner.id, name: 'Olivia Owner' } }));
    expect((await owner.request('DELETE', `/api/grants/${grantId}`)).status).toBe(204);
    expect((await installer.get(`/api/installations/${HOME}`)).status).toBe(404);
    expect((await installer.get(`/api/installations/${HOME}/charging-history`)).status).toBe(404);
    expect((await (await installer.get('/api/installations')).json()).items).toEqual([]);

    const audit = await (await owner.get(`/api/audit?installation_id=${HOME}`)).json();
    expect(audit.items.map((e: { type: string }) => e.type)).toEqual(['grant.revoked', 'access_request.approved', 'grant.created']);
    expect(audit.items[0].actor).toEqual({ kind: 'user', id: DEMO_USERS.owner.id, name: 'Olivia Owner' });

    // Logs carry request ids but never the password, the code, the state or the challenge.
    const logs = logLines.join('\n');
    expect(logs).toContain('access request approved');
    for (const secret of [DEMO_PASSWORD, code, challenge, 'st-123']) expect(logs).not.toContain(secret);
    expect(logLines.every((l) => JSON.parse(l).request_id || !JSON.parse(l).path)).toBe(true);
  });

  it('denies: success=false, error=access_denied, state and iss; no grant', async () => {
    t = await createTestApp({ kind, seed: true });
    const owner = t.client();
    const { requestId } = await openConsent(owner, link({ return_url: RETURN_URL, state: 'deny-me', lang: 'fr' }), DEMO_USERS.owner.email);
    const res = await owner.post(`/access/request/${requestId}/decision`, { form: { decision: 'deny' } });
    expect(res.status).toBe(303);
    const { params } = await verifiedReturn(t, res.headers.get('location')!);
    expect(params).toEqual({ success: 'false', error: 'access_denied', lookup_key: 'TZBV', state: 'deny-me', iss: TEST_PUBLIC_URL });
    expect((await t.deps.store.grants.listForGroup(DEMO_GROUPS.acme.id, { limit: 200 })).items).toEqual([]);
    // Deciding again is refused with a friendly page, not a second redirect.
    const again = await owner.post(`/access/request/${requestId}/decision`, { form: { decision: 'approve', installation_id: HOME } });
    expect(again.status).toBe(409);
    const html = await again.text();
    expect(errorCodeFrom(html)).toBe('access_request_decided');
    expect(html).toContain('<html lang="fr">');
    const api = await owner.post(`/api/access-requests/${requestId}/approve`, { json: { installation_id: HOME } });
    expect(api.status).toBe(409);
    expect(await api.json()).toMatchObject({ status: 409, code: 'access_request_decided', request_status: 'denied' });
  });

  it('expires a pending request after the TTL: 410 page and API, nothing granted', async () => {
    t = await createTestApp({ kind, seed: true });
    const owner = t.client();
    const { requestId } = await openConsent(owner, link({ return_url: RETURN_URL, state: 's' }), DEMO_USERS.owner.email);
    t.clock.advance(t.config.accessRequestTtlMinutes * 60_000 + 1000);
    const page = await owner.post(`/access/request/${requestId}/decision`, { form: { decision: 'approve', installation_id: HOME } });
    expect(page.status).toBe(410);
    expect(errorCodeFrom(await page.text())).toBe('access_request_expired');
    const api = await owner.post(`/api/access-requests/${requestId}/approve`, { json: { installation_id: HOME } });
    expect(api.status).toBe(410);
    expect((await api.json()).code).toBe('access_request_expired');
    expect((await owner.get(`/api/access-requests/${requestId}`)).status).toBe(410);
    expect((await t.deps.store.grants.listForGroup(DEMO_GROUPS.acme.id, { limit: 200 })).items).toEqual([]);
  });

  it('keeps one grant when the same installation is approved twice, and hides it once shared', async () => {
    t = await createTestApp({ kind, seed: true });
    const owner = t.client();
    const first = await openConsent(owner, link({ installation_id: HOME }), DEMO_USERS.owner.email);
    const a = await owner.post(`/api/access-requests/${first.requestId}/approve`, { json: { installation_id: HOME } });
    expect(a.status).toBe(200);
    const { grant_id, redirect_url } = await a.json();
    expect(redirect_url).toBe(`${TEST_PUBLIC_URL}/access/receipt/${first.requestId}`);

    // Already shared: hidden by default, listed (and badged) with show_existing.
    const hidden = await owner.get(link({ installation_id: HOME }));
    const hiddenHtml = await hidden.text();
    expect(hiddenHtml).not.toContain(`value="${HOME}"`);
    expect(hiddenHtml).toContain(`value="${CABIN}"`);
    const shown = await owner.get(link({ installation_id: HOME, showExisting: 'true' }));
    const shownHtml = await shown.text();
    expect(shownHtml).toMatch(new RegExp(`value="${HOME}" checked`));
    expect(shownHtml).toContain('Already shared');

    const second = await owner.post(`/api/access-requests/${/request-id="([^"]+)"/.exec(shownHtml)![1]}/approve`, { json: { installation_id: HOME } });
    expect((await second.json()).grant_id).toBe(grant_id);
    const grants = await (await owner.get(`/api/grants?installation_id=${HOME}`)).json();
    expect(grants.items).toHaveLength(1);
    const audit = await (await owner.get(`/api/audit?installation_id=${HOME}`)).json();
    expect(audit.items.filter((e: { type: string }) => e.type === 'grant.created')).toHaveLength(1);
    expect(audit.items.filter((e: { type: string }) => e.type === 'access_request.approved')).toHaveLength(2);
  });

  it('shows the built-in receipt when there is no return URL', async () => {
    t = await createTestApp({ kind, seed: true });
    const owner = t.client();
    const { requestId } = await openConsent(owner, link({ locale: 'pt' }), DEMO_USERS.owner.email);
    const res = await owner.post(`/access/request/${requestId}/decision`, { form: { decision: 'approve', installation_id: CABIN } });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`${TEST_PUBLIC_URL}/access/receipt/${requestId}`);
    const receipt = await owner.get(`/access/receipt/${requestId}`);
    expect(receipt.status).toBe(200);
    expect(await receipt.text()).toContain('Acesso aprovado: Acme Energy pode agora gerir Cabin.');
    expect((await t.client().get(`/access/receipt/${requestId}`)).status).toBe(404);
  });

  it('asks again when approve is pressed without an installation, or with one the user cannot share', async () => {
    t = await createTestApp({ kind, seed: true });
    const owner = t.client();
    const { requestId } = await openConsent(owner, link({}), DEMO_USERS.owner.email);
    const none = await owner.post(`/access/request/${requestId}/decision`, { form: { decision: 'approve' } });
    expect(none.status).toBe(400);
    expect(await none.text()).toContain('Choose an installation you own or administer.');
    const foreign = await owner.post(`/access/request/${requestId}/decision`, { form: { decision: 'approve', installation_id: DEMO_INSTALLATIONS.workshop.id } });
    expect(foreign.status).toBe(400);
    const api = await owner.post(`/api/access-requests/${requestId}/approve`, { json: { installation_id: DEMO_INSTALLATIONS.workshop.id } });
    expect(api.status).toBe(400);
    expect((await api.json()).errors[0]).toMatchObject({ field: 'installation_id', code: 'not_allowed' });
    expect((await t.deps.store.accessRequests.findById(requestId))?.status).toBe('pending');
    expect((await t.deps.store.grants.listForGroup(DEMO_GROUPS.acme.id, { limit: 200 })).items).toEqual([]);
  });
});
