/**
 * Fine-grained grants end to end (issue 16, RFC 9396): a partner's link asks for exactly what it
 * needs (`permissions` or `authorization_details`), the owner consents to that, the token carries
 * it (`scope`, `authorization_details`), and every API call is decided on the grant as it is at
 * that moment — widened by a later approval, narrowed by the owner — with 403 insufficient_scope
 * naming the permission a call lacks.
 */
import { consentStrings } from '@grantkit/elements/consent-strings';
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AccessRequestView, Grant, GroupDetails, TokenResponse } from '@grantkit/sdk';
import { createServiceAccount } from '../domain/service-accounts.js';
import { DEMO_GROUPS, DEMO_INSTALLATIONS, DEMO_PASSWORD, DEMO_RETURN_URLS, DEMO_USERS } from '../seed/demo-data.js';
import { errorCodeFrom, openConsent, pkcePair, requestIdFrom } from '../testing/access-request-helpers.js';
import { createTestApp, type TestApp, type TestClient } from '../testing/test-app.js';
import { storeKinds } from '../testing/test-database.js';
import { basic, postForm } from '../oauth/testing.js';

const HOME = DEMO_INSTALLATIONS.home.id;
const ACME = DEMO_GROUPS.acme;
const RETURN = DEMO_RETURN_URLS[0];
const READ_ONLY = [{ type: 'installation', actions: ['installation:read'] }];

