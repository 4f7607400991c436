/**
 * Invitation codes end to end in Chromium (playwright-core) against the real server over HTTP:
 * the admin of Acme Energy creates three codes in <gk-invite-codes> and copies them, a second
 * user redeems one in <gk-redeem-code> and sees the group, the admin's table shows it used by
 * that user, the admin deactivates another, and redeeming that one fails with the deactivated
 * message. The elements come from the server's own /assets/grantkit-elements.js; the two pages
 * are plain HTML served by this test at the server's origin (the demo portal comes later).
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_GROUPS, DEMO_PASSWORD, DEMO_USERS } from '../../seed/demo-data.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';
import { CHROMIUM_ARGS, chromiumPath } from '../../../../../scripts/chromium.js';

const CHROME = chromiumPath();
const ARGS = [...CHROMIUM_ARGS];
const CODE = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

const PAGE = (element: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>grantkit invitations</title>
<script type="module" src="/assets/grantkit-elements.js"></script></head>
<body><main>${element}</main></body></html>`;

describe.skipIf(!existsSync(CHROME))('invitation codes in Chromium on the real server', () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startTestServer();
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROME, args: ARGS });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** A logged-in browser on a page of the server's origin that shows `element`. */
  async function open(email: string, path: string, element: string): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
    const context = await browser.newContext({ locale: 'en-GB' });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(String(e)));
    await page.route(`${server.url}${path}`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: PAGE('') }));
    await page.goto(`${server.url}${path}`);
    // Log in through the JSON API from the page: same origin, so the session cookie is set for it.
    const status = await page.evaluate(
      async ([e, p]) => (await fetch('/api/session', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: e, password: p }) })).status,
      [email, DEMO_PASSWORD],
    );
    expect(status).toBe(200);
    await page.waitForFunction(() => customElements.get('gk-redeem-code') && customElements.get('gk-invite-codes'), undefined, { timeout: 30_000 });
    await page.evaluate((html) => void (document.querySelector('main')!.innerHTML = html), element);
    return { context, page, problems };
  }

  async function redeem(page: Page, code: string): Promise<void> {
    const field = page.getByRole('textbox', { name: 'Invitation code' });
    await field.fill(code);
    await field.press('Enter');
  }

  it('create three, copy, redeem one, see it used, deactivate another, and its redemption fails', async () => {
    const admin = await open(DEMO_USERS.acmeAdmin.email, '/e2e/invite', '<gk-invite-codes locale="en"></gk-invite-codes>');
    const a = admin.page;

    // Create three codes for Acme Energy with the Installer role.
    const count = a.getByLabel('Number of invitation codes');
    await count.waitFor({ timeout: 30_000 });
    await count.fill('3');
    await a.getByRole('checkbox', { name: 'Installer' }).check();
    await a.getByRole('button', { name: 'Create invitation codes' }).click();
    await a.getByRole('heading', { name: 'The following invitation codes were created.' }).waitFor();
    const codes = (await a.locator('gk-invite-codes [part~="code"] code').allTextContents()).map((t) => t.trim());
    expect(codes).toHaveLength(3);
    for (const code of codes) expect(code).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);

    // Copy all: the clipboard names the group and the validity date, then every code.
    await a.getByRole('button', { name: 'Copy all codes' }).click();
    await a.getByText('3 codes copied to the clipboard.').waitFor({ state: 'attached' });
    const copied = await a.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain(`Invitation codes for ${DEMO_GROUPS.acme.name} (${DEMO_GROUPS.acme.lookupKey})`);
    expect(copied).toMatch(/Valid until: /);
    expect(copied.match(CODE)).toEqual(codes);

    // The second user redeems the first code and sees the group joined.
    const user = await open(DEMO_USERS.neighbour.email, '/e2e/redeem', '<gk-redeem-code locale="en"></gk-redeem-code>');
    const u = user.page;
    await u.getByRole('textbox', { name: 'Invitation code' }).waitFor({ timeout: 30_000 });
    await redeem(u, codes[0]!);
    await u.getByRole('heading', { name: `You joined ${DEMO_GROUPS.acme.name}.` }).waitFor();
    await expect(u.getByText('Your roles: Installer').isVisible()).resolves.toBe(true);

    // The admin's table shows it used by that user.
    await a.evaluate(() => (document.querySelector('gk-invite-codes')!.shadowRoot!.querySelector('gk-invite-code-list') as unknown as { load(): Promise<void> }).load());
    const usedRow = a.locator('gk-invite-code-list tbody tr', { hasText: codes[0]! });
    await expect.poll(async () => (await usedRow.textContent()) ?? '').toContain('Used');
    expect(await usedRow.textContent()).toContain(DEMO_USERS.neighbour.name);

    // The admin deactivates the second code.
    const second = a.locator('gk-invite-code-list tbody tr', { hasText: codes[1]! });
    await second.getByRole('button', { name: `Deactivate code ${codes[1]}` }).click();
    await second.getByRole('button', { name: 'Deactivate', exact: true }).click();
    await expect.poll(async () => (await second.textContent()) ?? '').toContain('Deactivated');

    // Redeeming the deactivated code fails with the deactivated message.
    await u.getByRole('button', { name: 'Use another code' }).click();
    await redeem(u, codes[1]!);
    await u.getByRole('alert').getByText('This invitation code was deactivated by an administrator. Ask for a new one.').waitFor();

    // What the server holds agrees with what the pages showed.
    const membership = await server.deps.store.groups.findMembership(DEMO_GROUPS.acme.id, DEMO_USERS.neighbour.id);
    expect(membership?.roles).toEqual(['installer']);
    expect([...admin.problems, ...user.problems]).toEqual([]);
    await admin.context.close();
    await user.context.close();
  }, 120_000);
});
