/**
 * Bad links to the access-request page: a clear localised error page with the right status,
 * no redirect, and nothing stored — logged in or not.
 */
import { consentStrings } from '@grantkit/elements/consent-strings';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_INSTALLATIONS, DEMO_PASSWORD, DEMO_RETURN_URLS, DEMO_USERS } from '../../seed/demo-data.js';
import { errorCodeFrom, pkcePair } from '../../testing/access-request-helpers.js';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.js';
import { sha256 } from '../../security/random.js';
import { storeKinds } from '../../testing/test-database.js';

const HOME = DEMO_INSTALLATIONS.home.id;
const { challenge } = pkcePair();

const cases: { name: string; path: string; status: number; code: string; text: string }[] = [
  { name: 'unknown lookup key', path: '/access/request/ZZZZ', status: 404, code: 'not_found', text: 'No partner has the lookup key “ZZZZ”' },
  { name: 'malformed lookup key', path: '/access/request/T0BV%3Cscript%3E', status: 404, code: 'not_found', text: 'No partner has the lookup key' },
  {
    name: 'unregistered return URL',
    path: `/access/request/TZBV?return_url=${encodeURIComponent('https://evil.example/steal')}`,
    status: 400,
    code: 'validation_failed',
    text: 'The return address in the link is not one this partner has registered.',
  },
  { name: 'javascript: return URL', path: `/access/request/TZBV?returnUrl=${encodeURIComponent('javascript:alert(1)')}`, status: 400, code: 'validation_failed', text: 'return address' },
  { name: 'plain-http return URL off loopback', path: `/access/request/TZBV?return_url=${encodeURIComponent('http://partner.example/return')}`, status: 400, code: 'validation_failed', text: 'return address' },
  { name: 'bad installation id', path: '/access/request/TZBV?installation_id=42', status: 400, code: 'validation_failed', text: 'not a valid installation id' },
  {
    name: 'unsupported challenge method (localised)',
    path: `/access/request/TZBV?lang=de&code_challenge=${challenge}&code_challenge_method=plain`,
    status: 400,
    code: 'validation_failed',
    text: 'Die Methode der Sicherheitsprüfung wird nicht unterstützt (nur S256).',
  },
  { name: 'too-short challenge', path: '/access/request/TZBV?code_challenge=abc&code_challenge_method=S256', status: 400, code: 'validation_failed', text: 'code_challenge' },
  { name: 'unsupported locale', path: '/access/request/TZBV?locale=es', status: 400, code: 'validation_failed', text: 'language' },
];