describe.each(storeKinds)('fine-grained grants on %s', (kind) => {
  let t: TestApp;
  let owner: TestClient;
  let loggedIn = false;
  beforeAll(async () => {
    t = await createTestApp({ kind, seed: true });
  });
  afterAll(async () => t?.close());
  beforeEach(async () => {
    await t.database.db.query('UPDATE grants SET revoked_at = now() WHERE revoked_at IS NULL');
    // Each test reads the grant events it caused.
    await t.database.db.query(`DELETE FROM audit_events WHERE action LIKE 'grant.%'`);
    owner = t.client();
    loggedIn = false;
  });

  /** The link with PKCE and a return URL, plus what it asks for. */
  function link(ask: Record<string, string>, challenge: string, extra: Record<string, string> = {}): string {
    const q = new URLSearchParams({ return_url: RETURN, state: `s-${Math.random()}`, code_challenge: challenge, code_challenge_method: 'S256', ...ask, ...extra });
    return `/access/request/${ACME.lookupKey}?${q}`;
  }

  /** Opens the link as the owner (logging in the first time), approves Home, exchanges the code. */
  async function consentAndToken(ask: Record<string, string>): Promise<{ view: AccessRequestView; token: TokenResponse }> {
    const { verifier, challenge } = pkcePair();
    const path = link(ask, challenge);
    const { requestId } = loggedIn ? { requestId: requestIdFrom(await (await owner.get(path)).text()) } : await openConsent(owner, path, DEMO_USERS.owner.email);
    loggedIn = true;
    const view = (await (await owner.get(`/api/access-requests/${requestId}`)).json()) as AccessRequestView;
    const approved = await owner.post(`/api/access-requests/${requestId}/approve`, { json: { installation_id: HOME } });
    expect(approved.status).toBe(200);
    const code = new URL(((await approved.json()) as { redirect_url: string }).redirect_url).searchParams.get('code')!;
    const res = await postForm(t, '/oauth/token', { grant_type: 'authorization_code', code, code_verifier: verifier, redirect_uri: RETURN, client_id: ACME.lookupKey });
    expect(res.status).toBe(200);
    return { view, token: (await res.json()) as TokenResponse };
  }

  const api = (token: string, path: string, init: RequestInit = {}) =>
    t.app.request(`${t.config.publicUrl}${path}`, { ...init, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...init.headers } });
  const readHome = (token: string) => api(token, `/api/installations/${HOME}`);
  const changeSettings = (token: string) => api(token, `/api/installations/${HOME}/settings`, { method: 'PATCH', body: JSON.stringify({ max_current_a: 16 }) });
  const events = async (type: string) =>
    (await t.database.db.query<{ data: Record<string, unknown> }>(`SELECT data FROM audit_events WHERE action = $1 ORDER BY seq`, [type])).map((r) => r.data);

  async function expectInsufficientScope(res: Response, permission: string) {
    expect(res.status).toBe(403);
    expect(res.headers.get('www-authenticate')).toBe(`Bearer realm="grantkit", error="insufficient_scope", scope="${permission}"`);
    expect(await res.json()).toMatchObject({ code: 'insufficient_scope', scope: permission });
  }

  for (const [name, ask] of [
    ['permissions=installation:read', { permissions: 'installation:read' }],
    ['the equivalent authorization_details', { authorization_details: JSON.stringify(READ_ONLY) }],
  ] as const) {
    it(`asks, consents, issues and allows only read with ${name}`, async () => {
      const { view, token } = await consentAndToken(ask);
      expect(view.permissions).toEqual(['installation:read']);
      expect(token.scope).toBe('installation:read');
      const details = [{ type: 'installation', actions: ['installation:read'], identifier: HOME }];
      expect(token.authorization_details).toEqual(details);
      expect(decodeJwt(token.access_token)).toMatchObject({ scope: 'installation:read', authorization_details: details });
      expect((await readHome(token.access_token)).status).toBe(200);
      await expectInsufficientScope(await changeSettings(token.access_token), 'installation:settings');
      const [created] = await events('grant.created');
      expect(created).toMatchObject({ permissions: ['installation:read'] });
    });
  }

  it('widens the one grant by a second approval and narrows it by the owner, each on the next call of a token issued before', async () => {
    const { token: first } = await consentAndToken({ permissions: 'installation:read' });
    await expectInsufficientScope(await changeSettings(first.access_token), 'installation:settings');

    // The second request asks for settings too: Home is offered (not hidden) with what it holds.
    const { view, token: second } = await consentAndToken({ permissions: 'installation:settings' });
    expect(view.permissions).toEqual(['installation:read', 'installation:settings']);
    expect(view.situation).toBe('choose');
    expect(view.installations.find((i) => i.id === HOME)).toMatchObject({ already_shared: false, held_permissions: ['installation:read'] });
    expect(second.grant_id).toBe(first.grant_id);
    expect(second.scope).toBe('installation:read installation:settings');
    expect(await events('grant.updated')).toEqual([
      {
        grant_id: first.grant_id,
        previous_permissions: ['installation:read'],
        permissions: ['installation:read', 'installation:settings'],
        how: 'widened',
        access_request_id: expect.any(String),
      },
    ]);
    expect((await changeSettings(first.access_token)).status).toBe(200);

    // Asking for less than the grant holds changes nothing and records nothing.
    await consentAndToken({ permissions: 'installation:read' });
    expect(await events('grant.updated')).toHaveLength(1);

    // The owner narrows: the token issued before (with settings in its scope) loses it at once.
    await owner.login(DEMO_USERS.owner.email, DEMO_PASSWORD);
    const narrowed = await owner.request('PATCH', `/api/grants/${first.grant_id}`, { json: { permissions: [] } });
    expect(narrowed.status).toBe(200);
    expect(((await narrowed.json()) as Grant).permissions).toEqual(['installation:read']);
    await expectInsufficientScope(await changeSettings(second.access_token), 'installation:settings');
    expect((await readHome(second.access_token)).status).toBe(200);
    expect((await events('grant.updated')).at(-1)).toEqual({
      grant_id: first.grant_id,
      previous_permissions: ['installation:read', 'installation:settings'],
      permissions: ['installation:read'],
      how: 'narrowed',
    });

    // The same again: 200, no event.
    expect((await owner.request('PATCH', `/api/grants/${first.grant_id}`, { json: { permissions: ['installation:read'] } })).status).toBe(200);
    expect(await events('grant.updated')).toHaveLength(2);

    // Revoking records what the grant held.
    expect((await owner.request('DELETE', `/api/grants/${first.grant_id}`)).status).toBe(204);
    expect((await events('grant.revoked')).at(-1)).toMatchObject({ grant_id: first.grant_id, how: 'revoked', permissions: ['installation:read'] });
  });

  it('refuses to widen, to name unknown permissions, and answers 404 to anyone but the owner', async () => {
    const { token } = await consentAndToken({ permissions: 'installation:read,installation:settings' });
    const path = `/api/grants/${token.grant_id}`;
    const widen = await owner.request('PATCH', path, { json: { permissions: ['chargers:control'] } });
    expect(widen.status).toBe(422);
    expect(await widen.json()).toMatchObject({ code: 'grant_widening_requires_consent', permissions: ['chargers:control'] });
    const bad = await owner.request('PATCH', path, { json: { permissions: ['installation:write'] } });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ code: 'validation_failed' });
    const partner = t.client();
    await partner.login(DEMO_USERS.acmeAdmin.email, DEMO_PASSWORD);
    expect((await partner.request('PATCH', path, { json: { permissions: ['installation:read'] } })).status).toBe(404);
    expect((await t.deps.store.grants.findById(token.grant_id!))!.permissions).toEqual(['installation:read', 'installation:settings']);
    expect(await events('grant.updated')).toHaveLength(0);
  });

  it('answers a bad permissions or authorization_details link with a 400 page in its language, storing nothing', async () => {
    await owner.login(DEMO_USERS.owner.email, DEMO_PASSWORD);
    loggedIn = true;
    const { challenge } = pkcePair();
    const count = async () => Number((await t.database.db.query<{ n: number }>('SELECT count(*)::int AS n FROM access_requests'))[0]!.n);
    const before = await count();
    for (const ask of [
      { permissions: 'installation:write' } as Record<string, string>,
      { authorization_details: JSON.stringify([{ type: 'payment_initiation', actions: ['installation:read'] }]) },
      { authorization_details: '[{"type":"installation",' },
      { authorization_details: JSON.stringify([{ type: 'installation', actions: [] }]) },
    ]) {
      const res = await owner.get(link(ask, challenge, { locale: 'de' }));
      expect(res.status, JSON.stringify(ask)).toBe(400);
      const html = await res.text();
      expect(errorCodeFrom(html)).toBe('validation_failed');
      expect(html).toContain('lang="de"');
      expect(html).toMatch(/Berechtigungen im Link|Autorisierungsdetails im Link/);
    }
    expect(await count()).toBe(before);
  });

  it('lists exactly what is asked on the no-JavaScript page in every language, and what a partner has and asks in addition', async () => {
    await consentAndToken({ permissions: 'installation:read' });
    for (const locale of ['en', 'fr', 'de', 'pt', 'nb'] as const) {
      const card = consentStrings[locale];
      const html = await (await owner.get(link({ permissions: 'installation:settings' }, pkcePair().challenge, { locale }))).text();
      const asked = /<ul class="permissions">([\s\S]*?)<\/ul>/.exec(html)![1]!;
      expect(asked, locale).toContain(card.permissions['installation:read']);
      expect(asked, locale).toContain(card.permissions['installation:settings']);
      expect(asked, locale).not.toContain(card.permissions['chargers:control']);
      expect([...asked.matchAll(/data-permission="([^"]+)"/g)].map((m) => m[1])).toEqual(['installation:read', 'installation:settings']);
      // Home is offered with what Acme has and what approving adds.
      const held = /<span class="muted held" data-held="installation:read">([\s\S]*?)<\/span>/.exec(html)?.[1] ?? '';
      expect(held, locale).toContain(card.permissions['installation:read']);
      expect(held.split('<br>')[2], locale).toContain(card.permissions['installation:settings']);
    }
  });

  it('asks for the group’s default set when the link names none; its admins change it', async () => {
    const admin = t.client();
    await admin.login(DEMO_USERS.acmeAdmin.email, DEMO_PASSWORD);
    const details = (await (await admin.get(`/api/groups/${ACME.id}`)).json()) as GroupDetails;
    expect(details.default_permissions).toEqual(['installation:read', 'installation:settings', 'chargers:control']);
    const changed = await admin.request('PATCH', `/api/groups/${ACME.id}`, { json: { default_permissions: ['chargers:control'] } });
    expect(changed.status).toBe(200);
    expect(((await changed.json()) as GroupDetails).default_permissions).toEqual(['installation:read', 'chargers:control']);
    expect((await admin.request('PATCH', `/api/groups/${ACME.id}`, { json: { default_permissions: ['root'] } })).status).toBe(400);
    const installer = t.client();
    await installer.login(DEMO_USERS.acmeInstaller.email, DEMO_PASSWORD);
    expect((await installer.request('PATCH', `/api/groups/${ACME.id}`, { json: { default_permissions: [] } })).status).toBe(403);
    try {
      const { view, token } = await consentAndToken({});
      expect(view.permissions).toEqual(['installation:read', 'chargers:control']);
      expect(token.scope).toBe('installation:read chargers:control');
    } finally {
      await admin.request('PATCH', `/api/groups/${ACME.id}`, { json: { default_permissions: ['installation:settings', 'chargers:control'] } });
    }
  });

  it('introspects authorization_details, advertises the type, and keeps a service account within its own set', async () => {
    const metadata = (await (await t.app.request(`${t.config.publicUrl}/.well-known/oauth-authorization-server`)).json()) as Record<string, unknown>;
    expect(metadata.authorization_details_types_supported).toEqual(['installation']);

    const { token } = await consentAndToken({ permissions: 'installation:read,installation:settings' });
    const { account, clientSecret } = await createServiceAccount(
      { store: t.deps.store, now: t.clock.now(), passwordCost: t.config.passwordCost },
      { userId: DEMO_USERS.acmeAdmin.id, label: 'test' },
      ACME.id,
      { name: `reader ${Math.random()}`, permissions: ['installation:read'] },
    );
    expect(account.permissions).toEqual(['installation:read']);
    const auth = { authorization: basic(account.clientId, clientSecret!) };
    const introspected = await (await postForm(t, '/oauth/introspect', { token: token.access_token }, auth)).json();
    expect(introspected).toMatchObject({
      active: true,
      authorization_details: [{ type: 'installation', actions: ['installation:read', 'installation:settings'], identifier: HOME }],
    });
    const issued = await (await postForm(t, '/oauth/token', { grant_type: 'client_credentials' }, auth)).json();
    expect(issued).toMatchObject({ scope: 'installation:read' });
    expect((await readHome(issued.access_token)).status).toBe(200);
    await expectInsufficientScope(await changeSettings(issued.access_token), 'installation:settings');
    const beyond = await postForm(t, '/oauth/token', { grant_type: 'client_credentials', scope: 'installation:settings' }, auth);
    expect(beyond.status).toBe(400);
    expect(await beyond.json()).toMatchObject({ error: 'invalid_scope' });
  });
});
