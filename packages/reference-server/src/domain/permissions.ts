/**
 * @module domain/permissions
 * What a grant allows. Grants are installation-wide and carry every permission (the consent card
 * lists them); tokens carry them as OAuth scopes (RFC 6749 §3.3), so the same names are checked
 * for people and machines. Leaves room for RAR `authorization_details` (RFC 9396) later.
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
