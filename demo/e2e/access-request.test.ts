/**
 * The partner's story: a customer connects an installation to Acme Energy from the partner's
 * site (redirect and popup), approves or denies on the platform, and later revokes in the
 * portal, after which the partner's page gets "no access".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { connectBrowser, decide, demoUrl, portalAs, serverUrl, watchErrors } from './helpers.js';

const OWNER = 'owner@demo.grantkit.dev';
const NEIGHBOUR = 'neighbour@demo.grantkit.dev';
const CABIN = '7a2e3b5f-1c8d-4d2f-8b62-000000000102';

let browser: Browser;
beforeAll(async () => {
  browser = await connectBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function openPartner(page: Page, installationLabel = ''): Promise<void> {
  await page.goto(`${demoUrl()}/partner/`);
  await page.locator('#connection').locator('[data-testid]').first().waitFor();
  await page.locator('#installation').selectOption(installationLabel ? { label: installationLabel } : '');
}

async function openPopup(context: BrowserContext, page: Page): Promise<Page> {
  const [popup] = await Promise.all([context.waitForEvent('page'), page.locator('#popup-button').getByRole('button').click()]);
  await popup.waitForURL((url) => url.href.startsWith(`${serverUrl()}/access/request/TZBV`));
  return popup;
}

describe('Olivia Owner connects her installations to Acme Energy', () => {
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    context = await browser.newContext();
    page = await context.newPage();
    errors = watchErrors(page);
  });
  afterAll(async () => {
    await context.close();
  });

  it('redirect: log in, approve, and the return page shows the installation and its charging history', async () => {
    await openPartner(page);
    await page.getByTestId('not-connected').waitFor();
    // Other files may have shared Home already: let the card offer it either way.
    await page.locator('#show-existing').check();
    await page.locator('#redirect-button').getByRole('button').click();
    await page.waitForURL((url) => url.href.startsWith(`${serverUrl()}/access/request/TZBV`));
    await decide(page, 'approve', { email: OWNER, installation: 'Home' });
    await page.waitForURL((url) => url.href.startsWith(`${demoUrl()}/partner/return.html`));
    await page.getByTestId('outcome-approved').waitFor();
    const card = page.getByTestId('installation');
    await expect(card.getByRole('heading', { level: 2 }).textContent()).resolves.toBe('Home');
    await expect(card.textContent()).resolves.toContain('Storgata 12');
    // ~30 seeded sessions: the page asked for the last 10.
    await expect(page.getByTestId('history').locator('tbody tr').count()).resolves.toBe(10);
    // The code left the address bar at once (single use, never bookmarked or leaked).
    expect(new URL(page.url()).searchParams.has('code')).toBe(false);
    expect(new URL(page.url()).searchParams.get('success')).toBe('true');
    // A reload finds the same return: the same outcome and the kept connection, no error.
    await page.reload();
    await page.getByTestId('outcome-approved').waitFor();
    await card.getByRole('heading', { level: 2, name: 'Home' }).waitFor();
    await expect(page.getByTestId('outcome-error').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
  });

  it('popup: the consent opens in a window with Cabin preselected, and the partner page shows it', async () => {
    await openPartner(page, 'Cabin (Olivia Owner)');
    await page.locator('#show-existing').uncheck();
    const popup = await openPopup(context, page);
    expect(new URL(popup.url()).searchParams.get('installation_id')).toBe(CABIN);
    // Logged in on the platform already (same browser): straight to the card, Cabin checked.
    await decide(popup, 'approve', { email: OWNER });
    await popup.waitForEvent('close');
    await page.getByTestId('outcome-approved').waitFor();
    // The code exchange and the read follow the outcome: wait for the new card, not any card.
    await page.getByTestId('installation').getByRole('heading', { level: 2, name: 'Cabin' }).waitFor();
    await expect(page.getByTestId('installation').getByRole('heading', { level: 2 }).textContent()).resolves.toBe('Cabin');
    expect(errors).toEqual([]);
  });

  it('popup closed before deciding: the partner page says nothing was shared', async () => {
    await openPartner(page);
    await page.locator('#show-existing').uncheck();
    const popup = await openPopup(context, page);
    await popup.close();
    await page.getByTestId('outcome-cancelled').waitFor();
  });

  it('revoke: the owner takes the access back in the portal and the partner page gets "no access"', async () => {
    await openPartner(page);
    await expect(page.getByTestId('installation').getByRole('heading', { level: 2 }).textContent()).resolves.toBe('Cabin');

    const portal = await context.newPage();
    await portalAs(portal, OWNER);
    const cabin = portal.locator(`[data-installation="${CABIN}"] gk-installation-access`);
    await cabin.getByRole('button', { name: 'Revoke access for Acme Energy' }).click();
    await cabin.locator('[part~="confirm-button"]').click();
    await cabin.getByText('Access for Acme Energy was revoked.').waitFor();
    await portal.close();

    await page.getByTestId('refresh').click();
    await page.getByTestId('no-access').waitFor();
    await expect(page.getByTestId('installation').count()).resolves.toBe(0);
  });
});

describe('Nils Neighbour declines', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await browser.newContext();
    page = await context.newPage();
  });
  afterAll(async () => {
    await context.close();
  });

  it('redirect deny: the return page says nothing was shared', async () => {
    await openPartner(page);
    await page.locator('#language').selectOption('de');
    await page.locator('#redirect-button').getByRole('button').click();
    await page.waitForURL((url) => url.href.startsWith(`${serverUrl()}/access/request/TZBV`));
    expect(new URL(page.url()).searchParams.get('locale')).toBe('de');
    await page.locator('#language').waitFor({ state: 'detached' });
    await page.locator('html[lang="de"]').waitFor();
    await page.locator('input[name="password"]').waitFor();
    await page.goto(page.url().replace('locale=de', 'locale=en'));
    await decide(page, 'deny', { email: NEIGHBOUR });
    await page.waitForURL((url) => url.href.startsWith(`${demoUrl()}/partner/return.html`));
    await page.getByTestId('outcome-denied').waitFor();
    await expect(page.getByTestId('installation').count()).resolves.toBe(0);
  });

  it('popup deny: the partner page reports the refusal', async () => {
    await openPartner(page);
    await page.locator('#language').selectOption('en');
    const popup = await openPopup(context, page);
    await decide(popup, 'deny', { email: NEIGHBOUR });
    await page.getByTestId('outcome-denied').waitFor();
    await page.getByTestId('not-connected').waitFor();
  });
});

describe('the return page refuses what it did not start', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await browser.newContext();
    page = await context.newPage();
  });
  afterAll(async () => {
    await context.close();
  });

  it('opened directly, it has nothing to finish', async () => {
    await page.goto(`${demoUrl()}/partner/return.html?success=true&installation_id=x&lookup_key=TZBV&grant_id=y&state=forged&iss=${encodeURIComponent(serverUrl())}`);
    await page.getByTestId('outcome-none').waitFor();
    await expect(page.getByTestId('installation').count()).resolves.toBe(0);
  });

  it('with a forged state while a request is under way, it shows an error and calls nothing', async () => {
    await page.goto(`${demoUrl()}/partner/`);
    await page.locator('#redirect-button').getByRole('button').click();
    await page.waitForURL((url) => url.href.startsWith(`${serverUrl()}/access/request/TZBV`));
    // Someone else's result arrives instead of ours (a login-CSRF style injection).
    await page.goto(`${demoUrl()}/partner/return.html?success=true&installation_id=x&lookup_key=TZBV&grant_id=y&code=stolen&state=forged&iss=${encodeURIComponent(serverUrl())}`);
    await page.getByTestId('outcome-error').waitFor();
    await expect(page.getByTestId('outcome-error').textContent()).resolves.toMatch(/state/i);
    await expect(page.getByTestId('installation').count()).resolves.toBe(0);
  });
});

/**
 * The returns that share nothing besides a denial, as the platform sends them to the return URL
 * (the wire contract): the request is started for real from the partner site, and its `state`
 * comes back with `error=already_shared` or `error=expired`.
 */
