/**
 * The access-request link in a real browser (Chromium through playwright-core): the login form,
 * the consent page and the 303 back to the partner, once without JavaScript (the plain form —
 * this is where `Referrer-Policy: no-referrer` would make Chromium send `Origin: null` and break
 * the CSRF check) and once with `<gk-consent>` upgraded from /assets/grantkit-elements.js.
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { DEMO_INSTALLATIONS, DEMO_PASSWORD, DEMO_RETURN_URLS, DEMO_USERS } from '../seed/demo-data.js';
import { startTestServer, type TestServer } from './test-server.js';

const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-default-apps', '--disable-extensions', '--mute-audio'];

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

  async function walk(javaScriptEnabled: boolean, installationId: string, state: string) {
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
    const link = `${server.url}/access/request/TZBV?${new URLSearchParams({ installation_id: installationId, return_url: DEMO_RETURN_URLS[0], state })}`;
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

  it('works with <gk-consent> upgraded from the bundled elements', async () => {
    const { context, page, returned, partnerRequest } = await walk(true, DEMO_INSTALLATIONS.cabin.id, 'with-js');
    await page.waitForFunction(() => customElements.get('gk-consent') !== undefined, undefined, { timeout: 20_000 });
    const approve = page.locator('gk-consent').getByRole('button', { name: 'Genehmigen' });
    await approve.waitFor({ timeout: 20_000 });
    await Promise.all([partnerRequest(), approve.click()]);
    const q = returned()!.searchParams;
    expect(q.get('success')).toBe('true');
    expect(q.get('installation_id')).toBe(DEMO_INSTALLATIONS.cabin.id);
    expect(q.get('state')).toBe('with-js');
    await context.close();
  });
});
