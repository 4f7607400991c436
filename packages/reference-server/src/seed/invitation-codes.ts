/**
 * @module seed/invitation-codes
 * Demo data of issue 5: the demo groups' role catalogue, modelled on the ePortal screens (an
 * admin role, user roles, and an exclusive one marked `*`). The core seed gives each demo group
 * `admin` and `member`; this seeder adds the missing roles and never changes existing ones, so
 * it is idempotent and keeps memberships valid.
 */
import type { GroupRole } from '../domain/model/group.js';
import type { Store } from '../storage/store.js';
import { DEMO_GROUPS } from './demo-data.js';
import type { Seeder } from './seeder.js';

export const DEMO_ROLE_CATALOGUE: readonly GroupRole[] = [
  { key: 'admin', name: 'Administrator', kind: 'admin', exclusive: false },
  { key: 'member', name: 'Member', kind: 'user', exclusive: false },
  { key: 'installer', name: 'Installer', kind: 'user', exclusive: false },
  { key: 'operator', name: 'Operator', kind: 'user', exclusive: false },
  { key: 'auditor', name: 'Auditor (read-only)', kind: 'user', exclusive: true },
];

/** Adds the catalogue's missing roles to a group; returns how many were added. */
export async function extendRoleCatalogue(store: Store, groupId: string, catalogue: readonly GroupRole[] = DEMO_ROLE_CATALOGUE): Promise<number> {
  const existing = await store.groups.listRoles(groupId);
  const missing = catalogue.filter((role) => !existing.some((r) => r.key === role.key));
  if (missing.length) await store.groups.setRoles(groupId, [...existing, ...missing]);
  return missing.length;
}

export const invitationSeeder: Seeder = {
  name: 'invitation roles',
  async run(store) {
    let added = 0;
    for (const group of Object.values(DEMO_GROUPS)) {
      if (await store.groups.findById(group.id)) added += await extendRoleCatalogue(store, group.id);
    }
    return added ? `added ${added} roles to the demo groups` : 'already present';
  },
};
