/**
 * @module
 * What a person does, as Playwright steps: log in on the platform, decide on the consent card,
 * log in to the portal with a demo account. No sleeps: every step waits for what it needs.
 * Used by the e2e tests and by scripts/screenshots.ts.
 */
import type { Frame, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../src/accounts.js';

/** The platform's login form (shown by the access-request link when logged out). */
export async function platformLogin(page: Page | Frame, email: string): Promise<void> {
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
  await page.locator('form button[type="submit"], form input[type="submit"]').first().click();
}

/**
 * On the access-request link: logs in as `email` if the platform asks, waits for the upgraded
 * `<gk-consent>` card, picks an installation (when given), and decides.
 */
export async function decide(page: Page | Frame, decision: 'approve' | 'deny', { email, installation }: { email: string; installation?: string }): Promise<void> {
  const loginForm = page.locator('input[name="password"]');
  await loginForm.or(page.locator('gk-consent')).first().waitFor();
  if (await loginForm.isVisible()) await platformLogin(page, email);
  await page.waitForFunction(() => customElements.get('gk-consent') !== undefined);
  const card = page.locator('gk-consent');
  if (installation) await card.locator('[part~="installation"]', { hasText: installation }).click();
  await card.getByRole('button', { name: decision === 'approve' ? 'Approve' : 'Deny' }).click();
}

/** Waits until every custom element on the page has rendered into its shadow root, and the network is idle. */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('gk-') && !el.hasAttribute('hidden')).every((el) => (el.shadowRoot?.childElementCount ?? 0) > 0),
  );
  await page.waitForLoadState('networkidle');
}

/** Opens a portal page and, unless already logged in as `email`, logs in with the one-click demo account. */
export async function portalAs(page: Page, demoUrl: string, email: string, path = 'index.html'): Promise<void> {
  await page.goto(`${demoUrl}/portal/${path}`);
  const switcher = page.getByTestId('account-switcher');
  await switcher.waitFor();
  if ((await switcher.inputValue()) === email) return;
  const panel = page.getByTestId('login-panel');
  // Logging in reloads the page: wait for that load, not for the select's new value.
  const reloaded = page.waitForEvent('load');
  if (await panel.isVisible()) await panel.locator(`button[data-email="${email}"]`).click();
  else await switcher.selectOption(email);
  await reloaded;
  await page.getByTestId('whoami').waitFor();
  if ((await page.getByTestId('account-switcher').inputValue()) !== email) throw new Error(`portal: not logged in as ${email}`);
}

/**
 * Connects an installation to Acme Energy through the partner site (redirect mode). Also offers
 * installations already shared, so it works whatever ran before (approving twice keeps one grant).
 */
export async function connectViaRedirect(page: Page, demoUrl: string, email: string, installation: string): Promise<void> {
  await page.goto(`${demoUrl}/partner/`);
  await page.locator('#show-existing').check();
  await page.locator('#redirect-button').getByRole('button').click();
  await decide(page, 'approve', { email, installation });
  await page.getByTestId('outcome-approved').waitFor();
  await page.getByTestId('installation').waitFor();
}
