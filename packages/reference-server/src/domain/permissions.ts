/**
 * @module domain/permissions
 * What a grant allows. A grant holds the permissions its owner consented to (issue 16: a partner
 * asks for exactly what it needs, by name or as RFC 9396 `authorization_details`); tokens carry
 * them as OAuth scopes (RFC 6749 §3.3) and as `authorization_details` (RFC 9396 §9), so the same
 * names are checked for people and machines. `installation:read` is implied by every other
 * permission: a set is always normalised to include it, in catalogue order.
 *
 * The names are the SDK's (`@grantkit/sdk/types`), written once for the server and its clients.
 */
import { GRANT_PERMISSIONS, type GrantPermission } from '@grantkit/sdk/types';

export { GRANT_PERMISSIONS, type GrantPermission };

/** English labels, as on the consent card (the pages' catalogues translate them). */
export const PERMISSION_LABELS: Readonly<Record<GrantPermission, string>> = {
  'installation:read': 'View the installation and its charging history',
  'installation:settings': 'Change installation settings',
  'chargers:control': 'Control and configure all chargers connected to the site',
};

/** What an API action needs. */
export type Action = 'read' | 'update_settings' | 'control_chargers';

const REQUIRED: Readonly<Record<Action, GrantPermission>> = {
  read: 'installation:read',
  update_settings: 'installation:settings',
  control_chargers: 'chargers:control',
};

export function permissionFor(action: Action): GrantPermission {
  return REQUIRED[action];
}

/** True when the granted scopes include what the action needs. */
export function scopesCover(scopes: readonly string[], action: Action): boolean {
  return scopes.includes(REQUIRED[action]);
}

export function isGrantPermission(value: string): value is GrantPermission {
  return (GRANT_PERMISSIONS as readonly string[]).includes(value);
}

/** The set in catalogue order, without repeats, `installation:read` always included (implied by the others). */
export function normalisePermissions(permissions: Iterable<string>): GrantPermission[] {
  const given = new Set<string>(permissions);
  return GRANT_PERMISSIONS.filter((p) => p === 'installation:read' || given.has(p));
}

/** Whether `held` includes every permission of `asked`. */
export function holdsAll(held: readonly string[], asked: readonly string[]): boolean {
  return asked.every((p) => held.includes(p));
}
