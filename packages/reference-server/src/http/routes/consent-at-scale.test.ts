/**
 * The consent card for an owner of many installations: the view carries one page (the
 * preselected installation first), `GET /api/access-requests/:id/installations` pages and
 * searches the rest, "already shared" is marked per page, and when nothing can be shared the
 * card says why and offers the way back to the partner (`POST …/cancel`), also without
 * JavaScript.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_GROUPS, DEMO_INSTALLATIONS, DEMO_PASSWORD, DEMO_RETURN_URLS, DEMO_USERS } from '../../seed/demo-data.js';
import { requestIdFrom } from '../../testing/access-request-helpers.js';
import { createTestApp, TEST_PUBLIC_URL, type TestApp, type TestClient } from '../../testing/test-app.js';
import { storeKinds } from '../../testing/test-database.js';
import { GRANT_PERMISSIONS } from '../../domain/permissions.js';
import { verifiedReturn } from '../../testing/signed-return.js';

const ACME = DEMO_GROUPS.acme.id;
const RETURN_URL = DEMO_RETURN_URLS[0];

interface WireInstallation {
  id: string;
  name: string;
  address: string;
  already_shared: boolean;
  held_permissions: string[];
}

/** 45 installations "Site 01" … "Site 45" (addresses "Road n"), and one whose name holds LIKE wildcards. */
async function manyInstallations(t: TestApp) {
  const user = await t.createUser('many@example.com', DEMO_PASSWORD, 'Mona Many');
  const sites: { id: string; name: string }[] = [];
  for (let n = 1; n <= 45; n++) {
    const name = `Site ${String(n).padStart(2, '0')}`;
    const i = await t.deps.store.installations.create({ name, address: `Road ${n}` });
    await t.deps.store.installations.addUser(i.id, user.id, n % 2 ? 'owner' : 'admin');
    sites.push({ id: i.id, name });
  }
  const wild = await t.deps.store.installations.create({ name: 'Shop 50%_off', address: 'Quay 1' });
  await t.deps.store.installations.addUser(wild.id, user.id, 'owner');
  const client = t.client();
  await client.login(user.email, DEMO_PASSWORD);
  return { user, sites, wild, client };
}

/** Shares everything a link without permissions asks for (the group's default: the whole catalogue). */
async function share(t: TestApp, installationId: string, userId: string, permissions: readonly string[] = GRANT_PERMISSIONS) {
  await t.deps.store.grants.upsertActive({ groupId: ACME, installationId, permissions, createdBy: userId });
}

async function open(client: TestClient, params: Record<string, string> = {}) {
  const page = await client.get(`/access/request/TZBV?${new URLSearchParams({ return_url: RETURN_URL, state: 'st-1', ...params })}`);
  expect(page.status).toBe(200);
  const html = await page.text();
  return { id: requestIdFrom(html), html };
}

async function view(client: TestClient, id: string) {
  const res = await client.get(`/api/access-requests/${id}`);
  expect(res.status).toBe(200);
  return res.json();
}

async function list(client: TestClient, id: string, query: Record<string, string> = {}) {
  return client.get(`/api/access-requests/${id}/installations?${new URLSearchParams(query)}`);
}

/** Every page of a list, following next_cursor. */
async function all(client: TestClient, id: string, query: Record<string, string> = {}): Promise<WireInstallation[]> {
  const items: WireInstallation[] = [];
  let cursor: string | null = null;
  do {
    const res = await list(client, id, { ...query, ...(cursor ? { cursor } : {}) });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { items: WireInstallation[]; next_cursor: string | null };
    items.push(...body.items);
    cursor = body.next_cursor;
  } while (cursor);
  return items;
}

