/**
 * The partner story end to end in Chromium (playwright-core) against the real server over HTTP:
 * the account holder logs in, registers a partner with `<gk-partners>` (four tabs, a logo
 * upload), the invitation shows up in the demo mailbox, the invited person opens the link in
 * another browser, creates the account, accepts, and sees the partner's group.
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../seed/demo-data.js';
import { DEMO_PARTNER_USERS } from '../seed/partners.js';
import { PNG_1X1 } from './partner-fixtures.js';
import { startTestServer, type TestServer } from './test-server.js';
import { CHROMIUM_ARGS, chromiumPath } from '../../../../scripts/chromium.js';

const CHROME = chromiumPath();
const ARGS = [...CHROMIUM_ARGS];

describe.skipIf(!existsSync(CHROME))('partner registration in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startTestServer();
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROME, args: ARGS });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const watch = (page: Page) => {
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    return problems;
  };

  it('registers a partner, mails the admin, and the admin accepts and sees the group', async () => {
    // The account holder of Helio Grid.
    const holder = await browser.newContext({ locale: 'en-GB' });
    const page = await holder.newPage();
    const problems = watch(page);
    await page.goto(`${server.url}/partners`);
    await page.fill('#email', DEMO_PARTNER_USERS.holder.email);
    await page.fill('#password', DEMO_PASSWORD);
    await Promise.all([page.waitForURL(`${server.url}/partners`), page.click('button[type=submit]')]);
    const partners = page.locator('gk-partners');
    await partners.getByRole('row', { name: /Solstice Service/ }).waitFor({ timeout: 20_000 });
    await expect(partners.getByText('1 of 10 partners').count()).resolves.toBe(1);

    await partners.getByRole('button', { name: 'Register partner' }).click();
    const tabs = partners.getByRole('tab');
    await expect(tabs.allTextContents()).resolves.toEqual(['1. Partner info', '2. Register domain', '3. Partner admin', '4. Review']);
    await partners.getByLabel('Name').fill('Fjord Installers');
    await partners.locator('#logo').setInputFiles({ name: 'fjord.png', mimeType: 'image/png', buffer: Buffer.from(PNG_1X1, 'base64') });
    await partners.locator('[part="panel"] img').waitFor();
    await partners.getByRole('button', { name: 'Next step' }).click();
    await partners.getByRole('tab', { name: '2. Register domain', selected: true }).waitFor({ timeout: 20_000 });
    await partners.getByLabel('Domain 1').fill('fjord.example');
    await partners.getByRole('button', { name: 'Next step' }).click();
    await partners.getByRole('tab', { name: '3. Partner admin', selected: true }).waitFor({ timeout: 20_000 });
    await partners.getByLabel('First name').fill('Ada');
    await partners.getByLabel('Last name').fill('Admin');
    await partners.getByLabel('Email').fill('ada@fjord.example');
    await partners.getByRole('button', { name: 'Next step' }).click();
    await partners.getByRole('tab', { name: '4. Review', selected: true }).waitFor({ timeout: 20_000 });
    await partners.getByRole('button', { name: 'Add partner' }).click();
    await partners.getByRole('status').filter({ hasText: 'Fjord Installers was added.' }).waitFor({ timeout: 20_000 });
    const row = partners.getByRole('row', { name: /Fjord Installers/ });
    await expect(row.textContent()).resolves.toContain('Invitation sent to ada@fjord.example');
    const lookupKey = (await row.locator('code').textContent())!;
    expect(lookupKey).toMatch(/^[A-HJ-NP-Z2-9]{6}$/);

    // The invited admin: another browser, the demo mailbox, the link, a new account.
    const admin = await browser.newContext({ locale: 'en-GB' });
    const adminPage = await admin.newPage();
    const adminProblems = watch(adminPage);
    await adminPage.goto(`${server.url}/mailbox?to=ada@fjord.example`);
    await expect(adminPage.locator('[data-testid=mail] h2').textContent()).resolves.toBe('You are invited to administer Fjord Installers');
    await adminPage.getByRole('link', { name: 'Open link' }).click();
    await adminPage.waitForURL(/\/invitations\//);
    const invitationUrl = adminPage.url();
    await expect(adminPage.locator('h1').textContent()).resolves.toBe('Join Fjord Installers');
    await expect(adminPage.inputValue('#name')).resolves.toBe('Ada Admin');
    await adminPage.fill('#password', 'ada has a long password');
    await adminPage.click('button[type=submit]');
    await expect(adminPage.locator('[data-testid=accepted]').textContent()).resolves.toContain('You are now the partner admin of Fjord Installers');
    await expect(adminPage.locator('[data-testid=lookup-key]').textContent()).resolves.toBe(lookupKey);

    // Ada is logged in and belongs to the partner's group, as its admin.
    const me = (await (await admin.request.get(`${server.url}/api/me`)).json()) as { user: { email: string }; groups: { name: string; lookup_key: string; is_admin: boolean; is_partner: boolean }[] };
    expect(me.user.email).toBe('ada@fjord.example');
    expect(me.groups).toEqual([expect.objectContaining({ name: 'Fjord Installers', lookup_key: lookupKey, is_admin: true, is_partner: true })]);
    // The link worked once.
    await adminPage.goto(invitationUrl);
    await expect(adminPage.locator('meta[name=grantkit-error]').getAttribute('content')).resolves.toBe('invitation_used');

    // The account holder sees the new admin after reloading.
    await page.reload();
    await expect(partners.getByRole('row', { name: /Fjord Installers/ }).textContent()).resolves.toContain('Ada Admin');
    expect(problems).toEqual([]);
    expect(adminProblems.filter((p) => !/409/.test(p))).toEqual([]);
    await holder.close();
    await admin.close();
  }, 120_000);
});
