/**
 * @module seed/invitation-codes
 * Demo data of issue 5: every group without a role catalogue gets the demo catalogue, modelled
 * on the ePortal screens (an admin role, user roles, and an exclusive one marked `*`). The keys
 * `admin` and `member` are the ones other seeds and the partner invitations use.
 * Idempotent: groups that already have a catalogue are left alone.
 */
import type { GroupRole } from '../storage/group-store.js';
import type { Store } from '../storage/store.js';

export const DEMO_ROLE_CATALOGUE: readonly GroupRole[] = [
  { key: 'admin', name: 'Administrator', kind: 'admin', exclusive: false },
  { key: 'member', name: 'Member', kind: 'user', exclusive: false },
  { key: 'installer', name: 'Installer', kind: 'user', exclusive: false },
  { key: 'operator', name: 'Operator', kind: 'user', exclusive: false },
  { key: 'auditor', name: 'Auditor (read-only)', kind: 'user', exclusive: true },
];

/** Gives the demo catalogue to every group that has none; returns the ids of the groups changed. */
export async function seedRoleCatalogues(store: Store, catalogue: readonly GroupRole[] = DEMO_ROLE_CATALOGUE): Promise<string[]> {
  const groupIds = await store.invitations.members.groupsWithoutRoles();
  for (const groupId of groupIds) await store.groups.setRoles(groupId, catalogue);
  return groupIds;
}
