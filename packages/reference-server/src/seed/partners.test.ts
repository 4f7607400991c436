import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app.js';
import { storeKinds } from '../testing/test-database.js';
import { DEMO_PASSWORD } from './demo-data.js';
import { DEMO_ORGANISATION, DEMO_PARTNER, partnerSeeder } from './partners.js';
import { listInstallationsFor } from '../domain/access-policy.js';

describe.each(storeKinds)('partner seed on %s', (kind) => {
  let t: TestApp | undefined;
  afterEach(async () => t?.close());

  it('adds Helio Grid, its account holder and one active partner, once', async () => {
    t = await createTestApp({ kind });
    const ctx = { publicUrl: t.config.publicUrl, passwordCost: 10, clock: t.clock.now };
    const store = t.deps.store;
    expect(await store.transaction((tx) => partnerSeeder.run(tx, ctx))).toMatch(/added organisation Helio Grid/);
    expect(await store.transaction((tx) => partnerSeeder.run(tx, ctx))).toBe('already present');
    const holder = t.client();
    await holder.login('holder@demo.grantkit.dev', DEMO_PASSWORD);
    const list = await (await holder.get(`/api/organisations/${DEMO_ORGANISATION.id}/partners`)).json();
    expect(list).toMatchObject({ limit: 10, active: 1, items: [{ id: DEMO_PARTNER.id, lookup_key: 'SLST', admin: { email: 'lead@solstice.example' } }] });
    const installations = await listInstallationsFor(store, { kind: 'user', user: (await store.users.findByEmail('holder@demo.grantkit.dev'))! }, 'manage');
    expect(installations.map((i) => i.name)).toEqual(['Helio Grid Depot']);
  });
});
