/**
 * Fine-grained grants (issue 16, RFC 9396) on the real stack: Acme Energy's "monitoring only"
 * button asks for `installation:read`; the consent card lists only that; the partner then reads
 * the installation with its token, and changing a setting is refused with 403
 * `insufficient_scope` (RFC 6750 §3.1). Then the full ask: the card shows what is already allowed
 * and what is asked in addition, approving widens the one grant, and the owner narrows it back in
 * the portal, which the partner's token feels on its next call. Nils Neighbour's Workshop: no
 * other file approves it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { connectBrowser, decide, demoUrl, platformLogin, portalAs, serverUrl, watchErrors } from './helpers.js';

const NEIGHBOUR = 'neighbour@demo.grantkit.dev';
const WORKSHOP = '7a2e3b5f-1c8d-4d2f-8b62-000000000103';

let browser: Browser;
beforeAll(async () => {
  browser = await connectBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('a monitoring-only partner (permissions=installation:read), at desktop width', () => {
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    errors = watchErrors(page);
  });
  afterAll(async () => {
    await context.close();
  });

  it('asks for read only, the consent lists only read, and the token reads but may not change settings', async () => {
    await page.goto(`${demoUrl()}/partner/`);
    await page.locator('#connection').locator('[data-testid]').first().waitFor();
    await page.locator('#monitoring-button').getByRole('button').click();
    await page.waitForURL((url) => url.href.startsWith(`${serverUrl()}/access/request/TZBV`));
    expect(new URL(page.url()).searchParams.get('permissions')).toBe('installation:read');

    // Ask → consent: the card lists exactly what is asked.
    const loginForm = page.locator('input[name="password"]');
    await loginForm.or(page.locator('gk-consent')).first().waitFor();
    if (await loginForm.isVisible()) await platformLogin(page, NEIGHBOUR);
    await page.waitForFunction(() => customElements.get('gk-consent') !== undefined);
    const card = page.locator('gk-consent');
    const asked = card.locator('[part~="permissions"] li');
    await asked.first().waitFor();
    expect((await asked.allTextContents()).map((text) => text.trim())).toEqual(['View the installation and its charging history']);
    await expect(card.textContent()).resolves.not.toContain('Change installation settings');
    await decide(page, 'approve', { email: NEIGHBOUR, installation: 'Workshop' });

    // → use: the return page exchanged the code; the token reads the installation.
    await page.waitForURL((url) => url.href.startsWith(`${demoUrl()}/partner/return.html`));
    await page.getByTestId('outcome-approved').waitFor();
    const installation = page.getByTestId('installation');
    await installation.getByRole('heading', { level: 2, name: 'Workshop' }).waitFor();
    await expect(page.getByTestId('scope').textContent()).resolves.toBe('installation:read');
    await expect(page.getByTestId('history').locator('tbody tr').count()).resolves.toBeGreaterThan(0);

    // Changing a setting is beyond the grant: 403 insufficient_scope.
    await page.getByTestId('change-settings').click();
    const result = page.getByTestId('settings-result');
    await result.filter({ hasText: /\S/ }).waitFor();
    await expect(result.textContent()).resolves.toContain('Refused (403 insufficient_scope)');
    expect(errors).toEqual([]);
  });

  it('asking for everything later shows what is held and what is added; approving widens; the owner narrows it back in the portal, at once', async () => {
    await page.goto(`${demoUrl()}/partner/`);
    await page.locator('#show-existing').check();
    await page.locator('#redirect-button').getByRole('button').click();
    await page.waitForURL((url) => url.href.startsWith(`${serverUrl()}/access/request/TZBV`));
    const card = page.locator('gk-consent');
    const held = card.locator('[part~="held-permissions"] li');
    await held.first().waitFor();
    expect((await held.allTextContents()).map((text) => text.trim())).toEqual(['View the installation and its charging history']);
    expect((await card.locator('[part~="added-permissions"] li').allTextContents()).map((text) => text.trim())).toEqual([
      'Change installation settings',
      'Control and configure all chargers connected to the site',
    ]);
    await decide(page, 'approve', { email: NEIGHBOUR, installation: 'Workshop' });
    await page.waitForURL((url) => url.href.startsWith(`${demoUrl()}/partner/return.html`));
    await page.getByTestId('installation').getByRole('heading', { level: 2, name: 'Workshop' }).waitFor();
    await page.getByTestId('change-settings').click();
    await page.getByTestId('settings-result').filter({ hasText: 'Max current is now' }).waitFor();

    // The owner narrows the one grant to viewing, without revoking it.
    const portal = await context.newPage();
    await portalAs(portal, NEIGHBOUR);
    const access = portal.locator(`[data-installation="${WORKSHOP}"] gk-installation-access`);
    await expect(access.locator('[part~="permissions"]').first().textContent()).resolves.toMatch(/View\s*Change settings\s*Control chargers/);
    await access.getByRole('button', { name: 'Change access for Acme Energy' }).click();
    await access.getByLabel('Change settings').uncheck();
    await access.getByLabel('Control chargers').uncheck();
    await access.locator('[part~="save-button"]').click();
    await access.getByText('Access for Acme Energy was changed.').waitFor();
    await portal.close();

    // The partner's token, issued before, loses the power on its next call.
    await page.goto(`${demoUrl()}/partner/`);
    await page.getByTestId('change-settings').click();
    await page.getByTestId('settings-result').filter({ hasText: 'insufficient_scope' }).waitFor();
    await page.getByTestId('installation').getByRole('heading', { level: 2, name: 'Workshop' }).waitFor();
    expect(errors).toEqual([]);
  });
});
