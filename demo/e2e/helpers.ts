/**
 * @module
 * What a person does, as Playwright steps: log in on the platform, decide on the consent card,
 * log in to the portal with a demo account. No sleeps: every step waits for what it needs.
 */
import { inject } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../src/accounts.js';

export const demoUrl = (): string => inject('demoUrl');
export const serverUrl = (): string => inject('serverUrl');

export function connectBrowser(): Promise<Browser> {
  return chromium.connect(inject('wsEndpoint'));
}

/** Fails the test on any uncaught page error (a broken page must not pass quietly). */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** The platform's login form (shown by the access-request link when logged out). */
export async function platformLogin(page: Page, email: string): Promise<void> {
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
  await page.locator('form button[type="submit"], form input[type="submit"]').first().click();
}

/**
 * On the access-request link: logs in as `email` if the platform asks, waits for the upgraded
 * `<gk-consent>` card, picks an installation (when given), and decides.
 */
export async function decide(page: Page, decision: 'approve' | 'deny', { email, installation }: { email: string; installation?: string }): Promise<void> {
  const loginForm = page.locator('input[name="password"]');
  await loginForm.or(page.locator('gk-consent')).first().waitFor();
  if (await loginForm.isVisible()) await platformLogin(page, email);
  await page.waitForFunction(() => customElements.get('gk-consent') !== undefined);
  const card = page.locator('gk-consent');
  if (installation) await card.locator('[part~="installation"]', { hasText: installation }).click();
  await card.getByRole('button', { name: decision === 'approve' ? 'Approve' : 'Deny' }).click();
}

/** Opens a portal page and, when logged out, logs in with the one-click demo account. */
export async function portalAs(page: Page, email: string, path = 'index.html'): Promise<void> {
  await page.goto(`${demoUrl()}/portal/${path}`);
  const who = page.getByTestId('whoami');
  const panel = page.getByTestId('login-panel');
  await who.or(panel).first().waitFor();
  if (await panel.isVisible()) {
    await panel.locator(`button[data-email="${email}"]`).click();
  } else {
    const switcher = page.getByTestId('account-switcher');
    if ((await switcher.inputValue()) !== email) await switcher.selectOption(email);
  }
  await page.waitForFunction((e) => (document.querySelector('[data-testid="account-switcher"]') as HTMLSelectElement | null)?.value === e, email);
}
