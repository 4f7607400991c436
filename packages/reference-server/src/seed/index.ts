/**
 * @module seed
 * The ordered list of demo-data seeders. Each feature appends its own (one line), after the core
 * one it builds on. `grantkit-server seed` runs them all; `serve --seed` runs them on a fresh
 * database only.
 */
import type { Store } from '../storage/store.js';
import { coreSeeder } from './core-seeder.js';
import { DEMO_USERS } from './demo-data.js';
import { invitationSeeder } from './invitation-codes.js';
import { partnerSeeder } from './partners.js';
import { serviceAccountSeeder } from './service-accounts.js';
import type { SeedContext, Seeder } from './seeder.js';

export type { SeedContext, Seeder };
export * from './demo-data.js';
export { registerDemoReturnUrls } from './core-seeder.js';

export const seeders: Seeder[] = [
  coreSeeder,
  invitationSeeder,
  partnerSeeder,
  serviceAccountSeeder,
];

/** Runs every seeder in order, each in its own transaction; returns one summary line per seeder. */
export async function runSeeders(store: Store, ctx: SeedContext, list: readonly Seeder[] = seeders): Promise<string[]> {
  const lines: string[] = [];
  for (const seeder of list) {
    const summary = await store.transaction((tx) => seeder.run(tx, ctx));
    lines.push(`${seeder.name}: ${summary || 'done'}`);
  }
  return lines;
}

/** True when the demo owner exists (the demo data was seeded before). */
export async function isSeeded(store: Store): Promise<boolean> {
  return (await store.users.findByEmail(DEMO_USERS.owner.email)) !== undefined;
}
