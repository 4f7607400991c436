/**
 * The access-request link in a real browser (Chromium through playwright-core): the login form,
 * the consent page and the 303 back to the partner, once without JavaScript (the plain form —
 * this is where `Referrer-Policy: no-referrer` would make Chromium send `Origin: null` and break
 * the CSRF check) and once with `<gk-consent>` upgraded from /assets/grantkit-elements.js, where
 * the installation is picked and approved with the keyboard alone (issue #4).
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { DEMO_INSTALLATIONS, DEMO_PASSWORD, DEMO_RETURN_URLS, DEMO_USERS } from '../seed/demo-data.js';
import { startTestServer, type TestServer } from './test-server.js';
import { CHROMIUM_ARGS, chromiumPath } from '../../../../scripts/chromium.js';

const CHROME = chromiumPath();
const ARGS = [...CHROMIUM_ARGS];

describe.skipIf(!existsSync(CHROME))('access request in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startTestServer();
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROME, args: ARGS });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function walk(javaScriptEnabled: boolean, installationId: string, state: string, extra: Record<string, string> = {}) {
    const context = await browser.newContext({ javaScriptEnabled, locale: 'de-DE' });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(String(e)));
    page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()} ${r.url()}`));
    // The partner's site is not running: the request the browser makes to it is the result
    // (Playwright routes do not see the far end of a redirect, so watch requests instead).
    let returned: URL | undefined;
    page.on('request', (r) => {
      if (r.url().startsWith('http://localhost:5173/')) returned ??= new URL(r.url());
    });
    const partnerRequest = () => page.waitForRequest((r) => r.url().startsWith('http://localhost:5173/'), { timeout: 20_000 });
    const link = `${server.url}/access/request/TZBV?${new URLSearchParams({ installation_id: installationId, return_url: DEMO_RETURN_URLS[0], state, ...extra })}`;
    await page.goto(link);
    expect(await page.title()).toBe('Anmelden · grantkit');
    await page.fill('#email', DEMO_USERS.owner.email);
    await page.fill('#password', DEMO_PASSWORD);
    await Promise.all([page.waitForURL(/\/access\/request\/TZBV/), page.click('button[type=submit]')]);
    expect(await page.title()).toBe('Zugriffsanforderung · grantkit');
    return { context, page, problems, returned: () => returned, partnerRequest };
  }

  it('works without JavaScript: form login, form consent, 303 to the partner with the result', async () => {
    const { context, page, problems, returned, partnerRequest } = await walk(false, DEMO_INSTALLATIONS.home.id, 'no-js');
    expect(await page.isChecked(`input[value="${DEMO_INSTALLATIONS.home.id}"]`)).toBe(true);
    await Promise.all([partnerRequest(), page.click('button[value=approve]')]);
    const q = returned()!.searchParams;
    expect(q.get('success')).toBe('true');
    expect(q.get('installation_id')).toBe(DEMO_INSTALLATIONS.home.id);
    expect(q.get('state')).toBe('no-js');
    expect(q.get('iss')).toBe(server.url);
    expect(problems.filter((p) => !/localhost:5173|favicon/.test(p))).toEqual([]);
    await context.close();
  });

  it('works with <gk-consent> upgraded from the bundled elements, with the keyboard alone', async () => {
    // PKCE (RFC 7636 §4.1-4.2): with a code_challenge the return trip also carries `code`.
    const verifier = randomBytes(32).toString('base64url');
    const challenge = createHash('sha256').update(verifier).digest('base64url');
    const { context, page, returned, partnerRequest } = await walk(true, DEMO_INSTALLATIONS.home.id, 'with-js', {
      code_challenge: challenge,
      code_challenge_method: 'S256',
      // The first test shared Home already: list it too, so there is a choice to make.
      show_existing: 'true',
    });
    await page.waitForFunction(() => customElements.get('gk-consent') !== undefined, undefined, { timeout: 20_000 });
    // Waiting for the card to render is not an interaction; from here on only the keyboard.
    await page.locator('gk-consent').getByRole('button', { name: 'Genehmigen' }).waitFor({ timeout: 20_000 });
    /** What has focus, looking through shadow roots: a `part` name or `radio:<value>`. */
    const focused = () =>
      page.evaluate(() => {
        let active = document.activeElement;
        while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
        if (active instanceof HTMLInputElement) return `${active.type}:${active.value}`;
        return active?.getAttribute('part') ?? active?.tagName.toLowerCase() ?? 'nothing';
      });
    const checked = () =>
      page.evaluate(() => document.querySelector('gk-consent')?.shadowRoot?.querySelector<HTMLInputElement>('input[type=radio]:checked')?.value ?? null);

    // Tab from the top of the page into the card: the picker's checked (preselected) radio.
    const home = `radio:${DEMO_INSTALLATIONS.home.id}`;
    const cabin = `radio:${DEMO_INSTALLATIONS.cabin.id}`;
    for (let presses = 0; presses < 20 && (await focused()) !== home; presses += 1) await page.keyboard.press('Tab');
    expect(await focused()).toBe(home);
    expect(await checked()).toBe(DEMO_INSTALLATIONS.home.id);
    // Pick the cabin with the arrow keys (a radio group moves and checks together).
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe(cabin);
    expect(await checked()).toBe(DEMO_INSTALLATIONS.cabin.id);
    // Tab past Deny to Approve, and back and forth once (Shift+Tab) to prove the order.
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('deny-button');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('approve-button');
    await page.keyboard.press('Shift+Tab');
    expect(await focused()).toBe('deny-button');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('approve-button');
    await Promise.all([partnerRequest(), page.keyboard.press('Enter')]);

    const landed = returned()!;
    expect(landed.origin + landed.pathname).toBe(DEMO_RETURN_URLS[0]);
    const q = landed.searchParams;
    expect(q.get('success')).toBe('true');
    expect(q.get('installation_id')).toBe(DEMO_INSTALLATIONS.cabin.id);
    expect(q.get('lookup_key')).toBe('TZBV');
    expect(q.get('state')).toBe('with-js');
    expect(q.get('iss')).toBe(server.url);
    expect(q.get('code')).toMatch(/^[\w-]{20,}$/);
    expect(q.get('error')).toBeNull();
    // The grant in the URL is the one now listed on the cabin's access list.
    const grantId = q.get('grant_id');
    expect(grantId).toMatch(/^[\w-]{8,}$/);
    const access = await page.request.get(`${server.url}/api/installations/${DEMO_INSTALLATIONS.cabin.id}/access`);
    expect(access.status()).toBe(200);
    const { items } = (await access.json()) as { items: Array<{ kind: string; lookup_key?: string; grant_id?: string }> };
    expect(items).toContainEqual(expect.objectContaining({ kind: 'group', lookup_key: 'TZBV', grant_id: grantId }));
    await context.close();
  });
});
