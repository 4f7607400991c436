/**
 * @module domain/members
 * Admins manage a group's members: list them with their roles, change roles (the catalogue
 * rules of domain/roles.ts), remove them. A group always keeps an admin. Every change is an
 * audit event; each runs in one transaction with the group locked, so two admins acting at
 * once cannot remove the last two admins between them.
 */
import { NotFoundError } from '../errors.js';
import type { GroupMember, GroupRole } from './model/group.js';
import type { Page, PageRequest } from './model/page.js';
import type { Store } from './model/store.js';
import type { User } from './model/user.js';
import { requireGroupAdmin } from './authorization.js';
import { assertKeepsAnAdmin, hasAdminRole, validateRoleSelection } from './roles.js';
import { recordEvent } from './events.js';

export interface MemberView extends GroupMember {
  readonly isAdmin: boolean;
}

const view = (catalogue: readonly GroupRole[], m: GroupMember): MemberView => ({ ...m, isAdmin: hasAdminRole(catalogue, m.roles) });

/** The group's role catalogue, for any member of the group (404 for outsiders). */
export async function listRoleCatalogue(store: Store, { actor, groupId }: { actor: User; groupId: string }): Promise<GroupRole[]> {
  const membership = await store.groups.findMembership(groupId, actor.id);
  if (!membership) throw new NotFoundError('group');
  return store.groups.listRoles(groupId);
}

/** One page of the group's members, by name (group admins). */
export async function listMembers(store: Store, { actor, groupId, page }: { actor: User; groupId: string; page: PageRequest }): Promise<Page<MemberView>> {
  await requireGroupAdmin(store, groupId, actor.id);
  const catalogue = await store.groups.listRoles(groupId);
  const members = await store.groups.listMembers(groupId, page);
  return { items: members.items.map((m) => view(catalogue, m)), nextAfter: members.nextAfter };
}

export interface ChangeRolesInput {
  readonly actor: User;
  readonly groupId: string;
  readonly userId: string;
  readonly roles: readonly string[];
  readonly now: Date;
}

/** Replaces a member's roles. Same rules as codes; the last admin keeps an admin role. */
export async function changeMemberRoles(store: Store, input: ChangeRolesInput): Promise<MemberView> {
  const { actor, groupId, userId, now } = input;
  await requireGroupAdmin(store, groupId, actor.id);
  return store.transaction(async (tx) => {
    if (!(await tx.members.lockGroup(groupId))) throw new NotFoundError('group');
    const member = await tx.members.findMember(groupId, userId);
    if (!member) throw new NotFoundError('member');
    const catalogue = await tx.groups.listRoles(groupId);
    const roles = validateRoleSelection(catalogue, input.roles);
    assertKeepsAnAdmin(catalogue, await tx.members.listRoles(groupId), userId, roles);
    await tx.groups.upsertMember(groupId, userId, roles);
    await recordEvent(tx, {
      at: now,
      actorUserId: actor.id,
      actorLabel: actor.name,
      type: 'group_member.roles_changed',
      groupId,
      subjectId: userId,
      data: { user_id: userId, previous_roles: member.roles, roles },
    });
    return view(catalogue, { ...member, roles });
  });
}

/** Removes a member from the group (they lose access at once); never the last admin. */
export async function removeMember(store: Store, { actor, groupId, userId, now }: { actor: User; groupId: string; userId: string; now: Date }): Promise<void> {
  await requireGroupAdmin(store, groupId, actor.id);
  await store.transaction(async (tx) => {
    if (!(await tx.members.lockGroup(groupId))) throw new NotFoundError('group');
    const member = await tx.members.findMember(groupId, userId);
    if (!member) throw new NotFoundError('member');
    const catalogue = await tx.groups.listRoles(groupId);
    assertKeepsAnAdmin(catalogue, await tx.members.listRoles(groupId), userId, null);
    await tx.groups.removeMember(groupId, userId);
    await recordEvent(tx, {
      at: now,
      actorUserId: actor.id,
      actorLabel: actor.name,
      type: 'group_member.removed',
      groupId,
      subjectId: userId,
      data: { user_id: userId, email: member.email, roles: member.roles },
    });
  });
}
