/**
 * @module domain/authorization
 * Who may touch what. Another tenant's objects are indistinguishable from missing ones (404);
 * a member without the needed role gets 403. Installations: domain/access-policy.ts.
 */
import { ForbiddenError, NotFoundError } from '../errors.js';
import type { Membership } from './model/group.js';
import type { Store } from './model/store.js';

/** The caller's membership of an active group, or 404. */
export async function requireGroupMember(store: Store, groupId: string, userId: string): Promise<Membership> {
  const membership = await store.groups.findMembership(groupId, userId);
  if (!membership) throw new NotFoundError('group');
  return membership;
}

/** The caller's membership when it holds an admin role; 404 for outsiders, 403 for plain members. */
export async function requireGroupAdmin(store: Store, groupId: string, userId: string): Promise<Membership> {
  const membership = await requireGroupMember(store, groupId, userId);
  if (!membership.isAdmin) throw new ForbiddenError('not_group_admin', 'Only an administrator of this group can do this.');
  return membership;
}
