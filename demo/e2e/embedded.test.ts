/**
 * Embedded consent, as a customer meets it on a partner's site that is another site than the
 * platform (the partner on `localhost`, the platform on `127.0.0.1`) in a browser that blocks
 * third-party cookies: the consent opens in a dialog on the partner's page, the login inside it
 * is a partitioned cookie, and the outcome reaches the page without leaving it. Whatever the
 * embedding page does to hide, cover, fade, move or shrink the frame keeps Approve held; an
 * origin the partner did not register cannot frame it and the button continues in a popup.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Frame, type Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../src/accounts.js';
import { CHROMIUM_ARGS, chromiumPath, otherSite } from './stack.js';
import { axeViolations, demoUrl, portalAs, serverUrl, watchErrors } from './helpers.js';
import { platformLogin } from './flows.js';

const owner = 'owner@demo.grantkit.dev';
const HELD = 'Approve is paused';

let browser: Browser;
beforeAll(async () => {
  // Its own browser: third-party cookies blocked, as browsers are heading (CHIPS still works).
  browser = await chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_ARGS, '--test-third-party-cookie-phaseout'], headless: true });
});
afterAll(async () => browser?.close());

async function partnerPage(viewport = { width: 1280, height: 800 }): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${otherSite(demoUrl())}/partner/`);
  await page.locator('#show-existing').check();
  return { context, page, errors };
}

/** Opens the dialog and returns the frame once the platform's page is in it. */
async function openEmbedded(page: Page): Promise<Frame> {
  await page.locator('#embedded-button').getByRole('button').click();
  const dialog = page.locator('dialog[open]');
  await dialog.waitFor();
  const handle = await dialog.locator('iframe').elementHandle();
  const frame = (await handle!.contentFrame())!;
  await frame.waitForURL((url) => url.href.startsWith(serverUrl()));
  return frame;
}

/** Logs in inside the frame and waits for the card (its guard starts with Approve held). */
async function consentIn(frame: Frame): Promise<void> {
  await frame.locator('input[name="password"]').waitFor();
  await platformLogin(frame, owner);
  await frame.locator('gk-consent').waitFor();
  await frame.waitForFunction(() => customElements.get('gk-consent') !== undefined);
}

/** The status line of the frame guard: empty once Approve counts. */
const guardStatus = (frame: Frame) => frame.locator('.gk-frame-status');

async function approveWhenReleased(frame: Frame, installation: string): Promise<void> {
  const card = frame.locator('gk-consent');
  await card.locator('[part~="installation"]', { hasText: installation }).click();
  await expect.poll(() => guardStatus(frame).textContent(), { timeout: 10_000 }).toBe('');
  await card.getByRole('button', { name: 'Approve' }).click();
}

/** Clicks "Connect here" and expects the popup instead, with the button saying why. */
async function expectPopupFallback(context: BrowserContext, page: Page, lookupKey: string): Promise<void> {
  const popup = context.waitForEvent('page');
  await page.locator('#embedded-button').getByRole('button').click();
  await (await popup).waitForURL(new RegExp(`/access/request/${lookupKey}`));
  await expect.poll(() => page.locator('#embedded-button').evaluate((el) => el.shadowRoot!.querySelector('[part="status"]')!.textContent)).toContain('opened in a separate window');
}

