/**
 * Fine-grained grants (issue 16, RFC 9396) on the real stack: Acme Energy's "monitoring only"
 * button asks for `installation:read`; the consent card lists only that; the partner then reads
 * the installation with its token, and changing a setting is refused with 403
 * `insufficient_scope` (RFC 6750 §3.1). Nils Neighbour's Workshop: no other file approves it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { connectBrowser, decide, demoUrl, platformLogin, serverUrl, watchErrors } from './helpers.js';

const NEIGHBOUR = 'neighbour@demo.grantkit.dev';

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
});
