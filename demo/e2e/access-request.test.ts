/**
 * The partner's story: a customer connects an installation to Acme Energy from the partner's
 * site (redirect and popup), approves or denies on the platform, and later revokes in the
 * portal, after which the partner's page gets "no access".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { connectBrowser, connectViaRedirect as connectAt, decide, demoUrl, moveServerClock, portalAs, serverUrl, sidewaysScroll, watchErrors } from './helpers.js';

const OWNER = 'owner@demo.grantkit.dev';
const NEIGHBOUR = 'neighbour@demo.grantkit.dev';
const CABIN = '7a2e3b5f-1c8d-4d2f-8b62-000000000102';
const HOME = '7a2e3b5f-1c8d-4d2f-8b62-000000000101';

let browser: Browser;
beforeAll(async () => {
  browser = await connectBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const connectViaRedirect = (page: Page, installation: string): Promise<void> => connectAt(page, demoUrl(), OWNER, installation);

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

    // Acme's backend hears it at once (a signed webhook, verified), and the page says so unasked.
    await page.getByTestId('live-connection-change').waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('live-connection-change').textContent()).toContain('revoked this access just now');
    expect(await page.getByTestId('live-events').locator('[data-event="grant.revoked"]').count()).toBeGreaterThan(0);

    // Acme's admin sees the endpoint and its deliveries in the portal.
    const admin = await browser.newContext();
    const settings = await admin.newPage();
    await portalAs(settings, 'admin@acme.example', 'webhooks.html');
    const webhooks = settings.locator('gk-webhooks');
    await webhooks.getByText('/partner/webhooks').first().waitFor();
    await admin.close();

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
 * The returns that share nothing besides a denial, driven through the platform as a customer
 * meets them: the installation the link names is already shared (the card's "Back to Acme
 * Energy"), and the request expires while the card is open (the server's clock is moved past
 * the TTL; the card's "Back to Acme Energy" follows the 410's way back). The partner's return
 * page names each outcome and keeps it on a reload, at desktop and phone widths. Back after
 * approving finds the answer given on the platform, never the card again.
 */
describe('every way back goes through the platform and survives a reload', () => {
  let context: BrowserContext;
  let page: Page;
  const widths = [
    ['desktop', { width: 1280, height: 800 }],
    ['phone', { width: 375, height: 812 }],
  ] as const;
  beforeAll(async () => {
    context = await browser.newContext();
    page = await context.newPage();
    // Home is shared with Acme Energy, whatever ran before.
    await connectViaRedirect(page, 'Home');
  });
  afterAll(async () => {
    await moveServerClock(0);
    await context.close();
  });

  /** Starts a redirect from the partner site and waits for the upgraded card. */
  async function startRedirect({ installation = '', showExisting }: { installation?: string; showExisting: boolean }): Promise<void> {
    await openPartner(page, installation);
    await page.locator('#show-existing').setChecked(showExisting);
    await page.locator('#redirect-button').getByRole('button').click();
    await page.waitForURL((url) => url.href.startsWith(`${serverUrl()}/access/request/TZBV`));
    await page.waitForFunction(() => customElements.get('gk-consent') !== undefined);
  }

  async function backOnReturnPage(error: string): Promise<URLSearchParams> {
    await page.waitForURL((url) => url.href.startsWith(`${demoUrl()}/partner/return.html`));
    const query = new URL(page.url()).searchParams;
    expect(query.get('error')).toBe(error);
    return query;
  }

  it('Back after approving (phone): the platform shows the answer given, not the card again, and its link returns the same outcome', async () => {
    await page.setViewportSize(widths[1][1]);
    await connectViaRedirect(page, 'Home');
    await page.goBack();
    await page.waitForURL((url) => url.href.startsWith(`${serverUrl()}/access/request/TZBV`));
    await page.getByText('You already shared Home with Acme Energy.').waitFor();
    await expect(page.locator('gk-consent').count()).resolves.toBe(0);
    await expect(sidewaysScroll(page)).resolves.toEqual([]);
    await page.getByTestId('back-to-partner').click();
    await page.waitForURL((url) => url.href.startsWith(`${demoUrl()}/partner/return.html`));
    await page.getByTestId('outcome-approved').waitFor();
    await expect(page.getByTestId('outcome-error').count()).resolves.toBe(0);
  });

  for (const [name, viewport] of widths) {
    it(`already shared (${name}): the card says so, "Back to Acme Energy" returns error=already_shared, also after a reload`, async () => {
      await page.setViewportSize(viewport);
      await startRedirect({ installation: 'Home (Olivia Owner)', showExisting: false });
      const card = page.locator('gk-consent');
      await card.locator('[part~="notice"]', { hasText: 'Acme Energy already has access to Home' }).waitFor();
      await expect(sidewaysScroll(page)).resolves.toEqual([]);
      await card.getByRole('button', { name: 'Back to Acme Energy' }).click();
      const query = await backOnReturnPage('already_shared');
      expect(query.get('installation_id')).toBe(HOME);
      await expect(page.getByTestId('outcome-already-shared').textContent()).resolves.toMatch(/already/i);
      await page.reload();
      await page.getByTestId('outcome-already-shared').waitFor();
      await expect(sidewaysScroll(page)).resolves.toEqual([]);
    });

    it(`expired (${name}): the card says so, "Back to Acme Energy" returns error=expired, and the partner offers a retry`, async () => {
      await page.setViewportSize(viewport);
      await startRedirect({ showExisting: true });
      const card = page.locator('gk-consent');
      const deny = card.getByRole('button', { name: 'Deny' });
      await deny.waitFor();
      // Past the 10-minute TTL while the card is open.
      await moveServerClock(11 * 60_000);
      try {
        await deny.click();
        await card.getByRole('heading', { name: 'This access request has expired' }).waitFor();
        await expect(sidewaysScroll(page)).resolves.toEqual([]);
        await card.getByRole('button', { name: 'Back to Acme Energy' }).click();
        await backOnReturnPage('expired');
      } finally {
        await moveServerClock(0);
      }
      await expect(page.getByTestId('outcome-expired').textContent()).resolves.toMatch(/expired/i);
      await page.reload();
      await page.getByTestId('outcome-expired').waitFor();
      await expect(sidewaysScroll(page)).resolves.toEqual([]);
      await page.getByTestId('retry').click();
      await page.waitForURL(`${demoUrl()}/partner/`);
    });
  }
});