describe.each(storeKinds)('the consent card at scale on %s', (kind) => {
  let t: TestApp | undefined;
  afterEach(async () => t?.close());

  it('carries the first 20 installations, the preselected one first, and pages through the rest once each', async () => {
    t = await createTestApp({ kind, seed: true });
    const { sites, wild, client } = await manyInstallations(t);
    const pre = sites[30]!; // "Site 31": not on the first page by name
    const { id } = await open(client, { installation_id: pre.id });
    const v = await view(client, id);
    expect(v.situation).toBe('choose');
    expect(v.installations).toHaveLength(20);
    expect(v.installations[0].id).toBe(pre.id);
    expect(v.preselected_installation_id).toBe(pre.id);
    expect(v.named_installation).toEqual({ id: pre.id, name: 'Site 31' });
    expect(v.installations.slice(1, 4).map((i: WireInstallation) => i.name)).toEqual(['Shop 50%_off', 'Site 01', 'Site 02']);
    expect(v.installations_next_cursor).toEqual(expect.any(String));

    const rest: WireInstallation[] = [];
    let cursor: string | null = v.installations_next_cursor;
    while (cursor) {
      const body = (await (await list(client, id, { cursor })).json()) as { items: WireInstallation[]; next_cursor: string | null };
      rest.push(...body.items);
      cursor = body.next_cursor;
    }
    const seen = [...v.installations, ...rest].map((i: WireInstallation) => i.id);
    expect(seen).toHaveLength(46);
    expect(new Set(seen).size).toBe(46);
    expect(seen).toContain(wild.id);
    // Nobody else's installations.
    expect(seen).not.toContain(DEMO_INSTALLATIONS.home.id);

    // The endpoint's own first page (no cursor) starts the same way, with its own limit.
    const first = await (await list(client, id, { limit: '5' })).json();
    expect(first.items.map((i: WireInstallation) => i.id)).toEqual(v.installations.slice(0, 5).map((i: WireInstallation) => i.id));
  });

  it('searches name and address case-insensitively, as plain text (LIKE wildcards match themselves)', async () => {
    t = await createTestApp({ kind, seed: true });
    const { sites, wild, client } = await manyInstallations(t);
    const { id } = await open(client, { installation_id: sites[0]!.id });
    expect((await all(client, id, { q: 'site 4' })).map((i) => i.name)).toEqual(['Site 40', 'Site 41', 'Site 42', 'Site 43', 'Site 44', 'Site 45']);
    expect((await all(client, id, { q: 'ROAD 45' })).map((i) => i.name)).toEqual(['Site 45']);
    expect((await all(client, id, { q: '%' })).map((i) => i.id)).toEqual([wild.id]);
    expect((await all(client, id, { q: '_' })).map((i) => i.id)).toEqual([wild.id]);
    expect(await all(client, id, { q: 'nothing like this' })).toEqual([]);
    // A search pages like the list: the same matches in pages of 4, none twice.
    const paged = await all(client, id, { q: '1', limit: '4' });
    expect(paged.map((i) => i.name)).toEqual((await all(client, id, { q: '1' })).map((i) => i.name));
    expect(new Set(paged.map((i) => i.id)).size).toBe(paged.length);
  });

  it('hides installations already shared with the partner, or marks them when the request re-offers them, reading grants per page', async () => {
    t = await createTestApp({ kind, seed: true });
    const { user, sites, client } = await manyInstallations(t);
    for (const s of sites.slice(0, 10)) await share(t, s.id, user.id);
    const hidden = await open(client);
    const names = (await all(client, hidden.id)).map((i) => i.name);
    expect(names).toHaveLength(36);
    expect(names).not.toContain('Site 01');

    const offered = await open(client, { show_existing: 'true' });
    const v = await view(client, offered.id);
    expect(v.installations.filter((i: WireInstallation) => i.already_shared).map((i: WireInstallation) => i.name)).toEqual(
      sites.slice(0, 10).map((s) => s.name),
    );
    const later = await all(client, offered.id, { cursor: v.installations_next_cursor });
    expect(later.some((i) => i.already_shared)).toBe(false);

    // A grant holding less than asked is not "shared": offered, with what it holds (approving widens it).
    await share(t, sites[10]!.id, user.id, ['installation:read']);
    const partly = (await all(client, (await open(client, { state: 'st-2' })).id)).find((i) => i.name === 'Site 11');
    expect(partly).toMatchObject({ already_shared: false, held_permissions: ['installation:read'] });
  });

  it('says when everything is already shared, or the preselected one is, or the link names someone else’s', async () => {
    t = await createTestApp({ kind, seed: true });
    const owner = t.client();
    await owner.login(DEMO_USERS.owner.email, DEMO_PASSWORD);
    await share(t, DEMO_INSTALLATIONS.home.id, DEMO_USERS.owner.id);

    const cabinStill = await view(owner, (await open(owner, { installation_id: DEMO_INSTALLATIONS.home.id })).id);
    expect(cabinStill.situation).toBe('preselected_shared');
    expect(cabinStill.named_installation).toEqual({ id: DEMO_INSTALLATIONS.home.id, name: 'Home' });
    expect(cabinStill.preselected_installation_id).toBe(null);
    expect(cabinStill.installations.map((i: WireInstallation) => i.name)).toEqual(['Cabin']);

    await share(t, DEMO_INSTALLATIONS.cabin.id, DEMO_USERS.owner.id);
    const everything = await open(owner);
    const v = await view(owner, everything.id);
    expect(v.situation).toBe('all_shared');
    expect(v.installations).toEqual([]);
    expect(everything.html).toContain('Acme Energy already has access to all your installations');
    expect(everything.html).toContain('Back to Acme Energy');
    expect(everything.html).not.toContain('value="deny"');
    expect(everything.html).not.toContain('Deny the request');

    const foreign = await open(owner, { installation_id: DEMO_INSTALLATIONS.workshop.id, show_existing: 'true' });
    const f = await view(owner, foreign.id);
    expect(f.situation).toBe('preselected_unknown');
    expect(f.named_installation).toBe(null);
    expect(foreign.html).toContain('The installation in the link is not one of yours');

    const nobody = t.client();
    await t.createUser('nobody@example.com', DEMO_PASSWORD);
    await nobody.login('nobody@example.com', DEMO_PASSWORD);
    expect((await view(nobody, (await open(nobody)).id)).situation).toBe('no_installations');
  });

  it('refuses a forged cursor, another user and an unknown request', async () => {
    t = await createTestApp({ kind, seed: true });
    const { id } = await open((await manyInstallations(t)).client);
    for (const cursor of ['not-a-cursor', Buffer.from(JSON.stringify(['a', 'b'])).toString('base64url'), Buffer.from('[1,2]').toString('base64url')]) {
      const res = await list((await loggedIn(t, 'many@example.com')), id, { cursor });
      expect(res.status).toBe(400);
      expect((await res.json()).errors[0]).toMatchObject({ field: 'cursor', code: 'invalid_cursor' });
    }
    expect((await list(await loggedIn(t, 'many@example.com'), id, { limit: '1000' })).status).toBe(400);
    expect((await list(await loggedIn(t, DEMO_USERS.owner.email), id)).status).toBe(404);
    expect((await list(t.client(), id)).status).toBe(401);
    expect((await list(await loggedIn(t, 'many@example.com'), '00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it('cancels: back to the partner with already_shared (naming the installation) or cancelled, once, with an event', async () => {
    t = await createTestApp({ kind, seed: true });
    const owner = await loggedIn(t, DEMO_USERS.owner.email);
    await share(t, DEMO_INSTALLATIONS.home.id, DEMO_USERS.owner.id);
    const { id } = await open(owner, { installation_id: DEMO_INSTALLATIONS.home.id });

    expect((await (await loggedIn(t, DEMO_USERS.neighbour.email)).post(`/api/access-requests/${id}/cancel`, { json: { reason: 'cancelled' } })).status).toBe(404);
    expect((await owner.post(`/api/access-requests/${id}/cancel`, { json: { reason: 'bored' } })).status).toBe(400);

    const first = await owner.post(`/api/access-requests/${id}/cancel`, { json: { reason: 'already_shared' } });
    expect(first.status).toBe(200);
    const back = new URL((await first.json()).redirect_url);
    expect(back.origin + back.pathname).toBe(RETURN_URL);
    expect((await verifiedReturn(t, back.href)).params).toEqual({
      success: 'false',
      error: 'already_shared',
      installation_id: DEMO_INSTALLATIONS.home.id,
      lookup_key: 'TZBV',
      state: 'st-1',
      iss: TEST_PUBLIC_URL,
    });
    // Idempotent: the same answer again, one event.
    const again = await owner.post(`/api/access-requests/${id}/cancel`, { json: { reason: 'cancelled' } });
    expect(again.status).toBe(200);
    // (signed afresh: the same parameters, a new `response`)
    expect(await verifiedReturn(t, (await again.json()).redirect_url)).toEqual(await verifiedReturn(t, back.href));
    const events = await t.database.db.query<{ action: string; data: Record<string, unknown> }>(
      `SELECT action, data FROM audit_events WHERE subject_id = $1`,
      [id],
    );
    expect(events).toEqual([{ action: 'access_request.cancelled', data: { access_request_id: id, reason: 'already_shared' } }]);
    expect(await t.database.db.query(`SELECT 1 FROM outbox WHERE channel = $1 AND subject = $2 AND payload->>$3 = $4`, ['event', 'access_request.cancelled', 'subject_id', id])).toHaveLength(1);
    // Cancelled is decided: no approving it afterwards.
    expect((await owner.post(`/api/access-requests/${id}/approve`, { json: { installation_id: DEMO_INSTALLATIONS.cabin.id } })).status).toBe(409);
    expect((await owner.get(`/api/access-requests/${id}`)).status).toBe(409);

    const other = await open(owner);
    const cancelled = await owner.post(`/api/access-requests/${other.id}/cancel`, { json: { reason: 'cancelled' } });
    expect((await verifiedReturn(t, (await cancelled.json()).redirect_url)).params).toEqual({
      success: 'false',
      error: 'cancelled',
      lookup_key: 'TZBV',
      state: 'st-1',
      iss: TEST_PUBLIC_URL,
    });

    // A decided request cannot be cancelled.
    const denied = await open(owner);
    await owner.post(`/api/access-requests/${denied.id}/deny`);
    expect((await owner.post(`/api/access-requests/${denied.id}/cancel`, { json: { reason: 'cancelled' } })).status).toBe(409);
  });

  it('without JavaScript: searches and shows more on the stored request, and goes back to the partner or to a receipt', async () => {
    t = await createTestApp({ kind, seed: true });
    const { client } = await manyInstallations(t);
    const { id, html } = await open(client);
    expect(html).toContain(`<form id="installation-search" method="get" action="/access/request/${id}/installations">`);
    expect(html).not.toContain('TZBV</span>'); // no lookup-key badge for the customer
    expect(html.match(/name="installation_id"/g)).toHaveLength(20);
    const more = /href="([^"]+)" data-testid="show-more"/.exec(html)![1]!.replaceAll('&amp;', '&');
    const second = await (await client.get(more)).text();
    expect(requestIdFrom(second)).toBe(id);
    expect(second).toContain('Site 20');
    expect(second).not.toContain('>Site 01<');
    const found = await client.get(`/access/request/${id}/installations?q=site+4`);
    const foundHtml = await found.text();
    expect(found.status).toBe(200);
    expect(foundHtml.match(/name="installation_id"/g)).toHaveLength(6);
    expect(foundHtml).toContain('value="site 4"');
    expect(await (await client.get(`/access/request/${id}/installations?q=zzz`)).text()).toContain('No installation matches “zzz”.');
    const bad = await client.get(`/access/request/${id}/installations?cursor=nope`);
    expect(bad.status).toBe(400);
    expect((await t.database.db.query(`SELECT 1 FROM access_requests`)).length).toBe(1);

    // Logged out: the login page, never another user's list.
    expect((await t.client().get(`/access/request/${id}/installations`)).status).toBe(401);

    const back = await client.post(`/access/request/${id}/decision`, { form: { decision: 'cancel', reason: 'cancelled' } });
    expect(back.status).toBe(303);
    expect(new URL(back.headers.get('location')!).searchParams.get('error')).toBe('cancelled');

    // No return URL: the receipt says what happened.
    const owner = await loggedIn(t, DEMO_USERS.owner.email);
    await share(t, DEMO_INSTALLATIONS.home.id, DEMO_USERS.owner.id);
    await share(t, DEMO_INSTALLATIONS.cabin.id, DEMO_USERS.owner.id);
    const page = await owner.get('/access/request/TZBV?locale=fr');
    const frId = requestIdFrom(await page.text());
    const receipt = await owner.post(`/access/request/${frId}/decision`, { form: { decision: 'cancel', reason: 'already_shared' } });
    expect(receipt.headers.get('location')).toBe(`${TEST_PUBLIC_URL}/access/receipt/${frId}`);
    const receiptHtml = await (await owner.get(`/access/receipt/${frId}`)).text();
    expect(receiptHtml).toContain('data-outcome="already_shared"');
    expect(receiptHtml).toContain('Vous êtes revenu à Acme Energy sans partager : il a déjà accès.');
  });

  it('renders the already-shared notice and the way back in every language', async () => {
    t = await createTestApp({ kind, seed: true });
    const owner = await loggedIn(t, DEMO_USERS.owner.email);
    await share(t, DEMO_INSTALLATIONS.home.id, DEMO_USERS.owner.id);
    const expected = {
      en: ['Acme Energy already has access to Home', 'Back to Acme Energy'],
      fr: ['Acme Energy a déjà accès à Home', 'Revenir à Acme Energy'],
      de: ['Acme Energy hat bereits Zugriff auf Home', 'Zurück zu Acme Energy'],
      pt: ['Acme Energy já tem acesso a Home', 'Voltar para Acme Energy'],
      nb: ['Acme Energy har allerede tilgang til Home', 'Tilbake til Acme Energy'],
    };
    for (const [locale, texts] of Object.entries(expected)) {
      const { html } = await open(owner, { installation_id: DEMO_INSTALLATIONS.home.id, locale });
      for (const text of texts) expect(html).toContain(text);
      expect(html).toContain('name="reason" value="already_shared"');
    }
  });
});

async function loggedIn(t: TestApp, email: string): Promise<TestClient> {
  const client = t.client();
  await client.login(email, DEMO_PASSWORD);
  return client;
}
