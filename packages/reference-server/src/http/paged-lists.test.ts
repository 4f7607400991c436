/**
 * Keyset paging of the list endpoints (http/paging.ts, storage/keyset.ts): walking every page
 * with a small limit returns each row exactly once — also rows that share their timestamp to
 * the microsecond — the last page says `next_cursor: null`, and bad cursors or limits are 400s.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ROLE_CATALOGUE } from '../seed/invitation-codes.js';
import { testLookupKey } from '../testing/group-fixtures.js';
import { createTestApp, type TestApp, type TestClient } from '../testing/test-app.js';
import { storeKinds } from '../testing/test-database.js';

interface WirePage {
  items: { id?: string; grant_id?: string; group?: { id: string }; user_id?: string }[];
  next_cursor: string | null;
}

const SAME_INSTANT = '2026-01-02T03:04:05.123456Z';
const ROWS = 5;

describe.each(storeKinds)('paged lists on %s', (kind) => {
  let t: TestApp;
  let owner: TestClient;
  let installationId: string;
  let groupId: string;
  let organisationId: string;
  let partnerId: string;
  let deactivatedPartnerId: string;

  beforeAll(async () => {
    t = await createTestApp({ kind });
    const { store } = t.deps;
    const user = await t.createUser('pager@paging.example', undefined, 'Pat Pager');
    const installation = await store.installations.create({ name: 'Paged site' });
    installationId = installation.id;
    await store.installations.addUser(installation.id, user.id, 'owner');
    const admin = await store.groups.create({ name: 'Pager group', lookupKey: testLookupKey() });
    groupId = admin.id;
    await store.groups.setRoles(admin.id, DEMO_ROLE_CATALOGUE);
    await store.groups.upsertMember(admin.id, user.id, ['admin']);
    // ROWS groups, each with a grant on the installation and an installation of its own, all at one instant.
    for (let i = 0; i < ROWS; i++) {
      const g = await store.groups.create({ name: `Same ${i}`, lookupKey: testLookupKey() });
      await store.groups.upsertMember(g.id, user.id, ['admin']);
      const own = await store.installations.create({ name: `Same site` });
      await store.installations.addUser(own.id, user.id, 'admin');
      for (const [groupIdOf, installationIdOf] of [
        [g.id, installation.id],
        [admin.id, own.id],
      ] as [string, string][]) {
        await store.db.query(`INSERT INTO grants (id, group_id, installation_id, permissions, created_at) VALUES ($1, $2, $3, '{}', $4)`, [
          crypto.randomUUID(),
          groupIdOf,
          installationIdOf,
          SAME_INSTANT,
        ]);
      }
      const member = await t.createUser(`same${i}@paging.example`, undefined, 'Same Name');
      await store.groups.upsertMember(admin.id, member.id, ['installer']);
      await store.db.query(
        `INSERT INTO audit_events (id, at, actor_label, action, group_id, installation_id) VALUES ($1, $2, 'test', 'test.event', $3, $4)`,
        [crypto.randomUUID(), SAME_INSTANT, admin.id, installation.id],
      );
    }
    // Organisations, partners (one deactivated: listed last), invitations, service accounts and
    // mail, each list's rows alike in name or instant, so only the id orders them.
    const same = new Date(SAME_INSTANT);
    for (let i = 0; i < ROWS; i++) {
      const organisation = await store.organisations.create({ name: 'Same organisation' });
      await store.organisations.addAccountHolder(organisation.id, user.id);
      organisationId ??= organisation.id;
    }
    for (let i = 0; i < ROWS; i++) {
      const partner = await store.partners.create({ organisationId, name: i === 0 ? 'A partner' : 'Same partner', lookupKey: testLookupKey(), logoUrl: null, domains: [], registeredBy: user.id });
      partnerId ??= partner.id;
      await store.emailInvitations.create({
        tokenHash: `same-${i}`,
        groupId: partnerId,
        email: `invitee${i}@paging.example`,
        role: 'member',
        purpose: 'member',
        invitedBy: user.id,
        createdAt: same,
        expiresAt: new Date(same.getTime() + 86_400_000),
      });
      await store.serviceAccounts.create({ groupId: admin.id, name: `Robot ${i}`, clientId: `gksa_same${i}`, secretHash: 'unused', secretKind: 'generated', installationId: null, createdBy: user.id, at: same });
      await store.outbox.enqueue({ channel: 'email', recipient: `same${i}@paging.example`, subject: 'Same', payload: { text: 'Same', html: '' }, status: 'stored', at: same });
    }
    // The alphabetically first partner is deactivated: active partners come first all the same.
    deactivatedPartnerId = partnerId;
    await store.partners.deactivate(deactivatedPartnerId, new Date());
    owner = t.client();
    await owner.login(user.email);
  }, 180_000);
  afterAll(async () => t?.close());

  const keyOf = (item: WirePage['items'][number]) => item.grant_id ?? item.group?.id ?? item.user_id ?? item.id ?? JSON.stringify(item);

  async function walk(path: string, limit: number): Promise<{ keys: string[]; pages: number }> {
    const keys: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const sep = path.includes('?') ? '&' : '?';
      const res = await owner.get(`${path}${sep}limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      expect(res.status, path).toBe(200);
      const body = (await res.json()) as WirePage;
      expect(body.items.length).toBeLessThanOrEqual(limit);
      keys.push(...body.items.map(keyOf));
      cursor = body.next_cursor;
      pages += 1;
      expect(pages).toBeLessThan(100);
    } while (cursor);
    return { keys, pages };
  }

  const lists = () => [
    [`/api/grants`, 2 * ROWS],
    [`/api/grants?installation_id=${installationId}`, ROWS],
    [`/api/groups/${groupId}/grants`, ROWS],
    [`/api/installations/${installationId}/access`, ROWS + 1],
    [`/api/installations`, ROWS + 1],
    [`/api/groups`, ROWS + 1],
    [`/api/groups/${groupId}/members`, ROWS + 1],
    [`/api/audit?group_id=${groupId}`, ROWS],
    [`/api/audit?installation_id=${installationId}`, ROWS],
    [`/api/groups/${groupId}/service-accounts`, ROWS],
    [`/api/organisations`, ROWS],
    [`/api/organisations/${organisationId}/partners`, ROWS],
    [`/api/partners/${partnerId}/invitations`, ROWS],
    [`/api/mailbox`, ROWS],
    [`/api/mailbox?to=SAME1@paging.example`, 1],
  ] as const;

  it('walks every list two rows at a time: each row once, in the one-page order, last cursor null', async () => {
    for (const [path, count] of lists()) {
      const whole = await walk(path, 200);
      expect(whole.pages, path).toBe(1);
      expect(whole.keys, path).toHaveLength(count);
      const paged = await walk(path, 2);
      expect(paged.keys, path).toEqual(whole.keys);
      expect(new Set(paged.keys).size, path).toBe(count);
      expect(paged.pages, path).toBe(Math.ceil(count / 2));
    }
  });

  it('lists an organisation’s active partners first, then by name', async () => {
    const { items } = (await (await owner.get(`/api/organisations/${organisationId}/partners?limit=200`)).json()) as WirePage;
    expect(items.map((p) => p.id).indexOf(deactivatedPartnerId)).toBe(ROWS - 1);
  });

  it('answers a damaged or forged cursor with 400 invalid_cursor, never a 500', async () => {
    const forged = (key: unknown[]) => Buffer.from(JSON.stringify(key)).toString('base64url');
    for (const [path] of lists()) {
      const sep = path.includes('?') ? '&' : '?';
      // Wrong arity, a value not of its kind (no 30 February, not a uuid, not a sequence number), NUL.
      const bad = ['not-a-cursor', forged(['x']), forged(['2026-02-30T00:00:00.000000Z', 'not-a-uuid']), forged(['a\u0000', 'b', 'c']), forged([1, 2])];
      for (const cursor of bad) {
        const res = await owner.get(`${path}${sep}cursor=${encodeURIComponent(cursor)}`);
        expect(res.status, `${path} ${cursor}`).toBe(400);
        const body = (await res.json()) as { code: string; errors: { code: string }[] };
        expect(body.code).toBe('invalid_cursor');
        expect(body.errors[0]?.code).toBe('invalid_cursor');
      }
    }
  });

  it('refuses a limit outside 1..200 with 400 validation_failed and defaults to 50', async () => {
    for (const [path] of lists()) {
      const sep = path.includes('?') ? '&' : '?';
      for (const limit of ['0', '201', 'many']) {
        const res = await owner.get(`${path}${sep}limit=${limit}`);
        expect(res.status, `${path} limit=${limit}`).toBe(400);
        expect(((await res.json()) as { code: string }).code).toBe('validation_failed');
      }
      const res = await owner.get(path);
      expect(((await res.json()) as WirePage).next_cursor).toBeNull();
    }
  });

  // Last: it adds mail the walks above do not expect.
  it('pages the HTML mailbox with an "Older mail" link, and refuses a bad cursor there too', async () => {
    for (let i = 0; i < 51; i++) {
      await t.deps.store.outbox.enqueue({ channel: 'email', recipient: 'many@paging.example', subject: `Mail ${i}`, payload: { text: 'x', html: '' }, status: 'stored', at: new Date(Date.UTC(2026, 0, 1, 0, 0, i)) });
    }
    const first = await (await owner.get('/mailbox?to=many@paging.example')).text();
    expect(first.match(/data-testid="mail"/g)).toHaveLength(50);
    const older = /href="([^"]+)" data-testid="older-mail"/.exec(first)?.[1]?.replace(/&amp;/g, '&');
    expect(older).toMatch(/^\/mailbox\?to=many%40paging\.example&cursor=/);
    const last = await (await owner.get(older!)).text();
    expect(last.match(/data-testid="mail"/g)).toHaveLength(1);
    expect(last).toContain('Mail 0');
    expect(last).not.toContain('older-mail');
    expect((await owner.get('/mailbox?cursor=not-a-cursor')).status).toBe(400);
  });
});
