/**
 * @module seed/partners
 * Demo data of partner registration: the organisation "Helio Grid" whose account holder
 * (holder@demo.grantkit.dev) owns the installation "Helio Grid Depot", and one registered
 * partner, "Solstice Service" (`SLST`, domain solstice.example), whose admin accepted already.
 * Idempotent: every row is created only when missing.
 */
import { PARTNER_ROLES, rolesFor } from '../domain/email-invitations.js';
import { demoPasswordHash } from './demo-password.js';
import type { Store } from '../storage/store.js';
import type { Seeder } from './seeder.js';
import { recordEvent } from '../domain/events.js';

export const DEMO_ORGANISATION = { id: '5e0c1b3d-9a6f-4b0e-8c40-000000000401', name: 'Helio Grid' } as const;
export const DEMO_PARTNER_USERS = {
  holder: { id: '6f1d2a4e-0b7c-4c1e-9a51-000000000011', email: 'holder@demo.grantkit.dev', name: 'Hana Holder' },
  solsticeAdmin: { id: '6f1d2a4e-0b7c-4c1e-9a51-000000000012', email: 'lead@solstice.example', name: 'Siri Solstice' },
} as const;
export const DEMO_HOLDER_INSTALLATION = {
  id: '7a2e3b5f-1c8d-4d2f-8b62-000000000111',
  name: 'Helio Grid Depot',
  address: 'Solveien 1, 0150 Oslo',
  charger: { id: '8b3f4c60-2d9e-4e30-9c73-000000000211', name: 'Depot bay 1', serial: 'GK-HELIO-001', maxCurrentA: 32 },
} as const;
export const DEMO_PARTNER = {
  id: '9c405d71-3eaf-4f41-8d84-000000000311',
  name: 'Solstice Service',
  lookupKey: 'SLST',
  domains: ['solstice.example'],
} as const;

async function ensureUser(store: Store, u: { id: string; email: string; name: string }, cost: number) {
  return (await store.users.findByEmail(u.email)) ?? store.users.create({ ...u, passwordHash: await demoPasswordHash(cost) });
}

export const partnerSeeder: Seeder = {
  name: 'partners',
  async run(store, { passwordCost, clock }) {
    const added: string[] = [];
    const holder = await ensureUser(store, DEMO_PARTNER_USERS.holder, passwordCost);
    if (!(await store.organisations.findById(DEMO_ORGANISATION.id))) {
      await store.organisations.create(DEMO_ORGANISATION);
      added.push('organisation Helio Grid');
    }
    await store.organisations.addAccountHolder(DEMO_ORGANISATION.id, holder.id);
    if (!(await store.installations.findById(DEMO_HOLDER_INSTALLATION.id))) {
      const { charger, ...installation } = DEMO_HOLDER_INSTALLATION;
      await store.installations.create({ ...installation, settings: { max_current_a: 32, authentication_required: false } });
      await store.installations.addUser(installation.id, holder.id, 'owner');
      await store.installations.addCharger(installation.id, charger);
      added.push('installation Helio Grid Depot');
    }
    if (!(await store.partners.findById(DEMO_PARTNER.id))) {
      const admin = await ensureUser(store, DEMO_PARTNER_USERS.solsticeAdmin, passwordCost);
      await store.partners.create({ ...DEMO_PARTNER, organisationId: DEMO_ORGANISATION.id, logoUrl: null, registeredBy: holder.id });
      await store.groups.setRoles(DEMO_PARTNER.id, PARTNER_ROLES);
      await store.groups.upsertMember(DEMO_PARTNER.id, admin.id, rolesFor('admin'));
      await store.partners.setAdmin(DEMO_PARTNER.id, admin.id);
      await recordEvent(store, {
        at: clock(),
        actorUserId: holder.id,
        actorLabel: holder.name,
        type: 'partner.registered',
        groupId: DEMO_PARTNER.id,
        organisationId: DEMO_ORGANISATION.id,
        subjectId: DEMO_PARTNER.id,
        data: { name: DEMO_PARTNER.name, lookup_key: DEMO_PARTNER.lookupKey, seeded: true },
      });
      added.push('partner Solstice Service (SLST)');
    }
    return added.length ? `added ${added.join(', ')}` : 'already present';
  },
};
