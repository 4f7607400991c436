/**
 * The JSON API around grants: who sees what (another tenant's objects are 404), settings
 * validation, revoke and relinquish, groups, audit, Origin checks, the OpenAPI document and the
 * browsable reference.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { GRANT_PERMISSIONS } from '../../domain/permissions.js';
import { DEMO_GROUPS, DEMO_INSTALLATIONS, DEMO_PASSWORD, DEMO_USERS } from '../../seed/demo-data.js';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.js';
import { storeKinds } from '../../testing/test-database.js';

const HOME = DEMO_INSTALLATIONS.home.id;
const CABIN = DEMO_INSTALLATIONS.cabin.id;
const WORKSHOP = DEMO_INSTALLATIONS.workshop.id;
const ACME = DEMO_GROUPS.acme.id;
const NORDLYS = DEMO_GROUPS.nordlys.id;

describe.each(storeKinds)('platform API on %s', (kind) => {
  let t: TestApp;
  const as: Record<'owner' | 'neighbour' | 'acmeAdmin' | 'installer' | 'nordlys', TestClient> = {} as never;
  let grantId: string;

  beforeAll(async () => {
    t = await createTestApp({ kind, seed: true });
    const logins = { owner: DEMO_USERS.owner, neighbour: DEMO_USERS.neighbour, acmeAdmin: DEMO_USERS.acmeAdmin, installer: DEMO_USERS.acmeInstaller, nordlys: DEMO_USERS.nordlysAdmin };
    for (const [name, u] of Object.entries(logins)) {
      const client = t.client();
      await client.login(u.email, DEMO_PASSWORD);
      as[name as keyof typeof as] = client;
    }
  });
  afterAll(async () => t?.close());
  beforeEach(async () => {
    // Every test starts with one active Acme grant on Home.
    await t.database.db.query('UPDATE grants SET revoked_at = now() WHERE revoked_at IS NULL');
    ({ grant: { id: grantId } } = await t.deps.store.grants.upsertActive({ groupId: ACME, installationId: HOME, permissions: GRANT_PERMISSIONS, createdBy: DEMO_USERS.owner.id }));
  });

  it('answers 401 without a session and 401 to a bearer header the server did not accept', async () => {
    const anon = t.client();
    for (const path of ['/api/me', '/api/installations', `/api/installations/${HOME}`, '/api/groups', `/api/grants`]) {
      const res = await anon.get(path);
      expect(res.status, path).toBe(401);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
    }
    // A bearer header turns the cookie off: it can never ride a session past the Origin check.
    const res = await as.owner.get(`/api/installations/${HOME}`, { headers: { authorization: 'Bearer not-a-token' } });
    expect(res.status).toBe(401);
  });

  it('lists my installations with my role, and the group’s via its grant', async () => {
    expect((await (await as.owner.get('/api/installations')).json()).items.map((i: { name: string; role: string }) => [i.name, i.role])).toEqual([
      ['Cabin', 'owner'],
      ['Home', 'owner'],
    ]);
    expect((await (await as.installer.get('/api/installations')).json()).items.map((i: { id: string; role: string }) => [i.id, i.role])).toEqual([[HOME, 'group']]);
    expect((await (await as.nordlys.get('/api/installations')).json()).items).toEqual([]);
  });

  it('answers 404 for another tenant’s installation, grant, audit and group', async () => {
    for (const path of [`/api/installations/${HOME}`, `/api/installations/${HOME}/charging-history`, `/api/installations/${HOME}/access`, `/api/grants?installation_id=${HOME}`, `/api/audit?installation_id=${HOME}`]) {
      const res = await as.neighbour.get(path);
      expect(res.status, path).toBe(404);
      expect((await res.json()).code).toBe('not_found');
    }
    expect((await as.owner.get(`/api/installations/${WORKSHOP}`)).status).toBe(404);
    expect((await as.neighbour.request('PATCH', `/api/installations/${HOME}/settings`, { json: { max_current_a: 10 } })).status).toBe(404);
    expect((await as.neighbour.request('DELETE', `/api/grants/${grantId}`)).status).toBe(404);
    expect((await as.nordlys.request('DELETE', `/api/grants/${grantId}`)).status).toBe(404);
    expect((await as.nordlys.get(`/api/groups/${ACME}`)).status).toBe(404);
    expect((await as.nordlys.get(`/api/audit?group_id=${ACME}`)).status).toBe(404);
    expect((await as.owner.get(`/api/installations/${crypto.randomUUID()}`)).status).toBe(404);
    expect((await as.owner.get('/api/installations/not-a-uuid')).status).toBe(400);
    expect((await t.deps.store.grants.findActive(ACME, HOME))?.id).toBe(grantId);
  });

  it('lets owners and granted members change settings within limits, and refuses bad values without changing anything', async () => {
    const ok = await as.owner.request('PATCH', `/api/installations/${HOME}/settings`, { json: { max_current_a: 20, name: 'Home sweet home' } });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ id: HOME, name: 'Home sweet home', settings: { max_current_a: 20, authentication_required: false } });
    const member = await as.installer.request('PATCH', `/api/installations/${HOME}/settings`, { json: { authentication_required: true } });
    expect(member.status).toBe(200);
    expect((await member.json()).settings).toEqual({ max_current_a: 20, authentication_required: true });

    for (const body of [{ max_current_a: 40 }, { max_current_a: 5 }, { max_current_a: 16.5 }, { name: '' }, { name: 'x'.repeat(101) }, { colour: 'red' }, {}, { authentication_required: 'yes' }]) {
      const res = await as.owner.request('PATCH', `/api/installations/${HOME}/settings`, { json: body });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect((await res.json()).code).toBe('validation_failed');
    }
    const evil = await as.owner.request('PATCH', `/api/installations/${HOME}/settings`, { json: { max_current_a: 6 }, origin: 'https://evil.example' });
    expect(evil.status).toBe(403);
    expect((await evil.json()).code).toBe('origin_mismatch');
    expect((await t.deps.store.installations.findById(HOME))?.settings).toEqual({ max_current_a: 20, authentication_required: true });
    const audit = await (await as.owner.get(`/api/audit?installation_id=${HOME}`)).json();
    expect(audit.items.filter((e: { type: string }) => e.type === 'installation.settings_changed')).toHaveLength(2);
    await t.deps.store.installations.updateSettings(HOME, { max_current_a: 32, authentication_required: false }, 'Home');
  });

  it('shows who has access: the owner and the group with its lookup key, to anyone with access', async () => {
    const res = await as.installer.get(`/api/installations/${HOME}/access`);
    expect(res.status).toBe(200);
    const { items } = await res.json();
    expect(items).toEqual([
      expect.objectContaining({ kind: 'user', id: DEMO_USERS.owner.id, role: 'owner', email: DEMO_USERS.owner.email }),
      expect.objectContaining({ kind: 'group', id: ACME, name: 'Acme Energy', lookup_key: 'TZBV', grant_id: grantId }),
    ]);
  });

  it('lets group admins relinquish a grant; plain members get 403; the owner sees it gone', async () => {
    const member = await as.installer.request('DELETE', `/api/grants/${grantId}`);
    expect(member.status).toBe(403);
    expect((await member.json()).code).toBe('not_group_admin');
    expect((await as.acmeAdmin.request('DELETE', `/api/grants/${grantId}`)).status).toBe(204);
    expect((await as.acmeAdmin.request('DELETE', `/api/grants/${grantId}`)).status).toBe(404);
    expect((await (await as.owner.get('/api/grants')).json()).items).toEqual([]);
    const audit = await (await as.acmeAdmin.get(`/api/audit?group_id=${ACME}`)).json();
    expect(audit.items[0]).toMatchObject({ type: 'grant.revoked', data: { grant_id: grantId, how: 'relinquished' } });
  });

  it('lists grants for owners (all or one installation) and for group admins', async () => {
    const all = await (await as.owner.get('/api/grants')).json();
    expect(all.items).toEqual([
      expect.objectContaining({ id: grantId, installation_id: HOME, installation_name: 'Home', group_id: ACME, group_name: 'Acme Energy', lookup_key: 'TZBV', permissions: [...GRANT_PERMISSIONS], created_by: DEMO_USERS.owner.id }),
    ]);
    expect((await (await as.owner.get(`/api/grants?installation_id=${CABIN}`)).json()).items).toEqual([]);
    expect((await as.owner.get('/api/grants?installation_id=nope')).status).toBe(400);
    const group = await (await as.acmeAdmin.get(`/api/groups/${ACME}/grants`)).json();
    expect(group.items.map((g: { id: string }) => g.id)).toEqual([grantId]);
    expect((await as.installer.get(`/api/groups/${ACME}/grants`)).status).toBe(403);
  });

  it('describes me and my groups; group details (lookup key, return URLs) for admins only', async () => {
    const me = await (await as.installer.get('/api/me')).json();
    expect(me).toEqual({
      user: { id: DEMO_USERS.acmeInstaller.id, email: DEMO_USERS.acmeInstaller.email, name: 'Ingrid Installer' },
      groups: [{ id: ACME, name: 'Acme Energy', lookup_key: 'TZBV', logo_url: `${t.config.publicUrl}/assets/logos/acme-energy.svg`, roles: ['member'], is_admin: false, is_partner: false }],
    });
    expect((await (await as.acmeAdmin.get('/api/groups')).json()).items[0]).toMatchObject({ id: ACME, is_admin: true });
    const details = await as.acmeAdmin.get(`/api/groups/${ACME}`);
    expect(await details.json()).toMatchObject({ id: ACME, lookup_key: 'TZBV', return_urls: ['http://localhost:5173/partner/return', 'http://localhost:5173/partner/return.html'], members_count: 2 });
    expect((await as.installer.get(`/api/groups/${ACME}`)).status).toBe(403);
    expect((await as.nordlys.get(`/api/groups/${NORDLYS}`)).status).toBe(200);
  });

  it('requires installation_id or group_id for the audit list', async () => {
    expect((await as.owner.get('/api/audit')).status).toBe(400);
    expect((await as.owner.get(`/api/audit?installation_id=${HOME}&group_id=${ACME}`)).status).toBe(400);
    expect((await as.installer.get(`/api/audit?group_id=${ACME}`)).status).toBe(403);
  });

  it('serves an OpenAPI document covering the core endpoints, and a browsable reference without external resources', async () => {
    const doc = await (await t.client().get('/openapi.json')).json();
    for (const path of [
      '/api/session',
      '/api/me',
      '/api/installations',
      '/api/installations/{id}',
      '/api/installations/{id}/charging-history',
      '/api/installations/{id}/settings',
      '/api/installations/{id}/access',
      '/api/grants',
      '/api/grants/{id}',
      '/api/groups',
      '/api/groups/{id}',
      '/api/groups/{id}/grants',
      '/api/access-requests/{id}',
      '/api/access-requests/{id}/approve',
      '/api/access-requests/{id}/deny',
      '/api/audit',
    ]) {
      expect(doc.paths[path], path).toBeDefined();
    }
    const docs = await t.client().get('/docs');
    expect(docs.status).toBe(200);
    const html = await docs.text();
    expect(html).toContain('/api/installations/{id}/charging-history');
    expect(html).toContain('max_current_a');
    expect(html).not.toMatch(/<script|https?:\/\/(?!localhost)[a-z]/i);
  });
});
