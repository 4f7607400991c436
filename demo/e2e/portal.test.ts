/**
 * The platform side, in the portal: an admin invites with a code and another user redeems it;
 * an admin creates a service account whose token reads a shared installation; an account
 * holder registers a partner whose admin accepts the emailed invitation and invites a colleague.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createApiClient, ApiError } from '@grantkit/sdk';
import { createServiceAccountTokenSource } from '@grantkit/sdk/node';
import { connectBrowser, connectViaRedirect, demoUrl, portalAs, serverUrl, watchErrors } from './helpers.js';

const HOME = '7a2e3b5f-1c8d-4d2f-8b62-000000000101';
const WORKSHOP = '7a2e3b5f-1c8d-4d2f-8b62-000000000103';
const PNG_1X1 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

/** The portal's navigation per demo account: what each person can do, nothing more. */
const NAVIGATION: Record<string, string[]> = {
  'owner@demo.grantkit.dev': ['Installations', 'Redeem a code', 'Mailbox', 'Audit history'],
  'installer@acme.example': ['Installations', 'My groups', 'Redeem a code', 'Mailbox'],
  'admin@acme.example': ['Installations', 'My groups', 'Invitation codes', 'Redeem a code', 'Members', 'Service accounts', 'Webhooks', 'Mailbox', 'Audit history'],
  'holder@demo.grantkit.dev': ['Installations', 'Redeem a code', 'Partners', 'Mailbox', 'Audit history'],
  'lead@solstice.example': ['Installations', 'My groups', 'Invitation codes', 'Redeem a code', 'Members', 'Service accounts', 'Webhooks', 'Partner members', 'Mailbox', 'Audit history'],
};

let browser: Browser;
let context: BrowserContext;
let page: Page;
let errors: string[];
beforeAll(async () => {
  browser = await connectBrowser();
  context = await browser.newContext({ locale: 'en-GB' });
  page = await context.newPage();
  errors = watchErrors(page);
});
afterAll(async () => {
  await browser?.close();
});