describe.each(storeKinds)('access-request page errors on %s', (kind) => {
  let t: TestApp;
  let loggedIn: TestClient;
  beforeAll(async () => {
    t = await createTestApp({ kind, seed: true });
    loggedIn = t.client();
    await loggedIn.login(DEMO_USERS.owner.email, DEMO_PASSWORD);
  });
  afterAll(async () => t?.close());

  describe.each(cases)('$name', ({ path, status, code, text }) => {
    it.each([
      ['logged out', () => t.client()],
      ['logged in', () => loggedIn],
    ] as const)('answers with an error page when %s: no redirect, nothing stored', async (_label, client) => {
      const res = await client().get(path);
      expect(res.status).toBe(status);
      expect(res.headers.get('location')).toBeNull();
      expect(res.headers.get('content-type')).toContain('text/html');
      expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      const html = await res.text();
      expect(errorCodeFrom(html)).toBe(code);
      expect(html).toContain(text);
      expect(html).not.toContain('<script>');
      expect(await t.database.db.query('SELECT id FROM access_requests')).toHaveLength(0);
    });
  });

  it('escapes whatever the link carries', async () => {
    const res = await t.client().get(`/access/request/TZBV?partner_name=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('names the partner (partner_name, else the group) on the login page, in the browser’s language', async () => {
    const named = await (await t.client().get('/access/request/TZBV?partnerName=Acme%20Solar%20Service')).text();
    expect(named).toContain('Acme Solar Service is asking for access');
    const fr = await t.client().get('/access/request/tzbv', { headers: { 'accept-language': 'fr-CH, en;q=0.5' } });
    const frHtml = await fr.text();
    expect(frHtml).toContain('<html lang="fr">');
    expect(frHtml).toContain('Acme Energy demande l’accès');
  });

  it('shows the consent card’s copy from @grantkit/elements/consent-strings, the wording <gk-consent> shows', async () => {
    const html = await (await loggedIn.get('/access/request/TZBV?lang=de')).text();
    expect(html).toContain('<html lang="de">');
    const card = consentStrings.de;
    for (const text of [card.heading('Acme Energy'), card.pickerLegend, card.searchLabel, card.scopeNote, card.approve, card.deny]) expect(html).toContain(text);
    // The lookup key is the platform's name for the partner, not the customer's concern.
    expect(html).not.toContain('>TZBV<');
  });

  it('needs a valid Origin to decide, and never lets another user decide', async () => {
    const path = `/access/request/TZBV?return_url=${encodeURIComponent(DEMO_RETURN_URLS[0])}`;
    const page = await loggedIn.get(path);
    const id = /request-id="([^"]+)"/.exec(await page.text())![1]!;
    const noOrigin = await loggedIn.post(`/access/request/${id}/decision`, { form: { decision: 'approve', installation_id: HOME }, origin: null });
    expect(noOrigin.status).toBe(403);
    const evil = await loggedIn.post(`/access/request/${id}/decision`, { form: { decision: 'deny' }, origin: 'https://evil.example' });
    expect(evil.status).toBe(403);
    const neighbour = t.client();
    await neighbour.login(DEMO_USERS.neighbour.email, DEMO_PASSWORD);
    const stolen = await neighbour.post(`/access/request/${id}/decision`, { form: { decision: 'deny' } });
    expect(stolen.status).toBe(404);
    expect((await neighbour.get(`/api/access-requests/${id}`)).status).toBe(404);
    expect((await neighbour.post(`/api/access-requests/${id}/deny`)).status).toBe(404);
    expect((await t.deps.store.accessRequests.findById(id))?.status).toBe('pending');
    const anonymous = await t.client().post(`/access/request/${id}/decision`, { form: { decision: 'deny' } });
    expect(anonymous.status).toBe(401);
  });

  it('answers a decision on an unknown request with the error page, whatever the decision', async () => {
    for (const form of [{ decision: 'deny' }, { decision: 'maybe' }, { decision: 'approve' }, { decision: 'approve', installation_id: HOME }] as Record<string, string>[]) {
      const res = await loggedIn.post('/access/request/00000000-0000-4000-8000-000000000000/decision', { form });
      expect(res.status, form.decision).toBe(404);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      expect(errorCodeFrom(await res.text())).toBe('access_request_not_found');
    }
  });

  it('caps how many requests one user opens (429 page with Retry-After)', async () => {
    const c = t.client();
    await c.login(DEMO_USERS.acmeAdmin.email, DEMO_PASSWORD);
    for (let i = 0; i < t.config.rateLimits.accessRequestPerUser.max; i++) expect((await c.get('/access/request/TZBV')).status).toBe(200);
    const limited = await c.get('/access/request/TZBV?lang=pt');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    const html = await limited.text();
    expect(errorCodeFrom(html)).toBe('rate_limited');
    expect(html).toContain('Demasiadas tentativas');
    await t.database.db.query('DELETE FROM access_requests');
  });

  it('logs in through the form, refusing wrong passwords and off-site next URLs', async () => {
    const c = t.client();
    const wrong = await c.post('/login', { form: { email: DEMO_USERS.owner.email, password: 'nope', next: '/access/request/TZBV' } });
    // Post/Redirect/Get: back to the login page, which says why once (login-page.test.ts).
    expect(wrong.status).toBe(303);
    expect(wrong.headers.get('location')).toBe('/login?next=%2Faccess%2Frequest%2FTZBV');
    expect(await (await c.get(wrong.headers.get('location')!)).text()).toContain('The email or password is not correct.');
    const offsite = await c.post('/login', { form: { email: DEMO_USERS.owner.email, password: DEMO_PASSWORD, next: '//evil.example/x' } });
    expect(offsite.status).toBe(303);
    expect(offsite.headers.get('location')).toBe('/');
    const home = await c.get('/');
    expect(await home.text()).toContain('Logged in as Olivia Owner');
    // Logging in again as someone else ends the previous session in the database too.
    const before = [...c.cookies.values()][0]!;
    expect((await c.post('/login', { form: { email: DEMO_USERS.neighbour.email, password: DEMO_PASSWORD, next: '/' } })).status).toBe(303);
    expect(await t.deps.store.sessions.findUser(sha256(before), t.clock.now())).toBeUndefined();
    expect(await (await c.get('/')).text()).toContain('Logged in as Nils Neighbour');
    const out = await c.post('/logout', { form: {} });
    expect(out.status).toBe(303);
    expect((await c.get('/api/me')).status).toBe(401);
  });
});
