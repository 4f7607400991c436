/**
 * @module domain/roles
 * The rules of a group's role catalogue, as plain functions (no SQL, no HTTP):
 * - a selection holds at least one role, and only roles of the catalogue;
 * - an exclusive role (marked `*` in the UI) stands alone;
 * - redeeming a code merges its roles into an existing membership unless that breaks exclusivity;
 * - admin roles only allow inviting and managing others, and a group keeps at least one admin.
 */
import { ConflictError, ValidationError, type FieldError } from '../errors.js';
import type { GroupRole } from './model/group.js';

/** Most roles a selection may name (a catalogue is small; this bounds bad input). */
export const MAX_ROLES_PER_SELECTION = 20;

/**
 * Checks a requested role selection against the catalogue and returns it de-duplicated, in
 * catalogue order. Throws `validation_failed` with one entry per problem on field `field`.
 */
export function validateRoleSelection(catalogue: readonly GroupRole[], requested: readonly string[], field = 'roles'): string[] {
  const unique = [...new Set(requested.map((r) => r.trim()).filter(Boolean))];
  if (unique.length === 0) {
    throw new ValidationError([{ field, code: 'roles_required', message: 'Choose at least one role.' }]);
  }
  const byKey = new Map(catalogue.map((r) => [r.key, r]));
  const errors: FieldError[] = [];
  const unknown = unique.filter((key) => !byKey.has(key));
  if (unknown.length) {
    errors.push({ field, code: 'unknown_role', message: `This group has no role ${unknown.map((k) => `"${k}"`).join(', ')}.` });
  }
  const exclusive = unique.filter((key) => byKey.get(key)?.exclusive);
  if (exclusive.length && unique.length > 1) {
    const names = exclusive.map((key) => byKey.get(key)!.name).join(', ');
    errors.push({ field, code: 'exclusive_role', message: `${names} cannot be combined with another role.` });
  }
  if (errors.length) throw new ValidationError(errors);
  return catalogue.filter((r) => unique.includes(r.key)).map((r) => r.key);
}

/**
 * The roles a membership has after redeeming a code: the union of both, in catalogue order.
 * Throws 409 `roles_conflict` when the union would combine an exclusive role with another one.
 * Roles no longer in the catalogue are dropped from the code's side (the catalogue changed
 * after the code was made); the existing membership's roles are kept as they are.
 */
export function mergeRoles(catalogue: readonly GroupRole[], existing: readonly string[], added: readonly string[]): string[] {
  const known = new Set(catalogue.map((r) => r.key));
  const union = [...new Set([...existing, ...added.filter((key) => known.has(key))])];
  if (union.length === 0) {
    throw new ConflictError('roles_conflict', 'None of the roles of this code exist in the group any more.');
  }
  const exclusive = catalogue.filter((r) => r.exclusive && union.includes(r.key));
  if (exclusive.length && union.length > 1) {
    throw new ConflictError(
      'roles_conflict',
      `Your membership would combine ${exclusive.map((r) => r.name).join(', ')} with another role, which is not allowed. Ask an administrator to change your roles first.`,
      { roles: union },
    );
  }
  const order = new Map(catalogue.map((r, i) => [r.key, i]));
  return union.sort((a, b) => (order.get(a) ?? Number.MAX_SAFE_INTEGER) - (order.get(b) ?? Number.MAX_SAFE_INTEGER));
}

/**
 * The roles a code would add to a membership: those of the code the catalogue still has and the
 * membership lacks, in catalogue order. Empty means the code has nothing to give this member,
 * so redeeming it must not use it up.
 */
export function rolesToAdd(catalogue: readonly GroupRole[], existing: readonly string[], added: readonly string[]): string[] {
  return catalogue.filter((r) => added.includes(r.key) && !existing.includes(r.key)).map((r) => r.key);
}

/** True when any of the roles is an admin role of the catalogue. */
export function hasAdminRole(catalogue: readonly GroupRole[], roles: readonly string[]): boolean {
  return catalogue.some((r) => r.kind === 'admin' && roles.includes(r.key));
}

/** A member as far as the last-admin rule is concerned. */
export interface MemberRoles {
  readonly userId: string;
  readonly roles: readonly string[];
}

/**
 * Refuses a change that would leave the group without an admin: removing (`nextRoles` null) or
 * re-roling the only member holding an admin role. Throws 409 `last_admin`.
 */
export function assertKeepsAnAdmin(
  catalogue: readonly GroupRole[],
  members: readonly MemberRoles[],
  userId: string,
  nextRoles: readonly string[] | null,
): void {
  const target = members.find((m) => m.userId === userId);
  if (!target || !hasAdminRole(catalogue, target.roles)) return;
  if (nextRoles && hasAdminRole(catalogue, nextRoles)) return;
  const otherAdmins = members.filter((m) => m.userId !== userId && hasAdminRole(catalogue, m.roles));
  if (otherAdmins.length === 0) {
    throw new ConflictError(
      'last_admin',
      nextRoles
        ? 'This is the group’s last administrator: give another member an administrator role first.'
        : 'The group’s last administrator cannot be removed: give another member an administrator role first.',
    );
  }
}
