/**
 * The one UUID rule of grantkit (ids of installations, groups, grants, users, and invitation
 * codes), shared by the SDK, its mock and the reference server: the RFC 9562 §4 text form,
 * 8-4-4-4-12 hexadecimal digits, any version, either case (the server emits lower case).
 *
 * @module
 */

/** RFC 9562 §4 text form of a UUID, anchored, case-insensitive. */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** True when `value` is a UUID in its text form. */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID_PATTERN.test(value)
}
