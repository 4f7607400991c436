/**
 * Screenshots of every demo page at desktop (1280×800) and phone (375×812) width, into
 * demo/screenshots/ (git-ignored). Starts its own stack like the e2e tests (fresh database,
 * free ports), connects Home to Acme Energy first so the pages have something to show.
 *
 *   npm run screenshots -w grantkit-demo
 */
import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { connectViaRedirect, decide, platformLogin, portalAs, settled } from '../e2e/flows.js';
import { CLOCK_PATH } from '../e2e/server-clock.js';
import { PORTAL_PAGES } from '../e2e/pages.js';
import { CHROMIUM_ARGS, chromiumPath, startDemoStack } from '../e2e/stack.js';

const out = resolve(dirname(fileURLToPath(import.meta.url)), '../screenshots');
const sizes = { desktop: { width: 1280, height: 800 }, phone: { width: 375, height: 812 } } as const;

/** A page at one width, and how to save it once everything on it has rendered. */
async function pageAt(browser: Browser, size: keyof typeof sizes) {
  const context = await browser.newContext({ viewport: sizes[size] });
  const page = await context.newPage();
  const save = async (name: string) => {
    await settled(page);
    await page.screenshot({ path: `${out}/${name}-${size}.png`, fullPage: true });
    console.log(`  ${name}-${size}.png`);
  };
  return { context, page, save };
}

async function shoot(browser: Browser, demoUrl: string, serverUrl: string, size: keyof typeof sizes): Promise<void> {
  const { context, page, save } = await pageAt(browser, size);
  await page.goto(`${demoUrl}/`);
  await save('home');
  await page.goto(`${demoUrl}/partner/`);
  await save('partner');
  // Home is shared after the first pass: let the card offer it again.
  await page.locator('#show-existing').check();
  await page.locator('#redirect-button').getByRole('button').click();
  await page.waitForURL((u) => u.href.startsWith(serverUrl));
  await page.locator('input[name="password"]').waitFor();
  await save('platform-login');
  await decide(page, 'approve', { email: 'owner@demo.grantkit.dev', installation: 'Home' });
  await page.getByTestId('installation').waitFor();
  await save('partner-return');
  for (const shot of PORTAL_PAGES) {
    await portalAs(page, demoUrl, shot.email, shot.path);
    await page.locator(shot.ready).first().waitFor();
    await save(shot.name);
  }
  // The partner registration wizard and a partner's settings (headings, danger zone).
  await portalAs(page, demoUrl, 'holder@demo.grantkit.dev', 'partners.html');
  const partners = page.locator('gk-partners');
  await partners.getByRole('button', { name: 'Register partner' }).click();
  await partners.getByRole('tab').first().waitFor();
  await save('portal-partners-register');
  await partners.getByRole('button', { name: 'Cancel' }).click();
  await partners.getByRole('button', { name: /^Settings/ }).first().click();
  await partners.locator('[part~="danger-zone"]').waitFor();
  await save('portal-partners-settings');
  await context.close();
}

async function consentShot(browser: Browser, demoUrl: string, serverUrl: string): Promise<void> {
  for (const size of Object.keys(sizes) as (keyof typeof sizes)[]) {
    const context = await browser.newContext({ viewport: sizes[size] });
    const page = await context.newPage();
    await page.goto(`${demoUrl}/partner/`);
    await page.locator('#installation').selectOption({ label: 'Cabin (Olivia Owner)' });
    await page.locator('#redirect-button').getByRole('button').click();
    await page.waitForURL((u) => u.href.startsWith(serverUrl));
    await platformLogin(page, 'owner@demo.grantkit.dev');
    await page.waitForFunction(() => customElements.get('gk-consent') !== undefined);
    await page.locator('gk-consent').getByRole('button', { name: 'Approve' }).waitFor();
    await page.screenshot({ path: `${out}/platform-consent-${size}.png`, fullPage: true });
    console.log(`  platform-consent-${size}.png`);
    await context.close();
  }
}

/**
 * The ways back that share nothing, and the answer a reopened link shows: the card's
 * "already shared" notice and its return, the card and return of a request that expired while
 * open (the server clock moved past the TTL), and the receipt after Back from an approval.
 */
async function returnShots(browser: Browser, demoUrl: string, serverUrl: string): Promise<void> {
  const moveClock = (ms: number) => fetch(`${demoUrl}${CLOCK_PATH}`, { method: 'POST', body: JSON.stringify({ offset_ms: ms }) });
  for (const size of Object.keys(sizes) as (keyof typeof sizes)[]) {
    const { context, page, save } = await pageAt(browser, size);
    const startRedirect = async (installation: string, showExisting: boolean) => {
      await page.goto(`${demoUrl}/partner/`);
      if (installation) await page.locator('#installation').selectOption({ label: installation });
      await page.locator('#show-existing').setChecked(showExisting);
      await page.locator('#redirect-button').getByRole('button').click();
      await page.waitForURL((u) => u.href.startsWith(serverUrl));
    };
    await connectViaRedirect(page, demoUrl, 'owner@demo.grantkit.dev', 'Home');
    await page.goBack();
    await page.getByTestId('back-to-partner').waitFor();
    await save('platform-receipt');

    await startRedirect('Home (Olivia Owner)', false);
    const card = page.locator('gk-consent');
    await card.locator('[part~="notice"]').waitFor();
    await save('platform-consent-already-shared');
    await card.getByRole('button', { name: 'Back to Acme Energy' }).click();
    await page.getByTestId('outcome-already-shared').waitFor();
    await save('partner-return-already-shared');

    await startRedirect('', true);
    await card.getByRole('button', { name: 'Deny' }).waitFor();
    await moveClock(11 * 60_000);
    try {
      await card.getByRole('button', { name: 'Deny' }).click();
      await card.getByRole('button', { name: 'Back to Acme Energy' }).waitFor();
      await save('platform-consent-expired');
      await card.getByRole('button', { name: 'Back to Acme Energy' }).click();
      await page.getByTestId('outcome-expired').waitFor();
      await save('partner-return-expired');
    } finally {
      await moveClock(0);
    }
    await context.close();
  }
}

await mkdir(out, { recursive: true });
const stack = await startDemoStack();
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
  console.log(`Saving to ${out}`);
  await consentShot(browser, stack.demoUrl, stack.server.url);
  await shoot(browser, stack.demoUrl, stack.server.url, 'desktop');
  await shoot(browser, stack.demoUrl, stack.server.url, 'phone');
  await returnShots(browser, stack.demoUrl, stack.server.url);
} finally {
  await browser.close();
  await stack.close();
}