describe('the Voltgrid portal', () => {
  it('logged out, every page offers the one-click demo logins', async () => {
    await page.goto(`${demoUrl()}/portal/members.html`);
    const panel = page.getByTestId('login-panel');
    await panel.waitFor();
    await expect(panel.locator('button[data-email]').count()).resolves.toBe(7);
    // Logged out there is nothing to navigate to: the logins are the page.
    await expect(page.getByRole('navigation', { name: 'Portal' }).getByRole('link').count()).resolves.toBe(0);
  });

  it('shows each person only the pages that are theirs, each with an SVG icon, and the console stays quiet while switching', async () => {
    const quiet = await context.newPage();
    // From the first login on (a logged-out visit asks the server once, and hears 401).
    await portalAs(quiet, 'lead@nordlys.example', 'index.html');
    const console: string[] = [];
    quiet.on('console', (message) => {
      // Vite serves Lit's development build, which says so on every page: not the portal's noise.
      if (message.text().startsWith('Lit is in dev mode')) return;
      if (message.type() === 'error' || message.type() === 'warning') console.push(`${message.type()}: ${message.text()} (${message.location().url})`);
    });
    const seen: Record<string, string[]> = {};
    for (const email of ['owner@demo.grantkit.dev', 'installer@acme.example', 'admin@acme.example', 'holder@demo.grantkit.dev', 'lead@solstice.example']) {
      await portalAs(quiet, email, 'index.html');
      await quiet.waitForLoadState('networkidle');
      const nav = quiet.getByRole('navigation', { name: 'Portal' });
      seen[email] = (await nav.getByRole('link').allTextContents()).map((t) => t.trim());
      // An installation's relation in words, as everywhere else (the API's key was shown).
      if (email === 'owner@demo.grantkit.dev') await expect(quiet.locator('.installation .pill').allTextContents()).resolves.toEqual(['Owner', 'Owner']);
      await expect(nav.locator('a svg').count()).resolves.toBe(seen[email]!.length);
    }
    expect(seen).toEqual(NAVIGATION);
    // The members page once warned that <gk-members> scheduled an update after an update.
    await portalAs(quiet, 'admin@acme.example', 'members.html');
    await quiet.locator('gk-members tbody tr').first().waitFor();
    await quiet.waitForLoadState('networkidle');
    expect(console).toEqual([]);
    await quiet.close();
  });

  it('an admin creates invitation codes; another user redeems one and joins the group, and a second one is not used up', async () => {
    await portalAs(page, 'admin@acme.example', 'codes.html');
    const codes = page.locator('gk-invite-codes');
    await codes.getByLabel('Number of invitation codes').fill('2');
    await codes.getByRole('checkbox', { name: 'Installer' }).check();
    await codes.getByRole('button', { name: 'Create invitation codes' }).click();
    await codes.getByRole('heading', { name: 'The following invitation codes were created.' }).waitFor();
    const [code = '', spare = ''] = (await codes.locator('[part~="code"] code').allTextContents()).map((c) => c.trim());
    expect(code).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(spare).toMatch(/^[0-9a-f]{8}-/);

    await portalAs(page, 'lead@nordlys.example', 'redeem.html');
    const redeem = page.locator('gk-redeem-code');
    await redeem.getByRole('textbox', { name: 'Invitation code' }).fill(code);
    await redeem.getByRole('textbox', { name: 'Invitation code' }).press('Enter');
    await redeem.getByRole('heading', { name: 'You joined Acme Energy.' }).waitFor();
    // A second code of the same kind gives a member nothing: said so, and the code is kept.
    await redeem.getByRole('button', { name: 'Use another code' }).click();
    await redeem.getByRole('textbox', { name: 'Invitation code' }).fill(spare);
    await redeem.getByRole('button', { name: 'Use', exact: true }).click();
    await redeem.getByRole('heading', { name: 'You are already a member of Acme Energy.' }).waitFor();
    await expect(redeem.getByText('You joined').count()).resolves.toBe(0);
    await page.getByRole('link', { name: 'See my groups' }).click();
    await page.locator('[data-group="TZBV"]').getByText('Your roles: Installer', { exact: false }).waitFor();
    // Role names as the elements show them, not the API's keys.
    await expect(page.locator('[data-group="TZBV"]').getByText('Your roles:').textContent()).resolves.toMatch(/^Your roles: [A-Z]/);

    // Used once: the admin sees it as used, by Liv.
    await portalAs(page, 'admin@acme.example', 'codes.html');
    const row = page.locator('gk-invite-code-list tbody tr', { hasText: code });
    await expect.poll(async () => (await row.textContent()) ?? '').toContain('Used');
    expect(await row.textContent()).toContain('Liv Nordlys');
    const kept = page.locator('gk-invite-code-list tbody tr', { hasText: spare });
    expect(await kept.textContent()).toContain('Valid');

    // The group's history says it in words: role names and a count, not keys.
    await portalAs(page, 'admin@acme.example', 'audit.html');
    const redeemed = page.locator('tr[data-type="invitation_code.redeemed"]').first();
    await expect(redeemed.textContent()).resolves.toContain('roles: Installer');
    await expect(page.locator('tr[data-type="invitation_code.created"]').first().textContent()).resolves.toContain('2 codes');
  });

  it('an admin creates a service account and its token reads an installation shared with the group', async () => {
    // The owner (in her own browser) shares Home with Acme Energy from the partner's site.
    const owner = await browser.newContext();
    await connectViaRedirect(await owner.newPage(), demoUrl(), 'owner@demo.grantkit.dev', 'Home');
    await owner.close();
    await portalAs(page, 'admin@acme.example', 'service-accounts.html');
    const accounts = page.locator('gk-service-accounts');
    await accounts.getByRole('button', { name: 'Create service account' }).click();
    await accounts.getByLabel('Name', { exact: true }).fill('Acme monitoring');
    await accounts.getByRole('button', { name: 'Create', exact: true }).click();
    await accounts.getByRole('heading', { name: 'Credentials of Acme monitoring' }).waitFor();
    const clientId = (await accounts.locator('#client-id').textContent())!.trim();
    const clientSecret = (await accounts.locator('#client-secret').textContent())!.trim();

    // The partner's backend: client_credentials at the token endpoint, then the platform API.
    const tokens = createServiceAccountTokenSource({ issuer: serverUrl(), clientId, clientSecret, scope: 'installation:read' });
    const api = createApiClient({ baseUrl: serverUrl(), credentials: { bearer: tokens.getToken } });
    const home = await api.getInstallation(HOME);
    expect(home.name).toBe('Home');
    expect((await api.getChargingHistory(HOME, { limit: 5 })).items).toHaveLength(5);
    // Not shared with Acme: the platform does not even say it exists.
    const refused = await api.getInstallation(WORKSHOP).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ApiError);
    expect((refused as ApiError).status).toBe(404);

    await accounts.getByRole('button', { name: 'I have stored it' }).click();
    await accounts.getByRole('rowheader', { name: 'Acme monitoring' }).waitFor();
  });

  it('an account holder registers a partner and its admin accepts the emailed invitation', async () => {
    await portalAs(page, 'holder@demo.grantkit.dev', 'partners.html');
    const partners = page.locator('gk-partners');
    await partners.getByRole('row', { name: /Solstice Service/ }).waitFor();
    await partners.getByRole('button', { name: 'Register partner' }).click();
    await partners.getByLabel('Name').fill('Fjord Installers');
    await partners.locator('#logo').setInputFiles({ name: 'fjord.png', mimeType: 'image/png', buffer: Buffer.from(PNG_1X1, 'base64') });
    await partners.locator('[part="panel"] img').waitFor();
    await partners.getByRole('button', { name: 'Next step' }).click();
    await partners.getByLabel('Domain 1').fill('fjord.example');
    await partners.getByRole('button', { name: 'Next step' }).click();
    await partners.getByLabel('First name').fill('Ada');
    await partners.getByLabel('Last name').fill('Admin');
    await partners.getByLabel('Email').fill('ada@fjord.example');
    await partners.getByRole('button', { name: 'Next step' }).click();
    await partners.getByRole('button', { name: 'Add partner' }).click();
    await partners.getByRole('status').filter({ hasText: 'Fjord Installers was added.' }).waitFor();

    // The mailbox page shows the invitation; its link goes to the platform's invitation page.
    await page.getByRole('navigation', { name: 'Portal' }).getByRole('link', { name: 'Mailbox' }).click();
    const mail = page.locator('article.mail[data-to="ada@fjord.example"]');
    await mail.getByRole('heading', { name: 'You are invited to administer Fjord Installers' }).waitFor();
    const invitee = await browser.newContext();
    const adminPage = await invitee.newPage();
    await adminPage.goto((await mail.getByTestId('mail-link').first().getAttribute('href'))!);
    await expect(adminPage.locator('h1').textContent()).resolves.toBe('Join Fjord Installers');
    await adminPage.fill('#password', 'ada has a long password');
    await adminPage.click('button[type=submit]');
    await expect(adminPage.locator('[data-testid=accepted]').textContent()).resolves.toContain('You are now the partner admin of Fjord Installers');

    // The new admin invites a colleague with <gk-partner-invitations> (the invitation page's
    // session cookie is the portal's too: both run on 127.0.0.1).
    const adminErrors = watchErrors(adminPage);
    await adminPage.goto(`${demoUrl()}/portal/partner-members.html`);
    const invitations = adminPage.locator('gk-partner-invitations');
    await invitations.getByRole('heading', { name: 'Invite members of Fjord Installers' }).waitFor();
    await expect(invitations.locator('[part~="domains"]').textContent()).resolves.toBe('Only addresses at @fjord.example can be invited.');
    await expect(invitations.getByRole('row', { name: /ada@fjord\.example/ }).textContent()).resolves.toMatch(/Admin\s*Accepted/);
    const email = invitations.getByRole('textbox', { name: 'Email' });
    await email.fill('bo@gmail.example');
    await invitations.getByRole('button', { name: 'Send invitation' }).click();
    await invitations.getByText('Invitations can only go to addresses at @fjord.example.').waitFor();
    await email.fill('Bo@Fjord.example');
    await invitations.getByRole('radio', { name: /^Member/ }).check();
    await invitations.getByRole('button', { name: 'Send invitation' }).click();
    await invitations.getByRole('status').filter({ hasText: 'Invitation sent to bo@fjord.example — the link expires on' }).waitFor();
    await expect(email.inputValue()).resolves.toBe('');
    await expect(invitations.getByRole('row', { name: /bo@fjord\.example/ }).textContent()).resolves.toMatch(/Member\s*Pending/);
    await adminPage.getByRole('navigation', { name: 'Portal' }).getByRole('link', { name: 'Mailbox' }).click();
    await adminPage.locator('article.mail[data-to="bo@fjord.example"]').getByRole('heading', { name: 'You are invited to join Fjord Installers' }).waitFor();
    expect(adminErrors).toEqual([]);
    await invitee.close();

    await page.getByRole('navigation', { name: 'Portal' }).getByRole('link', { name: 'Partners' }).click();
    await expect.poll(async () => (await page.locator('gk-partners').getByRole('row', { name: /Fjord Installers/ }).textContent()) ?? '').toContain('Ada Admin');

    // The holder links the organisation's installation to the partner in its settings
    // (<gk-partner-installations>, embedded by <gk-partners>), sees it listed, and deactivation
    // is then refused with that installation named, until it is revoked.
    await page.locator('gk-partners').getByRole('button', { name: 'Settings of Fjord Installers' }).click();
    const linked = page.locator('gk-partner-installations');
    await linked.getByRole('heading', { name: 'Installations linked to Fjord Installers' }).waitFor();
    await linked.getByText('No installation is linked to Fjord Installers yet.').waitFor();
    await linked.getByRole('combobox', { name: 'Installation' }).selectOption({ label: 'Helio Grid Depot' });
    await linked.getByRole('button', { name: 'Link installation' }).click();
    await linked.getByRole('status').filter({ hasText: 'Helio Grid Depot is now linked to Fjord Installers.' }).waitFor();
    await expect(linked.getByRole('row', { name: /Helio Grid Depot/ }).textContent()).resolves.toContain('Hana Holder');
    await linked.getByText('Every installation you own or administer is already linked.').waitFor();
    const danger = page.locator('gk-partners').locator('[part="danger-zone"]');
    await danger.getByLabel('Type “Fjord Installers” to confirm').fill('Fjord Installers');
    await danger.getByRole('button', { name: 'Deactivate partner' }).click();
    const refusal = danger.getByRole('alert');
    await refusal.getByText('Fjord Installers still has access. Revoke everything below, then deactivate.').waitFor();
    await expect(refusal.getByRole('listitem').textContent()).resolves.toContain('Helio Grid Depot');
    await refusal.getByRole('button', { name: 'Revoke access to Helio Grid Depot' }).click();
    await linked.getByText('No installation is linked to Fjord Installers yet.').waitFor();
    expect(errors).toEqual([]);
  });
});
