/**
 * @module seed/service-accounts
 * Demo service account: Acme Energy's "Lead export", so `<gk-service-accounts>` has something to
 * list. Its generated secret is thrown away (nobody knows it): regenerate it in the element, or
 * create one with `grantkit-server service-account create`, to call the token endpoint.
 */
import { createServiceAccount } from '../domain/service-accounts.js';
import { DEMO_GROUPS, DEMO_USERS } from './demo-data.js';
import type { Seeder } from './seeder.js';

export const DEMO_SERVICE_ACCOUNT_NAME = 'Lead export';

export const serviceAccountSeeder: Seeder = {
  name: 'service accounts',
  async run(store, ctx) {
    const group = await store.groups.findById(DEMO_GROUPS.acme.id);
    if (!group) return 'skipped (no demo group)';
    const existing = await store.serviceAccounts.listForGroup(group.id);
    if (existing.some((a) => a.name === DEMO_SERVICE_ACCOUNT_NAME)) return 'already present';
    const admin = await store.users.findById(DEMO_USERS.acmeAdmin.id);
    await createServiceAccount(
      { store, now: ctx.clock(), passwordCost: ctx.passwordCost },
      { userId: admin?.id ?? null, label: admin?.name ?? 'demo seed' },
      group.id,
      { name: DEMO_SERVICE_ACCOUNT_NAME },
    );
    return `"${DEMO_SERVICE_ACCOUNT_NAME}" for ${group.name}`;
  },
};
