/**
 * Fine-grained grants in the mock, as on the server: what an access request asks for (the
 * link's `permissions` or RFC 9396 `authorization_details`, else the whole catalogue), read
 * implied by the others, widening to the union on approval and narrowing only by the owner.
 *
 * @module
 */
import { GRANT_PERMISSIONS, type GrantPermission } from '../types.js'
import { invalidField, MockProblem } from './problems.js'

const known = (name: unknown): name is GrantPermission => (GRANT_PERMISSIONS as readonly unknown[]).includes(name)

/** In catalogue order, without repeats, `installation:read` always in (the others imply it). */
export function withRead(names: readonly GrantPermission[]): GrantPermission[] {
  return GRANT_PERMISSIONS.filter((name) => name === 'installation:read' || names.includes(name))
}

/** Whether `held` covers everything `asked` (then the installation is already shared). */
export const holdsAll = (held: readonly GrantPermission[], asked: readonly GrantPermission[]): boolean =>
  asked.every((name) => held.includes(name))

/**
 * The permissions a link asks for. `permissions` is comma-separated names; `authorization_details`
 * is RFC 9396 §2 JSON: an array of objects of `type` `installation` whose `actions` are names.
 * Both given: the union. Neither: the whole catalogue (the group's default set). Anything else is
 * 400 `validation_failed` naming the parameter.
 */
export function askedPermissions(permissions: string | null, authorizationDetails: string | null): GrantPermission[] {
  if (permissions === null && authorizationDetails === null) return [...GRANT_PERMISSIONS]
  const asked: GrantPermission[] = []
  if (permissions !== null) {
    const names = permissions.split(',').map((name) => name.trim())
    const unknown = names.filter((name) => !known(name))
    if (unknown.length) throw invalidField('permissions', 'unknown', `permissions: unknown ${unknown.join(', ')}; use ${GRANT_PERMISSIONS.join(', ')}.`)
    asked.push(...(names as GrantPermission[]))
  }
  if (authorizationDetails !== null) {
    let details: unknown
    try {
      details = JSON.parse(authorizationDetails)
    } catch {
      details = null
    }
    const valid =
      Array.isArray(details) &&
      details.length > 0 &&
      details.every(
        (d: { type?: unknown; actions?: unknown; identifier?: unknown }) =>
          d?.type === 'installation' && Array.isArray(d.actions) && d.actions.length > 0 && d.actions.every(known) && (d.identifier === undefined || typeof d.identifier === 'string'),
      )
    if (!valid) throw invalidField('authorization_details', 'invalid', 'authorization_details must be a JSON array of {"type":"installation","actions":[…]} (RFC 9396 §2).')
    for (const detail of details as { actions: GrantPermission[] }[]) asked.push(...detail.actions)
  }
  return withRead(asked)
}

/**
 * `PATCH /api/grants/:id`: the narrowed set. Body `permissions` must be catalogue names the grant
 * holds; one it does not hold is 422 `grant_widening_requires_consent` (widening takes consent).
 */
export function narrowed(held: readonly GrantPermission[], body: Record<string, unknown>): GrantPermission[] {
  const wanted = body.permissions
  if (!Array.isArray(wanted) || !wanted.every(known)) {
    throw invalidField('permissions', 'invalid', `permissions must be an array of ${GRANT_PERMISSIONS.join(', ')}.`)
  }
  const extra = wanted.filter((name) => !held.includes(name))
  if (extra.length) {
    throw new MockProblem('grant_widening_requires_consent', `The grant does not hold ${extra.join(', ')}; the partner must ask for it with a new access request.`)
  }
  return withRead(wanted)
}
