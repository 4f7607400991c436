/**
 * What a grant may allow, written once: the wire types (`types.ts`, `webhook-types.ts`) and the
 * reference server import it from here, so no types module imports another.
 *
 * @module
 */

/** What an approved grant allows, in the order the consent card shows them. */
export const GRANT_PERMISSIONS = ['installation:read', 'installation:settings', 'chargers:control'] as const
/** One of {@link GRANT_PERMISSIONS}. */
export type GrantPermission = (typeof GRANT_PERMISSIONS)[number]
