/**
 * @module seed/core-seeder
 * Demo data of the core: an installation owner with two installations (chargers and a few weeks
 * of charging history), a neighbour with one, the partner group "Acme Energy" (`TZBV`) with an
 * admin, an installer and the demo's return URLs, and a second partner "Nordlys Installers".
 * Idempotent: every row is created only when missing, nothing existing is changed.
 */
import { demoPasswordHash } from './demo-password.js';
import type { Store } from '../storage/store.js';
import { DEFAULT_DEMO_URL, DEMO_GROUPS, DEMO_INSTALLATIONS, DEMO_ROLES, DEMO_USERS, demoEmbeddingOrigins, demoReturnUrls } from './demo-data.js';
import type { Seeder } from './seeder.js';

/** A small deterministic PRNG (mulberry32): the same history on every machine. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function ensureUser(store: Store, u: { id: string; email: string; name: string }, passwordCost: number) {
  const existing = await store.users.findByEmail(u.email);
  if (existing) return existing;
  return store.users.create({ ...u, passwordHash: await demoPasswordHash(passwordCost) });
}

async function ensureInstallation(
  store: Store,
  spec: (typeof DEMO_INSTALLATIONS)[keyof typeof DEMO_INSTALLATIONS],
  ownerId: string,
  now: Date,
  seed: number,
): Promise<boolean> {
  if (await store.installations.findById(spec.id)) return false;
  await store.installations.create({ id: spec.id, name: spec.name, address: spec.address, settings: { max_current_a: 32, authentication_required: false } });
  await store.installations.addUser(spec.id, ownerId, 'owner');
  for (const c of spec.chargers) await store.installations.addCharger(spec.id, c);
  // ~30 sessions over the last four weeks, mostly evenings, 4-40 kWh.
  const random = prng(seed);
  const day = 86_400_000;
  for (let i = 0; i < 30; i++) {
    const charger = spec.chargers[Math.floor(random() * spec.chargers.length)]!;
    const startedAt = new Date(now.getTime() - Math.floor(random() * 28 * day) - 2 * 3600_000);
    const hours = 1 + random() * 6;
    await store.installations.addChargingSession(spec.id, {
      chargerId: charger.id,
      startedAt,
      endedAt: new Date(startedAt.getTime() + hours * 3600_000),
      energyKwh: Math.round((4 + random() * 36) * 100) / 100,
    });
  }
  return true;
}

/**
 * Registers the return page of the demo partner site at `demoUrl` for Acme Energy (idempotent).
 * `npm start` with another DEMO_PORT runs this on every start, so a database seeded on one port
 * works on the next.
 */
export async function registerDemoReturnUrls(store: Store, demoUrl = DEFAULT_DEMO_URL): Promise<void> {
  for (const url of demoReturnUrls(demoUrl)) await store.groups.addReturnUrl(DEMO_GROUPS.acme.id, url);
  // Acme's site may embed its consent: the demo's origin under both loopback names, so the demo
  // can show it framed from another site (127.0.0.1 framing localhost, as a partner's domain would).
  const origins = new Set([...(await store.groups.listEmbeddingOrigins(DEMO_GROUPS.acme.id)), ...demoEmbeddingOrigins(demoUrl)]);
  await store.groups.replaceEmbeddingOrigins(DEMO_GROUPS.acme.id, [...origins].sort());
}

export const coreSeeder: Seeder = {
  name: 'core demo data (owners, installations, Acme Energy TZBV, Nordlys Installers NRDL)',
  async run(store, ctx) {
    const now = ctx.clock();
    const users = {} as Record<keyof typeof DEMO_USERS, { id: string }>;
    for (const [key, u] of Object.entries(DEMO_USERS) as [keyof typeof DEMO_USERS, (typeof DEMO_USERS)[keyof typeof DEMO_USERS]][]) {
      users[key] = await ensureUser(store, u, ctx.passwordCost);
    }
    let created = 0;
    if (await ensureInstallation(store, DEMO_INSTALLATIONS.home, users.owner.id, now, 1)) created++;
    if (await ensureInstallation(store, DEMO_INSTALLATIONS.cabin, users.owner.id, now, 2)) created++;
    if (await ensureInstallation(store, DEMO_INSTALLATIONS.workshop, users.neighbour.id, now, 3)) created++;

    const members: Record<keyof typeof DEMO_GROUPS, [keyof typeof DEMO_USERS, string[]][]> = {
      acme: [
        ['acmeAdmin', ['admin', 'member']],
        ['acmeInstaller', ['member']],
      ],
      nordlys: [['nordlysAdmin', ['admin', 'member']]],
    };
    for (const [key, g] of Object.entries(DEMO_GROUPS) as [keyof typeof DEMO_GROUPS, (typeof DEMO_GROUPS)[keyof typeof DEMO_GROUPS]][]) {
      if (await store.groups.findById(g.id)) continue;
      await store.groups.create({ id: g.id, name: g.name, lookupKey: g.lookupKey, logoUrl: `${ctx.publicUrl}/assets/logos/${g.logo}.svg` });
      await store.groups.setRoles(g.id, DEMO_ROLES);
      if (key === 'acme') await registerDemoReturnUrls(store, ctx.demoUrl);
      else for (const url of g.returnUrls) await store.groups.addReturnUrl(g.id, url);
      for (const [user, roles] of members[key]) await store.groups.upsertMember(g.id, users[user].id, roles);
      created++;
    }
    return created ? `created ${created} demo objects` : 'already present';
  },
};
