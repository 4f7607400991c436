/**
 * The platform API's access rule for people and for bearer tokens (the token service sets a
 * TokenPrincipal): grant active now, installation matches the token's limit, scope covers it.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_GROUPS, DEMO_INSTALLATIONS, DEMO_USERS } from '../seed/demo-data.js';
import type { Store } from '../storage/store.js';
import { createTestApp, type TestApp } from '../testing/test-app.js';
import { storeKinds } from '../testing/test-database.js';
import { decide, listInstallationsFor, pageInstallationsFor, requireInstallationFor, type Principal, type TokenPrincipal } from './access-policy.js';
import type { Keyset } from './model/page.js';
import { GRANT_PERMISSIONS } from './permissions.js';

const HOME = DEMO_INSTALLATIONS.home.id;
const CABIN = DEMO_INSTALLATIONS.cabin.id;
const ACME = DEMO_GROUPS.acme.id;

const token = (overrides: Partial<TokenPrincipal> = {}): Principal => ({
  kind: 'token',
  token: { kind: 'service_account', subject: 'sa-1', clientId: 'sa-1', groupId: ACME, installationId: null, scopes: ['installation:read'], grantId: null, ...overrides },
});

describe.each(storeKinds)('installation access on %s', (kind) => {
  let t: TestApp;
  let store: Store;
  let grantId: string;
  beforeAll(async () => {
    t = await createTestApp({ kind, seed: true });
    store = t.deps.store;
  });
  afterAll(async () => t?.close());
  beforeEach(async () => {
    await t.database.db.query('UPDATE grants SET revoked_at = now() WHERE revoked_at IS NULL');
    await t.database.db.query('UPDATE groups SET deactivated_at = NULL');
    ({ grant: { id: grantId } } = await store.grants.upsertActive({ groupId: ACME, installationId: HOME, permissions: GRANT_PERMISSIONS, createdBy: DEMO_USERS.owner.id }));
  });

  it('lets a token of a granted group read, and checks the scope per action', async () => {
    await expect(requireInstallationFor(store, token(), HOME, 'read')).resolves.toMatchObject({ id: HOME });
    await expect(requireInstallationFor(store, token(), HOME, 'update_settings')).rejects.toMatchObject({ status: 403, code: 'insufficient_scope' });
    await expect(requireInstallationFor(store, token({ scopes: ['installation:settings'] }), HOME, 'update_settings')).resolves.toBeDefined();
  });

  it('answers 404 without an active grant, off the token’s installation, or for a revoked or replaced grant', async () => {
    await expect(requireInstallationFor(store, token(), CABIN, 'read')).rejects.toMatchObject({ status: 404 });
    await expect(requireInstallationFor(store, token({ installationId: CABIN }), HOME, 'read')).rejects.toMatchObject({ status: 404 });
    await expect(requireInstallationFor(store, token({ groupId: DEMO_GROUPS.nordlys.id }), HOME, 'read')).rejects.toMatchObject({ status: 404 });
    const bound = token({ kind: 'grant', grantId });
    await expect(requireInstallationFor(store, bound, HOME, 'read')).resolves.toBeDefined();
    await store.grants.revoke(grantId, DEMO_USERS.owner.id, new Date());
    await expect(requireInstallationFor(store, bound, HOME, 'read')).rejects.toMatchObject({ status: 404 });
    await store.grants.upsertActive({ groupId: ACME, installationId: HOME, permissions: GRANT_PERMISSIONS, createdBy: DEMO_USERS.owner.id });
    // A new grant does not revive a token bound to the old one; a group-wide token works again.
    await expect(requireInstallationFor(store, bound, HOME, 'read')).rejects.toMatchObject({ status: 404 });
    await expect(requireInstallationFor(store, token(), HOME, 'read')).resolves.toBeDefined();
  });

  it('shuts out tokens and members of a deactivated group', async () => {
    await t.database.db.query('UPDATE groups SET deactivated_at = now() WHERE id = $1', [ACME]);
    await expect(requireInstallationFor(store, token(), HOME, 'read')).rejects.toMatchObject({ status: 404 });
    const installer = (await store.users.findById(DEMO_USERS.acmeInstaller.id))!;
    await expect(requireInstallationFor(store, { kind: 'user', user: installer }, HOME, 'read')).rejects.toMatchObject({ status: 404 });
  });

  it('lets owners in, members of a granted group in, and nobody else', async () => {
    const owner = (await store.users.findById(DEMO_USERS.owner.id))!;
    const installer = (await store.users.findById(DEMO_USERS.acmeInstaller.id))!;
    const neighbour = (await store.users.findById(DEMO_USERS.neighbour.id))!;
    await expect(requireInstallationFor(store, { kind: 'user', user: owner }, CABIN, 'update_settings')).resolves.toBeDefined();
    await expect(requireInstallationFor(store, { kind: 'user', user: installer }, HOME, 'control_chargers')).resolves.toBeDefined();
    await expect(requireInstallationFor(store, { kind: 'user', user: installer }, CABIN, 'read')).rejects.toMatchObject({ status: 404 });
    await expect(requireInstallationFor(store, { kind: 'user', user: neighbour }, HOME, 'read')).rejects.toMatchObject({ status: 404 });
    await expect(requireInstallationFor(store, { kind: 'user', user: owner }, 'nope', 'read')).rejects.toMatchObject({ status: 404 });
  });

  it('lists for a token exactly what it may read: the group’s grants, within its limit and binding', async () => {
    const ids = async (caller: Principal) => (await listInstallationsFor(store, caller)).map((i) => [i.id, i.role]);
    await store.grants.upsertActive({ groupId: ACME, installationId: CABIN, permissions: GRANT_PERMISSIONS, createdBy: DEMO_USERS.owner.id });
    expect((await ids(token())).sort()).toEqual([[CABIN, 'group'], [HOME, 'group']].sort());
    expect(await ids(token({ installationId: CABIN }))).toEqual([[CABIN, 'group']]);
    expect(await ids(token({ kind: 'grant', grantId }))).toEqual([[HOME, 'group']]);
    expect(await ids(token({ groupId: DEMO_GROUPS.nordlys.id }))).toEqual([]);
    await store.grants.revoke(grantId, DEMO_USERS.owner.id, new Date());
    expect(await ids(token())).toEqual([[CABIN, 'group']]);
    expect(await ids(token({ kind: 'grant', grantId }))).toEqual([]);
    await expect(listInstallationsFor(store, token({ scopes: ['installation:settings'] }))).rejects.toMatchObject({ status: 403, code: 'insufficient_scope' });
    await t.database.db.query('UPDATE groups SET deactivated_at = now() WHERE id = $1', [ACME]);
    expect(await ids(token())).toEqual([]);
  });

  it('pages what a caller may read one page at a time, skipping what the rule refuses without an empty page', async () => {
    await store.grants.upsertActive({ groupId: ACME, installationId: CABIN, permissions: GRANT_PERMISSIONS, createdBy: DEMO_USERS.owner.id });
    const walk = async (caller: Principal) => {
      const ids: string[] = [];
      let after: Keyset | undefined;
      let pages = 0;
      do {
        const page = await pageInstallationsFor(store, caller, { limit: 1, after });
        ids.push(...page.items.map((i) => i.id));
        after = page.nextAfter ?? undefined;
        pages += 1;
      } while (after && pages < 10);
      return { ids, pages };
    };
    // Cabin sorts before Home; a token bound to the Home grant is refused Cabin, which is skipped.
    expect(await walk(token())).toEqual({ ids: [CABIN, HOME], pages: 2 });
    expect(await walk(token({ kind: 'grant', grantId }))).toEqual({ ids: [HOME], pages: 1 });
    expect(await walk(token({ installationId: CABIN }))).toEqual({ ids: [CABIN], pages: 1 });
    expect(await walk({ kind: 'user', user: { id: DEMO_USERS.owner.id } })).toEqual({ ids: [CABIN, HOME], pages: 2 });
    await expect(pageInstallationsFor(store, token({ scopes: ['installation:settings'] }), { limit: 1 })).rejects.toMatchObject({ status: 403, code: 'insufficient_scope' });
  });

  it('lists for a person what they own or administer, then what their groups reach', async () => {
    const owner = (await store.users.findById(DEMO_USERS.owner.id))!;
    const installer = (await store.users.findById(DEMO_USERS.acmeInstaller.id))!;
    expect((await listInstallationsFor(store, { kind: 'user', user: owner })).map((i) => i.role)).toEqual(['owner', 'owner']);
    expect((await listInstallationsFor(store, { kind: 'user', user: installer })).map((i) => [i.id, i.role])).toEqual([[HOME, 'group']]);
  });
});

describe('the access policy’s rule (decide)', () => {
  const grant = { id: 'g-1', groupId: ACME, permissions: ['installation:read', 'installation:settings'] };
  const viaGrant = [{ installationId: HOME, role: null, grant }];
  const person = { kind: 'user', user: { id: 'u-1' } } as const;

  it('lets the owner and admins do everything, group members what the grant covers but never manage', () => {
    expect(decide(person, [{ installationId: HOME, role: 'admin', grant: null }], 'manage')).toEqual({ allowed: true, via: 'admin' });
    expect(decide(person, viaGrant, 'update_settings')).toEqual({ allowed: true, via: 'group' });
    expect(decide(person, viaGrant, 'control_chargers')).toEqual({ allowed: false, reason: 'not_found' });
    expect(decide(person, viaGrant, 'manage')).toEqual({ allowed: false, reason: 'not_found' });
    expect(decide(person, [], 'read')).toEqual({ allowed: false, reason: 'not_found' });
  });

  it('lets a token act within its group’s grant, its data set, its own grant and its scopes', () => {
    expect(decide(token(), viaGrant, 'read')).toEqual({ allowed: true, via: 'group' });
    expect(decide(token(), viaGrant, 'update_settings')).toEqual({ allowed: false, reason: 'insufficient_scope' });
    expect(decide(token({ installationId: CABIN }), viaGrant, 'read').allowed).toBe(false);
    expect(decide(token({ grantId: 'g-other' }), viaGrant, 'read').allowed).toBe(false);
    expect(decide(token({ groupId: 'another-group' }), viaGrant, 'read').allowed).toBe(false);
    expect(decide(token({ scopes: ['installation:read', 'installation:settings'] }), viaGrant, 'manage').allowed).toBe(false);
  });

  it('refuses a token that reaches the installation but lacks the permission with insufficient_scope, never 404 (issue 16)', () => {
    const everything = { scopes: [...GRANT_PERMISSIONS] };
    // The grant does not hold chargers:control: the service account's wide scopes do not help.
    expect(decide(token(everything), viaGrant, 'control_chargers')).toEqual({ allowed: false, reason: 'insufficient_scope' });
    expect(decide(token(everything), viaGrant, 'update_settings')).toEqual({ allowed: true, via: 'group' });
  });

  it('decides a token from an access request on the grant’s current permissions, whatever its scope said at issuance', () => {
    const bound = token({ kind: 'grant', grantId: 'g-1', installationId: HOME, scopes: ['installation:read'] });
    // Widened since: allowed. Narrowed since: insufficient_scope.
    expect(decide(bound, viaGrant, 'update_settings')).toEqual({ allowed: true, via: 'group' });
    const narrowed = [{ installationId: HOME, role: null, grant: { ...grant, permissions: ['installation:read'] } }];
    expect(decide(token({ kind: 'grant', grantId: 'g-1', scopes: [...GRANT_PERMISSIONS] }), narrowed, 'update_settings')).toEqual({
      allowed: false,
      reason: 'insufficient_scope',
    });
  });
});
