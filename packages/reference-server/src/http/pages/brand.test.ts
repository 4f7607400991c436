/**
 * Whose page is this: the platform's name and logo on every server page, the partner asking
 * beside it on the login, consent and invitation pages, the operator's theme in the page's style.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_USERS } from '../../seed/demo-data.js';
import { openConsent } from '../../testing/access-request-helpers.js';
import { createPartnerWorld, invitationLink, registration } from '../../testing/partner-fixtures.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';

const ACME_LOGO = 'http://localhost:4000/assets/logos/acme-energy.svg';
const LOGO = 'data:image/svg+xml,%3Csvg%20xmlns=%22http://www.w3.org/2000/svg%22/%3E';

/** The brand header's parties: [kind, name, logo src or null]. */
function parties(html: string): [string, string, string | null][] {
  const header = /<header class="brand[^"]*" data-testid="brand">([\s\S]*?)<\/header>/.exec(html)?.[1];
  if (header === undefined) throw new Error(`no brand header in ${html.slice(0, 300)}`);
  return [...header.matchAll(/<span class="party" data-party="(\w+)">(?:<img class="brand-logo" src="([^"]*)"[^>]*>|<span class="brand-logo initials"[^>]*>[^<]*<\/span>)<span class="party-name">([^<]*)<\/span>/g)].map(
    (m) => [m[1]!, m[3]!, m[2] ?? null],
  );
}

describe('the brand header', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({
      seed: true,
      env: { GRANTKIT_PLATFORM_NAME: 'Voltgrid', GRANTKIT_PLATFORM_LOGO_URL: LOGO, GRANTKIT_THEME: 'color-primary=#0a7d55; --gk-radius=6px' },
    });
  });
  afterAll(() => t.close());

  it('names the platform alone on the home, receipt-less error and 404 pages, and in the title', async () => {
    for (const [path, headers] of [
      ['/', {}],
      ['/access/request/ZZZZ', {}],
      ['/no-such-page', { accept: 'text/html' }],
    ] as const) {
      const html = await (await t.client().get(path, { headers })).text();
      expect(parties(html), path).toEqual([['platform', 'Voltgrid', LOGO]]);
      expect(html).toMatch(/<title>[^<]* · Voltgrid<\/title>/);
    }
  });

  it('shows the platform and the partner asking on the login and consent pages', async () => {
    const browser = t.client();
    const path = '/access/request/TZBV?partner_name=Acme%20Charging';
    const login = await (await browser.get(path)).text();
    expect(parties(login)).toEqual([
      ['platform', 'Voltgrid', LOGO],
      ['partner', 'Acme Energy', ACME_LOGO],
    ]);
    expect(login).toContain('<h1>Log in to Voltgrid</h1>');
    expect(parties(await (await browser.get(`/login?next=${encodeURIComponent(path)}`)).text())).toEqual(parties(login));
    // A plain login (no access request) has no second party.
    expect(parties(await (await t.client().get('/login')).text())).toEqual([['platform', 'Voltgrid', LOGO]]);

    const { html } = await openConsent(t.client(), path, DEMO_USERS.owner.email, DEMO_PASSWORD);
    expect(parties(html)).toEqual([
      ['platform', 'Voltgrid', LOGO],
      ['partner', 'Acme Energy', ACME_LOGO],
    ]);
  });

  it('puts the operator’s theme after the stylesheet, under the page’s nonce', async () => {
    const res = await t.client().get('/login');
    const html = await res.text();
    const nonce = /'nonce-([^']+)'/.exec(res.headers.get('content-security-policy')!)![1];
    const style = new RegExp(`<style nonce="${nonce}">([\\s\\S]*?)</style>`).exec(html)![1]!;
    expect(style).toMatch(/:root \{ --gk-color-primary: #0a7d55; --gk-radius: 6px; \}$/);
    expect(style).toContain('var(--gk-color-primary, #1d5bd6)');
  });

  it('shows the inviting partner beside the platform on the invitation page, with styled fields', async () => {
    const w = await createPartnerWorld(t);
    await w.holder.post(`/api/organisations/${w.organisationId}/partners`, { json: registration() });
    const token = await invitationLink(t, 'ada@fjord.example');
    const html = await (await t.client().get(`/invitations/${token}`)).text();
    expect(parties(html).map(([kind, name]) => [kind, name])).toEqual([
      ['platform', 'Voltgrid'],
      ['partner', 'Fjord Installers'],
    ]);
  });
});

describe('a hostile platform name', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { GRANTKIT_PLATFORM_NAME: '<img src=x onerror=alert(1)>"&' } });
  });
  afterAll(() => t.close());

  it('is text on every page: escaped in the header, the heading and the title', async () => {
    const html = await (await t.client().get('/login')).text();
    expect(html).not.toContain('<img src=x');
    expect(parties(html)).toEqual([['platform', '&lt;img src=x onerror=alert(1)&gt;&quot;&amp;', null]]);
    expect(html).toContain('<h1>Log in to &lt;img src=x onerror=alert(1)&gt;&quot;&amp;</h1>');
    expect(html).toContain('<title>Log in · &lt;img src=x onerror=alert(1)&gt;&quot;&amp;</title>');
    // No logo configured: the initials stand in.
    expect(html).toMatch(/<span class="brand-logo initials" aria-hidden="true">&lt;S<\/span>/);
  });
});
