// The scale benchmark's data at 10³ grants: the counts the issue names, and the API reading them
// as the seeded demo's people (so a schema change that breaks the generator fails here, in CI).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCodeSealer } from '../../src/security/code-sealing.js';
import { DEMO_GROUPS, DEMO_PASSWORD, DEMO_USERS } from '../../src/seed/demo-data.js';
import { createTestApp, type TestApp } from '../../src/testing/test-app.js';
import { storeKinds } from '../../src/testing/test-database.js';
import { generateScaleData, PREFIX, scalePlan } from './generate.js';

const plan = scalePlan(1000);

describe.each(storeKinds)('scale data at 10³ grants (%s)', (kind) => {
  let t: TestApp;
  const count = async (sql: string, params: unknown[] = []) =>
    Number((await t.database.db.query<{ n: string }>(sql, params as string[]))[0]!.n);

  beforeAll(async () => {
    t = await createTestApp({ kind, seed: true });
    await generateScaleData(t.database.db, plan, createCodeSealer(t.config.secret));
  }, 120_000);
  afterAll(() => t?.close());

  it('writes the planned rows', async () => {
    expect(await count(`SELECT count(*) AS n FROM grants WHERE id::text LIKE '${PREFIX.grant}%' AND revoked_at IS NULL`)).toBe(1000);
    expect(await count(`SELECT count(*) AS n FROM installations WHERE id::text LIKE '${PREFIX.installation}%'`)).toBe(500);
    expect(await count(`SELECT count(*) AS n FROM audit_events WHERE id::text LIKE '${PREFIX.audit}%'`)).toBe(2000);
    expect(await count(`SELECT count(*) AS n FROM invitation_codes WHERE id::text LIKE '${PREFIX.code}%'`)).toBe(100);
    expect(await count(`SELECT count(*) AS n FROM groups WHERE id::text LIKE '${PREFIX.group}%'`)).toBe(20);
    // Every generated installation has exactly one owner and two grants from two groups.
    expect(await count(`SELECT count(*) AS n FROM installation_users WHERE installation_id::text LIKE '${PREFIX.installation}%' AND role = 'owner'`)).toBe(500);
    expect(await count(`SELECT count(*) AS n FROM (SELECT installation_id FROM grants WHERE id::text LIKE '${PREFIX.grant}%' GROUP BY installation_id HAVING count(DISTINCT group_id) = 2) x`)).toBe(500);
  });

  it('gives the demo owner 12 installations and Acme Energy 55 active grants, as the API shows them', async () => {
    const owner = t.client();
    await owner.login(DEMO_USERS.owner.email, DEMO_PASSWORD);
    const installations = (await (await owner.get('/api/installations?limit=50')).json()) as { items: unknown[] };
    expect(installations.items).toHaveLength(12);

    const admin = t.client();
    await admin.login(DEMO_USERS.acmeAdmin.email, DEMO_PASSWORD);
    expect(await count(`SELECT count(*) AS n FROM grants WHERE group_id = $1 AND revoked_at IS NULL`, [DEMO_GROUPS.acme.id])).toBe(55);
    const grants = (await (await admin.get(`/api/groups/${DEMO_GROUPS.acme.id}/grants?limit=50`)).json()) as { items: unknown[] };
    expect(grants.items.length).toBeGreaterThan(0);
    // The codes are sealed with the server's secret: the management list opens them.
    const codes = await admin.get(`/api/invitation-codes?group_id=${DEMO_GROUPS.acme.id}`);
    expect(codes.status).toBe(200);
    const body = (await codes.json()) as { total: number; items: { code: string }[] };
    expect(body.total).toBe(11);
    expect(body.items[0]!.code).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-/);
    const audit = (await (await admin.get(`/api/audit?group_id=${DEMO_GROUPS.acme.id}`)).json()) as { items: { type: string }[] };
    expect(audit.items.map((e) => e.type)).toContain('grant.created');
  });
});
