/**
 * @module oauth/scopes
 * Scopes are the grant permissions (domain/permissions.ts), space-delimited (RFC 6749 §3.3).
 */
import { GRANT_PERMISSIONS, isGrantPermission } from '../domain/permissions.js';
import { invalidScope } from './errors.js';

export const SUPPORTED_SCOPES: readonly string[] = GRANT_PERMISSIONS;

/** Parses a requested scope; omitted means every permission. Unknown scopes are invalid_scope. */
export function parseRequestedScope(raw: string | null): string[] {
  if (raw === null || raw.trim() === '') return [...SUPPORTED_SCOPES];
  // The usual request: one known scope.
  if (isGrantPermission(raw)) return [raw];
  const requested = [...new Set(raw.split(' ').filter(Boolean))];
  const unknown = requested.filter((s) => !isGrantPermission(s));
  if (unknown.length) {
    throw invalidScope(`Unknown scope ${unknown.map((s) => `"${s.slice(0, 64)}"`).join(', ')}; use ${SUPPORTED_SCOPES.join(', ')}.`);
  }
  return requested;
}
