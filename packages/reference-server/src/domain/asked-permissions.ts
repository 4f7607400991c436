/**
 * @module domain/asked-permissions
 * What an access-request link asks for: `permissions` (comma-separated catalogue names) and/or
 * `authorization_details` (RFC 9396 §2: a JSON array of objects of `type` `installation`, with
 * `actions` from the same catalogue and optionally the one installation, `identifier`). Given
 * both, the request asks for their union; given neither, the group's default set applies (the
 * caller decides). The answer is normalised: catalogue order, `installation:read` included.
 *
 * Every problem is a field error, so the link's error page lists them with the others and
 * nothing is stored (RFC 9396 §5: an unknown type or a malformed object is `invalid_authorization_details`;
 * we report it on the page, as for every other bad link parameter, since the return URL may
 * not have been checked yet).
 */
import { isUuid } from '@grantkit/sdk/rules';
import type { FieldError } from '../errors.js';
import { GRANT_PERMISSIONS, isGrantPermission, normalisePermissions, type GrantPermission } from './permissions.js';

/** The one RFC 9396 type grantkit knows. */
export const AUTHORIZATION_DETAILS_TYPE = 'installation';

/** At most this many detail objects in one request (a link is not a batch). */
const MAX_DETAILS = 10;

export interface AskedPermissions {
  /** Normalised; null when the link named none (the group's default applies). */
  readonly permissions: GrantPermission[] | null;
  /** The installation `authorization_details` named (lower-case UUID), or null. */
  readonly identifier: string | null;
}

const CATALOGUE = GRANT_PERMISSIONS.join(', ');

/** Parses both parameters (raw values, null when absent), adding every problem to `errors`. */
export function parseAskedPermissions(rawPermissions: string | null, rawDetails: string | null, errors: FieldError[]): AskedPermissions {
  const fail = (field: string, code: string, message: string) => errors.push({ field, code, message });
  const asked = new Set<GrantPermission>();
  let named = false;

  if (rawPermissions !== null) {
    const names = rawPermissions.split(',').map((n) => n.trim()).filter(Boolean);
    const unknown = names.filter((n) => !isGrantPermission(n));
    if (unknown.length) fail('permissions', 'unknown', `permissions: unknown ${unknown.map((n) => `"${n.slice(0, 64)}"`).join(', ')}; use ${CATALOGUE}.`);
    else if (names.length === 0) fail('permissions', 'empty', `permissions must name at least one of ${CATALOGUE}.`);
    for (const n of names) if (isGrantPermission(n)) asked.add(n);
    named = true;
  }

  const identifiers = new Set<string>();
  if (rawDetails !== null) {
    const before = errors.length;
    const details = parseDetails(rawDetails, fail);
    for (const d of details) {
      for (const a of d.actions) asked.add(a);
      if (d.identifier) identifiers.add(d.identifier);
    }
    if (identifiers.size > 1) fail('authorization_details', 'several_installations', 'authorization_details must name at most one installation (identifier).');
    named ||= errors.length === before;
  }

  return { permissions: named ? normalisePermissions(asked) : null, identifier: identifiers.size === 1 ? [...identifiers][0]! : null };
}

interface Detail {
  readonly actions: readonly GrantPermission[];
  readonly identifier: string | null;
}

function parseDetails(raw: string, fail: (field: string, code: string, message: string) => void): Detail[] {
  const field = 'authorization_details';
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    fail(field, 'malformed', 'authorization_details must be a JSON array (RFC 9396 §2).');
    return [];
  }
  if (!Array.isArray(json) || json.length === 0 || json.length > MAX_DETAILS) {
    fail(field, 'malformed', `authorization_details must be a JSON array of 1 to ${MAX_DETAILS} objects (RFC 9396 §2).`);
    return [];
  }
  const details: Detail[] = [];
  json.forEach((item: unknown, index) => {
    const at = `${field}[${index}]`;
    if (typeof item !== 'object' || item === null || Array.isArray(item)) return fail(field, 'malformed', `${at} must be an object.`);
    const { type, actions, identifier } = item as Record<string, unknown>;
    if (type !== AUTHORIZATION_DETAILS_TYPE) {
      return fail(field, 'unknown_type', `${at}.type must be "${AUTHORIZATION_DETAILS_TYPE}" (RFC 9396 §2: the only type this server supports).`);
    }
    if (!Array.isArray(actions) || actions.length === 0 || !actions.every((a) => typeof a === 'string')) {
      return fail(field, 'malformed', `${at}.actions must be a non-empty array of ${CATALOGUE}.`);
    }
    const unknown = actions.filter((a: string) => !isGrantPermission(a));
    if (unknown.length) return fail(field, 'unknown', `${at}.actions: unknown ${unknown.map((a: string) => `"${a.slice(0, 64)}"`).join(', ')}; use ${CATALOGUE}.`);
    if (identifier !== undefined && (typeof identifier !== 'string' || !isUuid(identifier.trim()))) {
      return fail(field, 'invalid', `${at}.identifier must be an installation id (a UUID).`);
    }
    details.push({ actions: actions as GrantPermission[], identifier: typeof identifier === 'string' ? identifier.trim().toLowerCase() : null });
  });
  return details;
}

/** RFC 9396 §9: the `authorization_details` a token carries for one grant. */
export function installationDetails(permissions: readonly string[], installationId: string) {
  return [{ type: AUTHORIZATION_DETAILS_TYPE, actions: normalisePermissions(permissions), identifier: installationId }] as const;
}
