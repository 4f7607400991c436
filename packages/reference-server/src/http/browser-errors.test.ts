/**
 * What a browser sees when it is lost (HTML 404/405 in the layout, in its language) and what an
 * API client keeps seeing (problem+json).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodeFrom } from '../testing/access-request-helpers.js';
import { createTestApp, TEST_PUBLIC_URL, type TestApp } from '../testing/test-app.js';

const BROWSER = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

describe('lost in a browser, lost as an API client', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { GRANTKIT_PLATFORM_NAME: 'Voltgrid' } });
  });
  afterAll(() => t.close());
  const call = (method: string, path: string, headers: Record<string, string> = {}) =>
    t.app.request(TEST_PUBLIC_URL + path, { method, headers: { origin: TEST_PUBLIC_URL, ...headers } });

  it('shows a browser an unknown page as a 404 page in the layout, with a link home', async () => {
    const res = await call('GET', '/no-such-page', { accept: BROWSER });
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await res.text();
    expect(errorCodeFrom(html)).toBe('not_found');
    expect(html).toContain('<h1>Page not found</h1>');
    expect(html).toContain('<a href="/" data-testid="home">Go to the start page</a>');
    expect(html).toContain('data-party="platform"');
  });

  it('speaks the browser’s language (Accept-Language, or ?lang=)', async () => {
    const de = await (await call('GET', '/nirgendwo', { accept: BROWSER, 'accept-language': 'de-DE,de;q=0.9,en;q=0.5' })).text();
    expect(de).toContain('<html lang="de">');
    expect(de).toContain('<h1>Seite nicht gefunden</h1>');
    expect(await (await call('GET', '/nowhere?lang=nb', { accept: BROWSER })).text()).toContain('Fant ikke siden');
  });

  it('shows a browser a wrong method as a localised 405 page with Allow', async () => {
    const res = await call('PUT', '/login', { accept: BROWSER, 'accept-language': 'fr' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD, POST');
    const html = await res.text();
    expect(errorCodeFrom(html)).toBe('method_not_allowed');
    expect(html).toContain('Cette page ne peut pas être utilisée ainsi');
  });

  it('keeps problem+json for the API, OAuth and metadata paths, even when the client asks for HTML', async () => {
    for (const path of ['/api/nope', '/oauth/nope', '/.well-known/nope']) {
      const res = await call('GET', path, { accept: BROWSER });
      expect(res.status, path).toBe(404);
      expect(res.headers.get('content-type'), path).toBe('application/problem+json');
    }
  });

  it('keeps problem+json for clients that do not ask for HTML first', async () => {
    for (const accept of [undefined, '*/*', 'application/json', 'application/json, text/html;q=0.5']) {
      const res = await call('GET', '/no-such-page', accept ? { accept } : {});
      expect(res.status, accept).toBe(404);
      expect(res.headers.get('content-type'), accept).toBe('application/problem+json');
      expect((await res.json()).code).toBe('not_found');
    }
    const wrongMethod = await call('PUT', '/login', { accept: 'application/json' });
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('content-type')).toBe('application/problem+json');
    expect(await wrongMethod.json()).toMatchObject({ code: 'method_not_allowed', allowed_methods: ['GET', 'HEAD', 'POST'] });
  });
});