describe('the return page names every outcome and survives a reload', () => {
  let context: BrowserContext;
  let page: Page;
  const widths = [
    ['desktop', { width: 1280, height: 800 }],
    ['phone', { width: 390, height: 844 }],
  ] as const;
  beforeAll(async () => {
    context = await browser.newContext();
    page = await context.newPage();
  });
  afterAll(async () => {
    await context.close();
  });

  async function returnWith(error: 'already_shared' | 'expired', extra: Record<string, string> = {}): Promise<void> {
    await openPartner(page);
    await page.locator('#redirect-button').getByRole('button').click();
    await page.waitForURL((url) => url.href.startsWith(`${serverUrl()}/access/request/TZBV`));
    const state = new URL(page.url()).searchParams.get('state')!;
    const back = new URLSearchParams({ success: 'false', error, lookup_key: 'TZBV', state, iss: serverUrl(), ...extra });
    await page.goto(`${demoUrl()}/partner/return.html?${back}`);
  }

  for (const [name, viewport] of widths) {
    it(`already shared (${name}): "you're already connected", also after a reload`, async () => {
      await page.setViewportSize(viewport);
      await returnWith('already_shared', { installation_id: CABIN });
      await expect(page.getByTestId('outcome-already-shared').textContent()).resolves.toMatch(/already/i);
      await page.reload();
      await page.getByTestId('outcome-already-shared').waitFor();
    });

    it(`expired (${name}): "the link expired, try again" with a retry button back to the partner`, async () => {
      await page.setViewportSize(viewport);
      await returnWith('expired');
      await expect(page.getByTestId('outcome-expired').textContent()).resolves.toMatch(/expired/i);
      await page.reload();
      await page.getByTestId('outcome-expired').waitFor();
      await page.getByTestId('retry').click();
      await page.waitForURL(`${demoUrl()}/partner/`);
    });
  }
});
