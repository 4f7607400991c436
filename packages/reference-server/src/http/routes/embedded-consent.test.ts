/**
 * Embedded consent (`display=embedded`): only the origins a group registered may frame its login,
 * consent and return pages (CSP frame-ancestors, no X-Frame-Options), every other page keeps
 * `frame-ancestors 'none'`; a login inside the frame is a partitioned cookie (CHIPS) that counts
 * only on the consent flow; the outcome goes to the embedded-return page, which hands it to the
 * registered origins.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_GROUPS, DEMO_INSTALLATIONS, DEMO_PASSWORD, DEMO_USERS } from '../../seed/demo-data.js';
import { errorCodeFrom, requestIdFrom } from '../../testing/access-request-helpers.js';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.js';
import { storeKinds } from '../../testing/test-database.js';

const ACME = DEMO_GROUPS.acme;
const NORDLYS = DEMO_GROUPS.nordlys;
const SHOP = 'https://shop.acme.example';
const EMBEDDED = `/access/request/TZBV?display=embedded&state=s-embedded&installation_id=${DEMO_INSTALLATIONS.home.id}`;

const frameAncestors = (res: Response): string | undefined =>
  /frame-ancestors ([^;]+)/.exec(res.headers.get('content-security-policy') ?? '')?.[1];

describe.each(storeKinds)('embedded consent on %s', (kind) => {
  let t: TestApp;
  let acmeAdmin: TestClient;
  const countRequests = async () => (await t.database.db.query('SELECT id FROM access_requests')).length;

  beforeAll(async () => {
    t = await createTestApp({ kind, seed: true });
    acmeAdmin = t.client();
    await acmeAdmin.login(DEMO_USERS.acmeAdmin.email, DEMO_PASSWORD);
  });
  afterAll(async () => t?.close());

  describe('embedding origins', () => {
    it('a group admin registers exact origins: normalised, sorted, shown with the group, recorded', async () => {
      const res = await acmeAdmin.request('PUT', `/api/groups/${ACME.id}/embedding-origins`, {
        json: { origins: ['https://Shop.Acme.example/', 'http://127.0.0.1:5173', SHOP] },
      });
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ origins: ['http://127.0.0.1:5173', SHOP] });
      const group = (await (await acmeAdmin.get(`/api/groups/${ACME.id}`)).json()) as { embedding_origins: string[] };
      expect(group.embedding_origins).toEqual(['http://127.0.0.1:5173', SHOP]);
      const audit = (await (await acmeAdmin.get(`/api/audit?group_id=${ACME.id}`)).json()) as { items: { type: string; data: { origins: string[] } }[] };
      expect(audit.items.find((e) => e.type === 'group.embedding_origins_changed')?.data.origins).toEqual(['http://127.0.0.1:5173', SHOP]);
    });

    it.each([
      ['a wildcard', 'https://*.acme.example', 'wildcard'],
      ['a path', 'https://shop.acme.example/embed', 'not_origin'],
      ['plain http off loopback', 'http://shop.acme.example', 'insecure'],
      ['another scheme', 'ftp://shop.acme.example', 'scheme'],
      ['not a URL', 'shop.acme.example', 'malformed'],
    ])('refuses %s with a 400 naming the entry, and changes nothing', async (_name, origin, code) => {
      const before = (await (await acmeAdmin.get(`/api/groups/${ACME.id}`)).json()) as { embedding_origins: string[] };
      const res = await acmeAdmin.request('PUT', `/api/groups/${ACME.id}/embedding-origins`, { json: { origins: [SHOP, origin] } });
      expect(res.status).toBe(400);
      const problem = (await res.json()) as { code: string; errors: { field: string; code: string }[] };
      expect(problem.code).toBe('validation_failed');
      expect(problem.errors).toEqual([expect.objectContaining({ field: 'origins[1]', code })]);
      expect(((await (await acmeAdmin.get(`/api/groups/${ACME.id}`)).json()) as { embedding_origins: string[] }).embedding_origins).toEqual(before.embedding_origins);
    });

    it('refuses more than ten, plain members (403) and outsiders (404)', async () => {
      const many = Array.from({ length: 11 }, (_, i) => `https://s${i}.acme.example`);
      expect((await acmeAdmin.request('PUT', `/api/groups/${ACME.id}/embedding-origins`, { json: { origins: many } })).status).toBe(400);
      const installer = t.client();
      await installer.login(DEMO_USERS.acmeInstaller.email, DEMO_PASSWORD);
      expect((await installer.request('PUT', `/api/groups/${ACME.id}/embedding-origins`, { json: { origins: [SHOP] } })).status).toBe(403);
      expect((await acmeAdmin.request('PUT', `/api/groups/${NORDLYS.id}/embedding-origins`, { json: { origins: [SHOP] } })).status).toBe(404);
    });
  });

  describe('framing', () => {
    it('lists exactly the group’s origins in frame-ancestors on the embedded login, without X-Frame-Options', async () => {
      const res = await t.client().get(EMBEDDED);
      expect(res.status).toBe(200);
      expect(frameAncestors(res)).toBe(`http://127.0.0.1:5173 ${SHOP}`);
      expect(res.headers.get('x-frame-options')).toBeNull();
      expect(await res.text()).toContain('data-gk-display="embedded"');
    });

    it('keeps every other page unframable: the same link without display, another group’s embedded link, the API', async () => {
      for (const res of [await t.client().get('/access/request/TZBV'), await t.client().get('/access/request/TZBV?display=popup'), await t.client().get('/login'), await acmeAdmin.get('/api/me')]) {
        expect(frameAncestors(res)).toBe("'none'");
        expect(res.headers.get('x-frame-options')).toBe('DENY');
      }
    });

    it('answers display=embedded for a group with no embedding origins, or an unknown display, with a localised 400 page; nothing stored', async () => {
      const before = await countRequests();
      const unembeddable = await acmeAdmin.get('/access/request/NRDL?display=embedded&locale=fr');
      expect(unembeddable.status).toBe(400);
      expect(frameAncestors(unembeddable)).toBe("'none'");
      const html = await unembeddable.text();
      expect(errorCodeFrom(html)).toBe('validation_failed');
      expect(html).toContain('Ce partenaire n’a pas enregistré son site');
      const unknown = await acmeAdmin.get('/access/request/TZBV?display=touch');
      expect(unknown.status).toBe(400);
      expect(await unknown.text()).toContain('The display value in the link is not supported');
      expect(await countRequests()).toBe(before);
    });
  });

  describe('a login inside the frame', () => {
    let framed: TestClient;
    let setCookie: string;

    beforeAll(async () => {
      framed = t.client();
      const res = await framed.post('/login', { form: { email: DEMO_USERS.owner.email, password: DEMO_PASSWORD, next: EMBEDDED } });
      expect(res.status).toBe(303);
      setCookie = res.headers.getSetCookie().join('\n');
    });

    it('is a partitioned cookie (CHIPS), never the top-level session', () => {
      expect(setCookie).toMatch(/gk_embedded_session=[^;]+;.*HttpOnly; Secure; SameSite=None; Partitioned/);
      expect(setCookie).not.toContain('gk_session=');
    });

    it('a wrong password comes back to the framed login with a partitioned flash cookie', async () => {
      const res = await t.client().post('/login', { form: { email: DEMO_USERS.owner.email, password: 'wrong password!', next: EMBEDDED } });
      expect(res.status).toBe(303);
      expect(res.headers.getSetCookie().join('\n')).toMatch(/gk_login_flash=.*SameSite=None; Partitioned/);
    });

    it('opens the consent framable by the group’s origins, and counts nowhere else', async () => {
      const consent = await framed.get(EMBEDDED);
      expect(consent.status).toBe(200);
      expect(frameAncestors(consent)).toBe(`http://127.0.0.1:5173 ${SHOP}`);
      expect(requestIdFrom(await consent.text())).toMatch(/[0-9a-f-]{36}/);
      expect((await framed.get('/api/me')).status).toBe(401);
      expect((await framed.get('/api/installations')).status).toBe(401);
    });

    it('approving ends on the embedded-return page, which hands the return parameters to the registered origins only', async () => {
      const consent = await framed.get(`${EMBEDDED}&return_url=${encodeURIComponent((await t.deps.store.groups.listReturnUrls(ACME.id))[0]!)}`);
      const requestId = requestIdFrom(await consent.text());
      const decided = await framed.post(`/access/request/${requestId}/decision`, { form: { decision: 'approve', installation_id: DEMO_INSTALLATIONS.home.id } });
      expect(decided.status).toBe(303);
      const location = new URL(decided.headers.get('location')!);
      expect(location.pathname).toBe('/access/embedded-return');
      expect(location.searchParams.get('success')).toBe('true');
      expect(location.searchParams.get('state')).toBe('s-embedded');
      const page = await framed.get(location.pathname + location.search);
      expect(page.status).toBe(200);
      expect(frameAncestors(page)).toBe(`http://127.0.0.1:5173 ${SHOP}`);
      const html = await page.text();
      const attribute = (name: string) => JSON.parse(new RegExp(`${name}="([^"]+)"`).exec(html)![1]!.replaceAll('&quot;', '"').replaceAll('&amp;', '&')) as unknown;
      expect(attribute('data-gk-framers')).toEqual(['http://127.0.0.1:5173', SHOP]);
      expect(attribute('data-gk-embedded-result')).toMatchObject({ success: 'true', lookup_key: 'TZBV', state: 's-embedded', installation_id: DEMO_INSTALLATIONS.home.id });
    });

    it('denying ends there too, with the error', async () => {
      const consent = await framed.get(EMBEDDED.replace('s-embedded', 's-deny'));
      const requestId = requestIdFrom(await consent.text());
      const decided = await framed.post(`/access/request/${requestId}/decision`, { form: { decision: 'deny' } });
      const location = new URL(decided.headers.get('location')!);
      expect(location.pathname).toBe('/access/embedded-return');
      expect(location.searchParams.get('error')).toBe('access_denied');
    });
  });

  it('the embedded-return page refuses a partner that cannot be embedded', async () => {
    for (const query of ['lookup_key=NRDL&success=false', 'lookup_key=ZZZZ', '']) {
      const res = await t.client().get(`/access/embedded-return?${query}`);
      expect(res.status).toBe(400);
      expect(frameAncestors(res)).toBe("'none'");
    }
  });
});
