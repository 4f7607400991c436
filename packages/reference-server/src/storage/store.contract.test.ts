/**
 * The store contract: every method of the core feature stores, run against PGlite and (when
 * DATABASE_URL is set) PostgreSQL, so both engines behave the same.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, storeKinds, TEST_SECRET, type TestDatabase } from '../testing/test-database.js';
import { recordEvent } from '../domain/events.js';
import { createStore, type Store } from './store.js';

let counter = 0;
const unique = (prefix: string) => `${prefix}${++counter}-${Math.random().toString(36).slice(2, 8)}`;
const KEY_CHARS = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const uniqueKey = () => Array.from({ length: 8 }, () => KEY_CHARS[Math.floor(Math.random() * KEY_CHARS.length)]).join('');
const t0 = new Date('2026-01-10T10:00:00Z');
const later = (ms: number) => new Date(t0.getTime() + ms);

describe.each(storeKinds)('store contract on %s', (kind) => {
  let database: TestDatabase;
  let store: Store;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
    store = createStore(database.db, TEST_SECRET);
  });
  afterAll(async () => database?.close());

  const user = (name = 'User') => store.users.create({ email: `${unique('u')}@example.com`, name, passwordHash: 'scrypt$x' });
  const group = async (admin?: string, member?: string) => {
    const g = await store.groups.create({ name: unique('Group '), lookupKey: uniqueKey(), logoUrl: 'https://logo.example/g.svg' });
    await store.groups.setRoles(g.id, [
      { key: 'admin', name: 'Admin', kind: 'admin', exclusive: false },
      { key: 'member', name: 'Member', kind: 'user', exclusive: false },
    ]);
    if (admin) await store.groups.upsertMember(g.id, admin, ['admin']);
    if (member) await store.groups.upsertMember(g.id, member, ['member']);
    return g;
  };
  const installation = async (ownerId: string) => {
    const i = await store.installations.create({ name: unique('Site '), address: 'Street 1', settings: { max_current_a: 32 } });
    await store.installations.addUser(i.id, ownerId, 'owner');
    return i;
  };

  describe('users and sessions', () => {
    it('creates users with lower-cased emails, finds them case-insensitively, and refuses duplicates', async () => {
      const email = `${unique('Mixed')}@Example.COM`;
      const u = await store.users.create({ email, name: 'Mixed Case', passwordHash: 'h1' });
      expect(u.email).toBe(email.toLowerCase());
      expect((await store.users.findByEmail(` ${email.toUpperCase()} `))?.passwordHash).toBe('h1');
      expect(await store.users.findById(u.id)).toMatchObject({ id: u.id, name: 'Mixed Case' });
      await expect(store.users.create({ email: email.toUpperCase(), name: 'Dup', passwordHash: 'h' })).rejects.toThrow();
      await store.users.setPassword(u.id, 'h2');
      expect((await store.users.findByEmail(email))?.passwordHash).toBe('h2');
      expect(await store.users.findById(crypto.randomUUID())).toBeUndefined();
    });

    it('finds a session’s user until it expires, and deletes sessions', async () => {
      const u = await user();
      await store.sessions.create({ tokenHash: unique('s'), userId: u.id, expiresAt: later(1000) });
      const hash = unique('t');
      await store.sessions.create({ tokenHash: hash, userId: u.id, expiresAt: later(1000) });
      expect((await store.sessions.findUser(hash, t0))?.id).toBe(u.id);
      expect(await store.sessions.findUser(hash, later(1000))).toBeUndefined();
      await store.sessions.delete(hash);
      expect(await store.sessions.findUser(hash, t0)).toBeUndefined();
      const other = unique('o');
      await store.sessions.create({ tokenHash: other, userId: u.id, expiresAt: later(5000) });
      await store.sessions.deleteForUser(u.id);
      expect(await store.sessions.findUser(other, t0)).toBeUndefined();
    });
  });

  describe('rate limits', () => {
    it('counts hits per bucket and window, refunds one, and resets a bucket', async () => {
      const bucket = unique('login:');
      const first = { start: t0, end: later(60_000) };
      expect(await store.rateLimits.count(bucket, first)).toBe(0);
      expect(await store.rateLimits.hit(bucket, first)).toBe(1);
      expect(await store.rateLimits.hit(bucket, first)).toBe(2);
      expect(await store.rateLimits.count(bucket, first)).toBe(2);
      await store.rateLimits.refund(bucket, first);
      expect(await store.rateLimits.count(bucket, first)).toBe(1);
      expect(await store.rateLimits.hit(bucket, { start: later(60_000), end: later(120_000) })).toBe(1);
      await store.rateLimits.reset(bucket);
      expect(await store.rateLimits.hit(bucket, first)).toBe(1);
    });

    it('purges the counters of windows that have ended, and only those', async () => {
      const ended = unique('login:');
      const live = unique('login:');
      await store.rateLimits.hit(ended, { start: t0, end: later(60_000) });
      await store.rateLimits.hit(live, { start: t0, end: later(600_000) });
      expect(await store.rateLimits.purgeExpired(later(300_000))).toBeGreaterThanOrEqual(1);
      expect(await store.rateLimits.count(ended, { start: t0, end: later(60_000) })).toBe(0);
      expect(await store.rateLimits.count(live, { start: t0, end: later(600_000) })).toBe(1);
    });
  });

  describe('groups', () => {
    it('creates groups with upper-cased unique lookup keys found case-insensitively', async () => {
      const key = uniqueKey();
      const g = await store.groups.create({ name: 'Keyed', lookupKey: key.toLowerCase() });
      expect(g.lookupKey).toBe(key);
      expect((await store.groups.findByLookupKey(key.toLowerCase()))?.id).toBe(g.id);
      expect(await store.groups.lookupKeyExists(key.toLowerCase())).toBe(true);
      expect(await store.groups.lookupKeyExists(uniqueKey())).toBe(false);
      await expect(store.groups.create({ name: 'Clash', lookupKey: key })).rejects.toThrow();
      expect((await store.groups.findById(g.id))?.name).toBe('Keyed');
    });

    it('does not resolve a deactivated group by lookup key, nor list memberships in it', async () => {
      const u = await user();
      const g = await group(u.id);
      await store.db.query('UPDATE groups SET deactivated_at = now() WHERE id = $1', [g.id]);
      expect(await store.groups.findByLookupKey(g.lookupKey)).toBeUndefined();
      expect(await store.groups.findMembership(g.id, u.id)).toBeUndefined();
      expect(await store.groups.listMemberships(u.id)).toEqual([]);
    });

    it('keeps a role catalogue, members with roles, admin flags, and removal', async () => {
      const admin = await user('Alice Admin');
      const member = await user('Bob Member');
      const g = await group(admin.id, member.id);
      expect((await store.groups.listRoles(g.id)).map((r) => r.key)).toEqual(['admin', 'member']);
      expect((await store.groups.findMembership(g.id, admin.id))?.isAdmin).toBe(true);
      expect((await store.groups.findMembership(g.id, member.id))?.isAdmin).toBe(false);
      expect(((await store.groups.listMembers(g.id, { limit: 200 })).items).map((m) => m.name)).toEqual(['Alice Admin', 'Bob Member']);
      await store.groups.upsertMember(g.id, member.id, ['admin', 'member']);
      expect((await store.groups.findMembership(g.id, member.id))?.roles).toEqual(['admin', 'member']);
      expect((await store.groups.listMemberships(member.id)).map((m) => m.group.id)).toEqual([g.id]);
      expect(await store.groups.removeMember(g.id, member.id)).toBe(true);
      expect(await store.groups.removeMember(g.id, member.id)).toBe(false);
      await store.groups.setRoles(g.id, [{ key: 'viewer', name: 'Viewer', kind: 'user', exclusive: true }]);
      expect(await store.groups.listRoles(g.id)).toEqual([{ key: 'viewer', name: 'Viewer', kind: 'user', exclusive: true }]);
    });

    it('registers return URLs once each', async () => {
      const g = await group();
      await store.groups.addReturnUrl(g.id, 'https://b.example/r');
      await store.groups.addReturnUrl(g.id, 'https://a.example/r');
      await store.groups.addReturnUrl(g.id, 'https://a.example/r');
      expect(await store.groups.listReturnUrls(g.id)).toEqual(['https://a.example/r', 'https://b.example/r']);
    });
  });

  describe('installations', () => {
    it('creates installations, owners and admins, and lists what a user manages', async () => {
      const owner = await user('Owner');
      const admin = await user('Admin');
      const i = await installation(owner.id);
      await store.installations.addUser(i.id, admin.id, 'admin', owner.id);
      expect(await store.installations.accessRelations({ userId: owner.id }, i.id)).toEqual([{ installationId: i.id, role: 'owner', grant: null }]);
      expect(await store.installations.accessRelations({ userId: admin.id })).toEqual([{ installationId: i.id, role: 'admin', grant: null }]);
      expect(await store.installations.accessRelations({ userId: (await user()).id }, i.id)).toEqual([]);
      const users = await store.installations.listUsers(i.id);
      expect(users.map((u) => [u.name, u.role, u.grantedBy?.name ?? null])).toEqual([
        ['Owner', 'owner', null],
        ['Admin', 'admin', 'Owner'],
      ]);
      expect((await store.installations.findById(i.id))?.settings).toEqual({ max_current_a: 32 });
    });

    it('merges settings and renames', async () => {
      const i = await installation((await user()).id);
      const updated = await store.installations.updateSettings(i.id, { authentication_required: true }, 'Renamed');
      expect(updated).toMatchObject({ name: 'Renamed', settings: { max_current_a: 32, authentication_required: true } });
      expect((await store.installations.updateSettings(i.id, { max_current_a: 16 }))?.name).toBe('Renamed');
      expect(await store.installations.updateSettings(crypto.randomUUID(), {})).toBeUndefined();
    });

    it('keeps chargers and charging history, newest first and limited', async () => {
      const i = await installation((await user()).id);
      const c = await store.installations.addCharger(i.id, { name: 'B', serial: 'S2', maxCurrentA: 16 });
      await store.installations.addCharger(i.id, { name: 'A', serial: 'S1' });
      expect((await store.installations.listChargers(i.id)).map((x) => [x.name, x.maxCurrentA])).toEqual([
        ['A', 32],
        ['B', 16],
      ]);
      for (let n = 0; n < 3; n++) {
        await store.installations.addChargingSession(i.id, { chargerId: c.id, startedAt: later(n * 3600_000), endedAt: null, energyKwh: n + 0.5 });
      }
      const history = await store.installations.listChargingHistory(i.id, 2);
      expect(history.map((h) => h.energyKwh)).toEqual([2.5, 1.5]);
      expect(history[0]!.startedAt).toBeInstanceOf(Date);
    });

    it('gathers the access policy’s facts: own roles, and active grants of active groups to their members and tokens', async () => {
      const owner = await user();
      const member = await user();
      const outsider = await user();
      const i = await installation(owner.id);
      const g = await group(undefined, member.id);
      expect(await store.installations.accessRelations({ userId: member.id }, i.id)).toEqual([]);
      const { grant } = await store.grants.upsertActive({ groupId: g.id, installationId: i.id, permissions: ['installation:read'], createdBy: owner.id });
      const viaGrant = { installationId: i.id, role: null, grant: { id: grant.id, groupId: g.id, permissions: ['installation:read'] } };
      expect(await store.installations.accessRelations({ userId: member.id }, i.id)).toEqual([viaGrant]);
      expect(await store.installations.accessRelations({ userId: member.id })).toEqual([viaGrant]);
      expect(await store.installations.accessRelations({ groupId: g.id })).toEqual([viaGrant]);
      expect(await store.installations.accessRelations({ userId: owner.id }, i.id)).toEqual([{ installationId: i.id, role: 'owner', grant: null }]);
      expect(await store.installations.accessRelations({ userId: outsider.id }, i.id)).toEqual([]);
      await store.db.query('UPDATE groups SET deactivated_at = now() WHERE id = $1', [g.id]);
      expect(await store.installations.accessRelations({ groupId: g.id })).toEqual([]);
      await store.db.query('UPDATE groups SET deactivated_at = NULL WHERE id = $1', [g.id]);
      await store.grants.revoke(grant.id, owner.id, t0);
      expect(await store.installations.accessRelations({ userId: member.id })).toEqual([]);
    });
  });

  describe('grants', () => {
    it('keeps one active grant per group and installation, and a new one after revocation', async () => {
      const owner = await user('Grant Owner');
      const i = await installation(owner.id);
      const g = await group();
      const first = await store.grants.upsertActive({ groupId: g.id, installationId: i.id, permissions: ['installation:read'], createdBy: owner.id });
      const again = await store.grants.upsertActive({ groupId: g.id, installationId: i.id, permissions: ['installation:read'], createdBy: owner.id });
      expect(first.created).toBe(true);
      expect(again).toMatchObject({ created: false, grant: { id: first.grant.id } });
      expect((await store.grants.findActive(g.id, i.id))?.id).toBe(first.grant.id);
      const view = await store.grants.findById(first.grant.id);
      expect(view).toMatchObject({ groupName: g.name, lookupKey: g.lookupKey, installationName: i.name, createdByName: 'Grant Owner', groupLogoUrl: g.logoUrl });
      expect(((await store.grants.listForInstallation(i.id, { limit: 200 })).items).map((x) => x.id)).toEqual([first.grant.id]);
      expect(((await store.grants.listForGroup(g.id, { limit: 200 })).items).map((x) => x.id)).toEqual([first.grant.id]);
      expect(((await store.grants.listForOwner(owner.id, { limit: 200 })).items).map((x) => x.id)).toEqual([first.grant.id]);
      expect(await store.grants.activeInstallationIds(g.id)).toEqual([i.id]);
      // Its permissions change in place (widened, narrowed); only while active.
      expect(await store.grants.heldAmong(g.id, [i.id, crypto.randomUUID()])).toEqual(new Map([[i.id, ['installation:read']]]));
      expect((await store.grants.lockActive(first.grant.id))?.permissions).toEqual(['installation:read']);
      expect((await store.grants.setPermissions(first.grant.id, ['installation:read', 'chargers:control']))?.permissions).toEqual(['installation:read', 'chargers:control']);
      expect(await store.grants.heldAmong(g.id, [i.id])).toEqual(new Map([[i.id, ['installation:read', 'chargers:control']]]));

      expect(await store.grants.revoke(first.grant.id, owner.id, t0)).toBe(true);
      expect(await store.grants.setPermissions(first.grant.id, ['installation:read'])).toBeUndefined();
      expect(await store.grants.lockActive(first.grant.id)).toBeUndefined();
      expect(await store.grants.revoke(first.grant.id, owner.id, t0)).toBe(false);
      expect((await store.grants.findById(first.grant.id))?.revokedAt?.toISOString()).toBe(t0.toISOString());
      expect(await store.grants.findActive(g.id, i.id)).toBeUndefined();
      expect((await store.grants.listForInstallation(i.id, { limit: 200 })).items).toEqual([]);
      expect(await store.grants.activeInstallationIds(g.id)).toEqual([]);
      const renewed = await store.grants.upsertActive({ groupId: g.id, installationId: i.id, permissions: ['installation:read'], createdBy: owner.id });
      expect(renewed.created).toBe(true);
      expect(renewed.grant.id).not.toBe(first.grant.id);
    });

    it("pages a person's grants installation by installation, each one's oldest first, without repeating or skipping", async () => {
      const owner = await user();
      const stranger = await user();
      const [a, b, c] = [await installation(owner.id), await installation(owner.id), await installation(stranger.id)];
      const groups = [await group(), await group(), await group()];
      for (const g of groups) {
        for (const i of [b, a, c]) await store.grants.upsertActive({ groupId: g.id, installationId: i.id, permissions: ['installation:read'], createdBy: owner.id });
      }
      const walked: string[] = [];
      let after: readonly string[] | undefined;
      do {
        const page = await store.grants.listForOwner(owner.id, { limit: 2, after });
        walked.push(...page.items.map((x) => `${x.installationId}/${x.groupId}`));
        after = page.nextAfter ?? undefined;
      } while (after);
      const [first, second] = [a.id, b.id].sort();
      // Grouped by installation; within one, oldest first (the groups were granted in order).
      expect(walked).toEqual([...groups.map((g) => `${first}/${g.id}`), ...groups.map((g) => `${second}/${g.id}`)]);
      expect(walked.some((w) => w.startsWith(c.id))).toBe(false);
    });

    it('keeps one grant when two approvals race', async () => {
      const owner = await user();
      const i = await installation(owner.id);
      const g = await group();
      const results = await Promise.all(
        [0, 1, 2].map(() => store.grants.upsertActive({ groupId: g.id, installationId: i.id, permissions: ['installation:read'], createdBy: owner.id })),
      );
      expect(new Set(results.map((r) => r.grant.id)).size).toBe(1);
      expect(results.filter((r) => r.created)).toHaveLength(1);
    });
  });

  describe('audit', () => {
    it('records events and lists them per group and installation, newest first', async () => {
      const owner = await user('Auditor');
      const i = await installation(owner.id);
      const g = await group();
      await recordEvent(store, {
        at: t0,
        actorUserId: owner.id,
        actorLabel: 'Auditor',
        type: 'grant.created',
        groupId: g.id,
        installationId: i.id,
        subjectId: 'x',
        data: { grant_id: 'x', permissions: [] },
      });
      await recordEvent(store, { at: later(1000), actorLabel: 'system', type: 'grant.revoked', groupId: g.id, installationId: i.id, data: { grant_id: 'x', how: 'revoked' } });
      const byInstallation = (await store.audit.listForInstallation(i.id, { limit: 200 })).items;
      expect(byInstallation.map((e) => e.action)).toEqual(['grant.revoked', 'grant.created']);
      expect(byInstallation[1]).toMatchObject({ actorUserId: owner.id, actorLabel: 'Auditor', subjectId: 'x', data: { grant_id: 'x', permissions: [] } });
      expect(byInstallation[0]).toMatchObject({ actorUserId: null, subjectId: null, organisationId: null });
      expect((await store.audit.listForGroup(g.id, { limit: 1 })).items.map((e) => e.action)).toEqual(['grant.revoked']);
    });

    it('writes each event’s outbox row with its audit row, and neither when the transaction fails', async () => {
      const o = await store.organisations.create({ name: `Org ${crypto.randomUUID()}` });
      const event = { at: t0, actorLabel: 'operator', type: 'organisation.partner_limit_changed', organisationId: o.id, data: { from: 10, to: 3 } } as const;
      await recordEvent(store, event);
      await expect(
        store.transaction(async (tx) => {
          await recordEvent(tx, { ...event, data: { from: 3, to: 1 } });
          throw new Error('rolled back');
        }),
      ).rejects.toThrow('rolled back');
      expect(((await store.audit.listForOrganisation(o.id, { limit: 200 })).items).map((e) => e.data)).toEqual([{ from: 10, to: 3 }]);
      const outbox = (await store.outbox.list('event')).filter((m) => m.payload.organisation_id === o.id);
      expect(outbox).toHaveLength(1);
      expect(outbox[0]).toMatchObject({ status: 'pending', subject: 'organisation.partner_limit_changed', payload: { type: 'organisation.partner_limit_changed', data: { from: 10, to: 3 } } });
      // The mail worker claims email only: events wait for the webhook deliverer.
      expect((await store.outbox.claimDue('email', later(60_000), later(120_000), 100)).some((m) => m.channel === 'event')).toBe(false);
    });
  });

  describe('access requests and authorization codes', () => {
    const open = async (userId: string, groupId: string, expiresAt = later(600_000)) =>
      store.accessRequests.create({
        groupId,
        userId,
        preselectedInstallationId: null,
        locale: 'fr',
        returnUrl: 'https://partner.example/r',
        partnerName: 'Acme',
        showExisting: true,
        state: 'st',
        codeChallenge: 'c'.repeat(43),
        createdAt: t0,
        expiresAt,
      });

    it('stores a pending request and finds it', async () => {
      const u = await user();
      const g = await group();
      const r = await open(u.id, g.id);
      expect(r).toMatchObject({ status: 'pending', locale: 'fr', partnerName: 'Acme', showExisting: true, state: 'st', decidedAt: null, grantId: null });
      expect(await store.accessRequests.findById(r.id)).toEqual(r);
      expect(await store.accessRequests.findById(crypto.randomUUID())).toBeUndefined();
    });

    it('decides only once, only for its own user, only before it expires', async () => {
      const u = await user();
      const other = await user();
      const g = await group();
      const i = await installation(u.id);
      const r = await open(u.id, g.id);
      expect(await store.accessRequests.decide({ id: r.id, userId: other.id, status: 'approved', installationId: i.id, now: t0 })).toBeUndefined();
      const decided = await store.accessRequests.decide({ id: r.id, userId: u.id, status: 'approved', installationId: i.id, now: t0 });
      expect(decided).toMatchObject({ status: 'approved', installationId: i.id });
      expect(decided?.decidedAt?.toISOString()).toBe(t0.toISOString());
      expect(await store.accessRequests.decide({ id: r.id, userId: u.id, status: 'denied', installationId: null, now: t0 })).toBeUndefined();

      const expiring = await open(u.id, g.id, later(1000));
      expect(await store.accessRequests.decide({ id: expiring.id, userId: u.id, status: 'denied', installationId: null, now: later(1000) })).toBeUndefined();
      expect((await store.accessRequests.findById(expiring.id))?.status).toBe('pending');
    });

    it('finds the latest answered request for the same user, group, state and return URL', async () => {
      const u = await user();
      const other = await user();
      const g = await group();
      const link = { userId: u.id, groupId: g.id, state: 'st', returnUrl: 'https://partner.example/r' };
      const pending = await open(u.id, g.id);
      expect(await store.accessRequests.findAnswered(link)).toBeUndefined();
      await store.accessRequests.decide({ id: pending.id, userId: u.id, status: 'cancelled', installationId: null, cancelReason: 'cancelled', now: t0 });
      expect(await store.accessRequests.findAnswered(link)).toBeUndefined();
      const denied = await open(u.id, g.id);
      await store.accessRequests.decide({ id: denied.id, userId: u.id, status: 'denied', installationId: null, now: t0 });
      expect((await store.accessRequests.findAnswered(link))?.id).toBe(denied.id);
      expect(await store.accessRequests.findAnswered({ ...link, userId: other.id })).toBeUndefined();
      expect(await store.accessRequests.findAnswered({ ...link, state: 'other' })).toBeUndefined();
      expect(await store.accessRequests.findAnswered({ ...link, returnUrl: null })).toBeUndefined();
      expect(await store.accessRequests.findAnswered({ ...link, groupId: (await group()).id })).toBeUndefined();
    });

    it('lets exactly one of several concurrent decisions win', async () => {
      const u = await user();
      const g = await group();
      const r = await open(u.id, g.id);
      const outcomes = await Promise.all(
        (['approved', 'denied', 'approved', 'denied'] as const).map((status) =>
          store.transaction((tx) => tx.accessRequests.decide({ id: r.id, userId: u.id, status, installationId: null, now: t0 })),
        ),
      );
      expect(outcomes.filter(Boolean)).toHaveLength(1);
    });

    it('records the grant of an approval', async () => {
      const u = await user();
      const g = await group();
      const i = await installation(u.id);
      const r = await open(u.id, g.id);
      const { grant } = await store.grants.upsertActive({ groupId: g.id, installationId: i.id, permissions: ['installation:read'], createdBy: u.id });
      await store.accessRequests.setGrant(r.id, grant.id);
      expect((await store.accessRequests.findById(r.id))?.grantId).toBe(grant.id);
    });

    it('consumes a code once; a replay returns it marked alreadyUsed; expiry is reported', async () => {
      const u = await user();
      const g = await group();
      const i = await installation(u.id);
      const r = await open(u.id, g.id);
      const { grant } = await store.grants.upsertActive({ groupId: g.id, installationId: i.id, permissions: ['installation:read'], createdBy: u.id });
      const codeHash = unique('hash');
      await store.accessRequests.createAuthorizationCode({
        codeHash,
        accessRequestId: r.id,
        grantId: grant.id,
        clientId: g.lookupKey,
        redirectUri: 'https://partner.example/r',
        codeChallenge: 'c'.repeat(43),
        createdAt: t0,
        expiresAt: later(60_000),
      });
      const first = await store.accessRequests.consumeAuthorizationCode(codeHash, later(1000));
      expect(first).toMatchObject({ alreadyUsed: false, expired: false, grantId: grant.id, clientId: g.lookupKey, redirectUri: 'https://partner.example/r', accessRequestId: r.id });
      expect(first?.usedAt?.toISOString()).toBe(later(1000).toISOString());
      const replay = await store.accessRequests.consumeAuthorizationCode(codeHash, later(2000));
      expect(replay).toMatchObject({ alreadyUsed: true, grantId: grant.id });
      expect(replay?.usedAt?.toISOString()).toBe(later(1000).toISOString());
      expect(await store.accessRequests.consumeAuthorizationCode(unique('nope'), t0)).toBeUndefined();

      const lateHash = unique('late');
      await store.accessRequests.createAuthorizationCode({
        codeHash: lateHash,
        accessRequestId: r.id,
        grantId: grant.id,
        clientId: g.lookupKey,
        redirectUri: 'https://partner.example/r',
        codeChallenge: 'c'.repeat(43),
        createdAt: t0,
        expiresAt: later(60_000),
      });
      expect(await store.accessRequests.consumeAuthorizationCode(lateHash, later(60_000))).toMatchObject({ alreadyUsed: false, expired: true });
    });

    it('lets exactly one of several concurrent consumptions win', async () => {
      const u = await user();
      const g = await group();
      const i = await installation(u.id);
      const r = await open(u.id, g.id);
      const { grant } = await store.grants.upsertActive({ groupId: g.id, installationId: i.id, permissions: ['installation:read'], createdBy: u.id });
      const codeHash = unique('race');
      await store.accessRequests.createAuthorizationCode({
        codeHash,
        accessRequestId: r.id,
        grantId: grant.id,
        clientId: g.lookupKey,
        redirectUri: 'https://partner.example/r',
        codeChallenge: 'c'.repeat(43),
        createdAt: t0,
        expiresAt: later(60_000),
      });
      const results = await Promise.all([0, 1, 2, 3].map(() => store.accessRequests.consumeAuthorizationCode(codeHash, later(10))));
      expect(results.filter((x) => x && !x.alreadyUsed)).toHaveLength(1);
    });

    it('purges expired pending requests and codes', async () => {
      const u = await user();
      const g = await group();
      const stale = await open(u.id, g.id, later(1000));
      const fresh = await open(u.id, g.id, later(10 * 3600_000));
      expect(await store.accessRequests.purgeExpired(later(2000))).toBeGreaterThanOrEqual(1);
      expect(await store.accessRequests.findById(stale.id)).toBeUndefined();
      expect(await store.accessRequests.findById(fresh.id)).toBeDefined();
    });
  });
});
