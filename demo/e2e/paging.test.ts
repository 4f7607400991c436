/**
 * The portal's own lists page through the API's `next_cursor` ("Load older events" on the audit
 * page). The server answers the first page; until every list on it is paged, the test makes the
 * first page of Home's history say more follows and serves the older page itself.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
import { connectBrowser, portalAs, watchErrors } from './helpers.js';

const HOME = '7a2e3b5f-1c8d-4d2f-8b62-000000000101';
const OLDER = {
  id: '00000000-0000-4000-8000-0000000000aa',
  type: 'grant.revoked',
  actor: { kind: 'user', id: null, name: 'Someone Earlier' },
  installation_id: HOME,
  group_id: null,
  subject_id: null,
  occurred_at: '2020-01-01T00:00:00Z',
  data: {},
};

let browser: Browser;
let context: BrowserContext;
let page: Page;
let errors: string[] = [];
beforeAll(async () => {
  browser = await connectBrowser();
  context = await browser.newContext({ locale: 'en-GB' });
  page = await context.newPage();
  errors = watchErrors(page);
});
afterAll(async () => {
  await browser?.close();
});

/** Home's history has one older page; `failures` answers of it fail first. */
async function olderPageOfHome(failures: number): Promise<void> {
  await page.unrouteAll();
  await page.route((url) => url.pathname.endsWith('/api/audit'), async (route: Route) => {
    const url = new URL(route.request().url());
    if (url.searchParams.get('installation_id') !== HOME) return route.continue();
    if (url.searchParams.get('cursor') === 'older') {
      if (failures-- > 0) return route.fulfill({ status: 500, contentType: 'application/problem+json', body: JSON.stringify({ type: 'about:blank', title: 'Internal server error', status: 500, detail: 'Try later.', code: 'internal_error' }) });
      return route.fulfill({ json: { items: [OLDER], next_cursor: null } });
    }
    const response = await route.fetch();
    return route.fulfill({ response, json: { ...(await response.json()), next_cursor: 'older' } });
  });
}

/** The owner's audit page, once Home's table and its "Load older events" button are shown. */
async function openHomeHistory() {
  await portalAs(page, 'owner@demo.grantkit.dev', 'audit.html');
  const home = page.getByRole('region', { name: 'Installation Home' });
  const button = home.getByRole('button', { name: 'Load older events' });
  await button.waitFor();
  return { home, button, before: await home.locator('tbody tr').count() };
}

describe('paged lists in the portal', () => {
  it('the audit page loads older events under a table, then says that is everything', async () => {
    await olderPageOfHome(0);
    const { home, button, before } = await openHomeHistory();
    await button.click();
    await home.getByText('Someone Earlier').waitFor();
    await expect(home.locator('tbody tr').count()).resolves.toBe(before + 1);
    await expect(home.getByRole('status').textContent()).resolves.toBe('1 more loaded. That is everything.');
    await expect(button.isVisible()).resolves.toBe(false);
    // Only Home's history had more: Cabin's table has no button.
    await expect(page.getByRole('region', { name: 'Installation Cabin' }).getByRole('button', { name: 'Load older events' }).isVisible()).resolves.toBe(false);
    expect(errors).toEqual([]);
  });

  it('a failed older page says so, keeps the rows, and the next try loads it', async () => {
    await olderPageOfHome(1);
    const { home, button, before } = await openHomeHistory();
    await button.click();
    await expect(home.getByRole('status').textContent()).resolves.toMatch(/^Loading…$|^Could not load more/);
    await home.getByText(/Could not load more/).waitFor();
    await expect(home.locator('tbody tr').count()).resolves.toBe(before);
    await button.click();
    await home.getByText('Someone Earlier').waitFor();
    await expect(home.locator('tbody tr').count()).resolves.toBe(before + 1);
  });
});
