/**
 * Every page of the demo at a 1280 px desktop and a 375 px phone: the home page, the partner
 * site, every portal page (e2e/pages.ts), the partner registration wizard step by step, a
 * partner's settings and the codes table's deactivate confirmation. Each must fit the width (no
 * sideways scrolling of the page or of any box, nothing sticking out of the viewport) and pass
 * axe. One browser page per width walks them all, collecting every problem before failing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { settled } from './flows.js';
import { axeViolations, connectBrowser, demoUrl, outsideViewport, portalAs, sidewaysScroll, watchErrors } from './helpers.js';
import { PORTAL_PAGES } from './pages.js';

let browser: Browser;
beforeAll(async () => {
  browser = await connectBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Every layout and accessibility problem of the page as it is now, prefixed by `where`. */
async function problemsOf(page: Page, where: string): Promise<string[]> {
  await settled(page);
  const found = [
    ...(await sidewaysScroll(page)).map((box) => `scrolls sideways: ${box}`),
    ...(await outsideViewport(page)).map((box) => `outside the viewport: ${box}`),
    ...(await axeViolations(page)).map((violation) => `axe ${violation}`),
  ];
  return found.map((problem) => `${where}: ${problem}`);
}

describe('every demo page', () => {
  for (const [device, viewport] of [
    ['a 375 px phone', { width: 375, height: 812 }],
    ['a 1280 px desktop', { width: 1280, height: 800 }],
  ] as const) {
    it(`fits ${device} and passes axe`, async () => {
      const context = await browser.newContext({ viewport, locale: 'en-GB' });
      const page = await context.newPage();
      // A missing element fails with its name, not as the whole walk's timeout.
      page.setDefaultTimeout(15_000);
      const errors = watchErrors(page);
      const problems: string[] = [];

      await page.goto(`${demoUrl()}/`);
      problems.push(...(await problemsOf(page, 'home')));
      await page.goto(`${demoUrl()}/partner/`);
      problems.push(...(await problemsOf(page, 'partner site')));

      for (const { email, path, ready } of PORTAL_PAGES) {
        await portalAs(page, email, path);
        await page.locator(ready).first().waitFor();
        problems.push(...(await problemsOf(page, path)));
      }

      // Fresh codes, then the codes table with a deactivate confirmation open (it once overflowed its column).
      await portalAs(page, 'admin@acme.example', 'codes.html');
      const codes = page.locator('gk-invite-codes');
      await codes.getByRole('checkbox', { name: 'Installer' }).check();
      await codes.getByRole('button', { name: 'Create invitation codes' }).click();
      await codes.getByRole('heading', { name: 'The following invitation codes were created.' }).waitFor();
      problems.push(...(await problemsOf(page, 'codes.html, codes created')));
      await page.locator('gk-invite-code-list .deactivate').first().click();
      await page.locator('gk-invite-code-list .confirm').waitFor();
      problems.push(...(await problemsOf(page, 'codes.html, confirming a deactivation')));

      // The partner registration wizard, each step, then a partner's settings.
      await portalAs(page, 'holder@demo.grantkit.dev', 'partners.html');
      const partners = page.locator('gk-partners');
      await partners.getByRole('button', { name: 'Register partner' }).click();
      await partners.getByLabel('Name').fill('Fjord Installers of a rather long name');
      problems.push(...(await problemsOf(page, 'wizard, step 1')));
      await partners.getByRole('button', { name: 'Next step' }).click();
      await partners.getByLabel('Domain 1').fill('fjord-installers-of-a-long-name.example');
      problems.push(...(await problemsOf(page, 'wizard, step 2')));
      await partners.getByRole('button', { name: 'Next step' }).click();
      await partners.getByLabel('First name').fill('Ada');
      await partners.getByLabel('Last name').fill('Admin');
      await partners.getByLabel('Email').fill('ada.admin@fjord-installers-of-a-long-name.example');
      problems.push(...(await problemsOf(page, 'wizard, step 3')));
      await partners.getByRole('button', { name: 'Next step' }).click();
      await partners.getByRole('button', { name: 'Add partner' }).waitFor();
      problems.push(...(await problemsOf(page, 'wizard, summary')));
      await partners.getByRole('button', { name: 'Cancel' }).click();
      await partners.getByRole('button', { name: /^Settings of/ }).first().click();
      await partners.locator('[part~="danger-zone"]').waitFor();
      problems.push(...(await problemsOf(page, 'partner settings')));

      expect(problems).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
      // Two dozen pages, each checked by axe: longer than one story, still one browser page.
    }, 180_000);
  }
});
