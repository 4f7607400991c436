import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app.js';
import { DEMO_GROUPS } from './demo-data.js';
import { runSeeders, seeders } from './index.js';
import { DEMO_SERVICE_ACCOUNT_NAME, serviceAccountSeeder } from './service-accounts.js';

describe('service-account seeder', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  it('is in the seed list, adds the demo account once, and never stores a usable plain secret', async () => {
    expect(seeders).toContain(serviceAccountSeeder);
    const ctx = { publicUrl: app.config.publicUrl, passwordCost: app.config.passwordCost, clock: app.clock.now };
    await runSeeders(app.deps.store, ctx);
    const again = await runSeeders(app.deps.store, ctx, [serviceAccountSeeder]);
    expect(again).toEqual(['service accounts: already present']);
    const accounts = await app.deps.store.serviceAccounts.listForGroup(DEMO_GROUPS.acme.id);
    expect(accounts.map((a) => a.name)).toEqual([DEMO_SERVICE_ACCOUNT_NAME]);
    const rows = await app.deps.store.db.query<{ secret_hash: string }>('SELECT secret_hash FROM service_accounts');
    expect(rows.every((r) => r.secret_hash.startsWith('sha256$'))).toBe(true);
  });
});