describe('embedded consent on a partner site (another site, third-party cookies blocked)', () => {
  it('logs in and approves inside the dialog; the partner gets the result and a token, without leaving its page', async () => {
    const { context, page, errors } = await partnerPage();
    const frame = await openEmbedded(page);
    expect(await axeViolations(frame)).toEqual([]);
    await consentIn(frame);
    await frame.locator('gk-consent [part~="installation"]').first().waitFor();
    expect(await axeViolations(frame)).toEqual([]);
    await approveWhenReleased(frame, 'Home');
    await page.getByTestId('outcome-approved').waitFor();
    await expect.poll(() => page.locator('dialog').count()).toBe(0);
    await page.getByTestId('installation').waitFor();
    expect(page.url()).toBe(`${otherSite(demoUrl())}/partner/`);
    // The login lives in the partner's partition only: the platform's own site is not logged in.
    const platform = await context.newPage();
    await platform.goto(`${serverUrl()}/`);
    expect(await platform.locator('body').textContent()).not.toContain('Logged in as');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('denies, and cancels with Escape, each reported on the partner page; focus returns to the button', async () => {
    const { context, page } = await partnerPage();
    let frame = await openEmbedded(page);
    await consentIn(frame);
    await frame.locator('gk-consent').getByRole('button', { name: 'Deny' }).click();
    await page.getByTestId('outcome-denied').waitFor();

    frame = await openEmbedded(page);
    await frame.locator('gk-consent').waitFor();
    await page.keyboard.press('Escape');
    await page.getByTestId('outcome-cancelled').waitFor();
    expect(await page.getByTestId('outcome-cancelled').textContent()).toContain('dialog was closed');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('embedded-button');
    await context.close();
  });

  it('keeps Approve held while the embedding page covers, fades, transforms or clips the frame', async () => {
    const { context, page } = await partnerPage();
    const frame = await openEmbedded(page);
    await consentIn(frame);
    const card = frame.locator('gk-consent');
    await card.locator('[part~="installation"]', { hasText: 'Cabin' }).click();
    await expect.poll(() => guardStatus(frame).textContent(), { timeout: 10_000 }).toBe('');

    const attacks: [string, string][] = [
      ['an overlay', `const o = document.createElement('div'); o.id = 'attack'; o.popover = 'manual'; o.style.cssText = 'inset:0;width:100vw;height:100vh;opacity:.01;border:0'; document.body.append(o); o.showPopover()`],
      ['opacity', `document.querySelector('dialog').style.opacity = '0.6'`],
      ['a transform', `document.querySelector('dialog').style.transform = 'rotate(2deg)'`],
      ['a clip', `const d = document.querySelector('dialog'); d.querySelector('iframe').style.height = '900px'; d.style.height = '300px'`],
    ];
    for (const [name, attack] of attacks) {
      await page.evaluate(attack);
      await expect.poll(() => guardStatus(frame).textContent(), { timeout: 10_000, message: name }).toContain(HELD);
      // A click now changes nothing: the request stays pending, the dialog open.
      await card.getByRole('button', { name: 'Approve' }).click({ force: true });
      expect(await page.locator('dialog[open]').count(), name).toBe(1);
      await page.evaluate(() => {
        document.querySelector('#attack')?.remove();
        const d = document.querySelector('dialog')!;
        d.style.opacity = '';
        d.style.transform = '';
        d.style.height = 'min(760px, 100dvh - 32px)';
        d.querySelector('iframe')!.style.height = 'calc(100% - 44px)';
      });
      await expect.poll(() => guardStatus(frame).textContent(), { timeout: 10_000, message: `${name} removed` }).toBe('');
    }
    // A script's click is not a person's: refused even while visible.
    await card.evaluate((el) => (el.shadowRoot!.querySelector('[part~="approve-button"]') as HTMLElement).click());
    expect(await page.locator('dialog[open]').count()).toBe(1);
    await page.keyboard.press('Escape');
    await context.close();
  });

  it('completes with the keyboard alone, at phone width, full screen', async () => {
    const { context, page } = await partnerPage({ width: 375, height: 740 });
    await page.locator('#embedded-button').getByRole('button').focus();
    await page.keyboard.press('Enter');
    const dialog = page.locator('dialog[open]');
    await dialog.waitFor();
    const box = (await dialog.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(374);
    const frame = (await (await dialog.locator('iframe').elementHandle())!.contentFrame())!;
    await frame.locator('input[name="email"]').waitFor();
    await frame.locator('input[name="email"]').focus();
    await page.keyboard.type(owner);
    await page.keyboard.press('Tab');
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press('Enter');
    const card = frame.locator('gk-consent');
    await card.waitFor();
    await frame.waitForFunction(() => customElements.get('gk-consent') !== undefined);
    await card.locator('[part~="installation"]', { hasText: 'Home' }).focus();
    await page.keyboard.press('Space');
    await expect.poll(() => guardStatus(frame).textContent(), { timeout: 10_000 }).toBe('');
    await card.getByRole('button', { name: 'Approve' }).focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('outcome-approved').waitFor();
    await context.close();
  });

  it('a partner that registered no embedding origin cannot be framed: the button says so and continues in a popup', async () => {
    const { context, page } = await partnerPage();
    // Nordlys registered no site: its embedded page is framable by nobody (frame-ancestors 'none').
    await page.evaluate(() => document.querySelector('#embedded-button')!.setAttribute('lookup-key', 'NRDL'));
    await expectPopupFallback(context, page, 'NRDL');
    await context.close();
  });

  it('a frame shrunk below the minimum size shows no card and the button continues in a popup', async () => {
    const { context, page } = await partnerPage();
    // The embedding page squeezes the dialog as soon as it appears.
    await page.evaluate(() => {
      new MutationObserver(() => {
        const dialog = document.querySelector('dialog');
        if (dialog) Object.assign(dialog.style, { width: '240px', height: '260px' });
      }).observe(document.body, { childList: true });
    });
    await expectPopupFallback(context, page, 'TZBV');
    await context.close();
  });

  it('a group admin sees and changes the sites that may embed the consent on My groups; a bad line is named and changes nothing', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await portalAs(page, 'admin@acme.example', 'groups.html');
    const field = page.locator('[data-group="TZBV"] [data-testid="embedding-origins"]');
    const before = await field.inputValue();
    expect(before.split('\n')).toEqual([demoUrl(), otherSite(demoUrl())].sort());
    const save = page.locator('[data-group="TZBV"]').getByRole('button', { name: 'Save sites' });
    await field.fill(`${before}\nhttps://*.acme.example`);
    await save.click();
    await expect.poll(() => page.locator('[data-group="TZBV"] [data-testid="embedding-status"]').textContent()).toContain('Line 3: ');
    await field.fill(`${before}\nhttps://Shop.Acme.example/`);
    await save.click();
    await expect.poll(() => page.locator('[data-group="TZBV"] [data-testid="embedding-status"]').textContent()).toContain('Saved: 3 sites');
    expect(await field.inputValue()).toContain('https://shop.acme.example');
    // Put back what the other tests rely on.
    await field.fill(before);
    await save.click();
    await expect.poll(() => page.locator('[data-group="TZBV"] [data-testid="embedding-status"]').textContent()).toContain('Saved: 2 sites');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
