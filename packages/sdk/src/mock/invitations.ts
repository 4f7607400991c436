/**
 * The mock's invitation codes, role catalogues and members: the rules and error codes of the
 * reference server (docs/ARCHITECTURE.md, "Invitation codes and members") over the
 * {@link MockDb}'s users and groups. State lives beside each MockDb, so `reset()` starts over.
 *
 * @module
 */
import { http, HttpResponse, type HttpHandler } from 'msw'
import {
  INVITATION_CODE_PATTERN,
  INVITATION_CODE_STATUSES,
  type CreatedInvitationCodes,
  type InvitationCode,
  type InvitationCodeListResponse,
  type InvitationCodeStatus,
  type Member,
  type RedeemInvitationCodeResponse,
  type Role,
} from '../invitation-types.js'
import type { ProblemCode } from '../problem-catalogue.js'
import type { ProblemFieldError } from '../types.js'
import type { MockDb } from './db.js'
import { INVITATION_CODE_PAGE_LIMIT } from '../paging.js'
import { pageOf } from './paging.js'
import { MockProblem } from './problems.js'

/** The catalogue every mock group starts with (the reference server's demo catalogue). */
export const MOCK_ROLE_CATALOGUE: readonly Role[] = [
  { key: 'admin', name: 'Administrator', kind: 'admin', exclusive: false },
  { key: 'member', name: 'Member', kind: 'user', exclusive: false },
  { key: 'installer', name: 'Installer', kind: 'user', exclusive: false },
  { key: 'operator', name: 'Operator', kind: 'user', exclusive: false },
  { key: 'auditor', name: 'Auditor (read-only)', kind: 'user', exclusive: true },
]

const DAY_MS = 86_400_000
const REDEEM_LIMIT = { perUser: 10, windowMs: 15 * 60_000 }

/** A stored code; `status` never says `expired` (that is computed). */
export interface MockInvitationCodeRow {
  readonly id: string
  readonly code: string
  readonly batch_id: string
  readonly group_id: string
  readonly roles: readonly string[]
  readonly created_by: string
  readonly created_at: number
  expires_at: number
  status: 'valid' | 'used' | 'deactivated'
  used_by: string | null
  used_at: number | null
  deactivated_at: number | null
}

const problem = (code: ProblemCode, detail: string, errors?: ProblemFieldError[]): MockProblem => new MockProblem(code, detail, errors ? { errors } : {})

function hex(bytes: number): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(bytes)), (b) => b.toString(16).padStart(2, '0')).join('')
}

/** Invitation state of one MockDb. */
export class MockInvitations {
  /** Role catalogue per group id. */
  readonly catalogues = new Map<string, Role[]>()
  readonly codes: MockInvitationCodeRow[] = []
  private readonly joined = new Map<string, number>()
  private readonly attempts = new Map<string, number[]>()
  private sequence = 0

  constructor(readonly db: MockDb) {
    for (const group of db.groups.values()) this.catalogues.set(group.id, MOCK_ROLE_CATALOGUE.map((r) => ({ ...r })))
  }

  private iso(ms: number): string {
    return new Date(ms).toISOString()
  }

  private audit(type: string, userId: string, groupId: string, data: Record<string, unknown>): void {
    const user = this.db.users.get(userId)
    this.sequence += 1
    this.db.audit.push({
      id: `evt_inv_${this.sequence}`,
      type,
      actor: { kind: 'user', id: userId, name: user?.name ?? null },
      installation_id: null,
      group_id: groupId,
      subject_id: typeof data.code_id === 'string' ? data.code_id : typeof data.user_id === 'string' ? data.user_id : null,
      occurred_at: this.iso(this.db.now()),
      data: { group_id: groupId, ...data },
    })
  }

  private catalogue(groupId: string): Role[] {
    return this.catalogues.get(groupId) ?? []
  }

  private memberRoles(groupId: string, userId: string): readonly string[] | null {
    return this.db.groups.get(groupId)?.members.find((m) => m.user_id === userId)?.roles ?? null
  }

  private isAdminRoles(groupId: string, roles: readonly string[]): boolean {
    return this.catalogue(groupId).some((r) => r.kind === 'admin' && roles.includes(r.key))
  }

  /** 404 for outsiders, 403 `not_group_admin` for plain members (also the service accounts' rule). */
  requireAdmin(userId: string, groupId: string): void {
    const roles = this.memberRoles(groupId, userId)
    if (!roles) throw problem('not_found', 'The group does not exist or you have no access to it.')
    if (!this.isAdminRoles(groupId, roles)) throw problem('not_group_admin', 'Only an administrator of this group can do this.')
  }

  private validateRoles(groupId: string, requested: unknown): string[] {
    if (!Array.isArray(requested) || requested.some((r) => typeof r !== 'string')) {
      throw problem('validation_failed', 'roles: send an array of role keys.', [{ field: 'roles', code: 'invalid_type', message: 'roles: send an array of role keys.' }])
    }
    const unique = [...new Set((requested as string[]).map((r) => r.trim()).filter(Boolean))]
    if (!unique.length) {
      throw problem('validation_failed', 'Choose at least one role.', [{ field: 'roles', code: 'roles_required', message: 'Choose at least one role.' }])
    }
    const catalogue = this.catalogue(groupId)
    const errors: ProblemFieldError[] = []
    const unknown = unique.filter((k) => !catalogue.some((r) => r.key === k))
    if (unknown.length) errors.push({ field: 'roles', code: 'unknown_role', message: `This group has no role ${unknown.map((k) => `"${k}"`).join(', ')}.` })
    const exclusive = catalogue.filter((r) => r.exclusive && unique.includes(r.key))
    if (exclusive.length && unique.length > 1) {
      errors.push({ field: 'roles', code: 'exclusive_role', message: `${exclusive.map((r) => r.name).join(', ')} cannot be combined with another role.` })
    }
    if (errors.length) throw problem('validation_failed', errors.map((e) => e.message).join(' '), errors)
    return catalogue.filter((r) => unique.includes(r.key)).map((r) => r.key)
  }

  private status(row: MockInvitationCodeRow): InvitationCodeStatus {
    return row.status === 'valid' && row.expires_at <= this.db.now() ? 'expired' : row.status
  }

  private view(row: MockInvitationCodeRow): InvitationCode {
    const group = this.db.groups.get(row.group_id)!
    const usedBy = row.used_by ? this.db.users.get(row.used_by) : undefined
    return {
      id: row.id,
      code: row.code,
      batch_id: row.batch_id,
      group: { id: group.id, name: group.name, lookup_key: group.lookup_key },
      mode: 'group',
      roles: [...row.roles],
      created_by: { id: row.created_by, name: this.db.users.get(row.created_by)?.name ?? '' },
      created_at: this.iso(row.created_at),
      expires_at: this.iso(row.expires_at),
      status: this.status(row),
      used_by: row.used_by ? { id: row.used_by, name: usedBy?.name ?? '', email: usedBy?.email ?? null } : null,
      used_at: row.used_at === null ? null : this.iso(row.used_at),
      deactivated_at: row.deactivated_at === null ? null : this.iso(row.deactivated_at),
    }
  }

  private unavailable(row: MockInvitationCodeRow | undefined): MockProblem {
    if (!row) return problem('code_unknown', 'There is no invitation code like this. Check it for typos.')
    switch (this.status(row)) {
      case 'deactivated':
        return problem('code_deactivated', 'This invitation code was deactivated by an administrator. Ask for a new one.')
      case 'expired':
        return problem('code_expired', `This invitation code expired on ${this.iso(row.expires_at).slice(0, 10)}. Ask for a new one.`)
      default:
        return problem('code_already_used', 'This invitation code has already been used. Each code works once; ask for a new one.')
    }
  }

  /** `GET /api/groups/:id/roles`. */
  roles(userId: string, groupId: string): Role[] {
    if (!this.memberRoles(groupId, userId)) throw problem('not_found', 'The group does not exist or you have no access to it.')
    return this.catalogue(groupId).map((r) => ({ ...r }))
  }

  /** `POST /api/groups/:id/invitation-codes`. */
  create(userId: string, groupId: string, body: Record<string, unknown>): CreatedInvitationCodes {
    this.requireAdmin(userId, groupId)
    const count = body.count ?? 1
    const days = body.validity_days ?? 10
    const errors: ProblemFieldError[] = []
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 1 || count > 10) {
      errors.push({ field: 'count', code: 'out_of_range', message: 'Create from 1 to 10 codes at once.' })
    }
    if (typeof days !== 'number' || !Number.isInteger(days) || days < 1 || days > 90) {
      errors.push({ field: 'validity_days', code: 'out_of_range', message: 'Validity must be a whole number of days from 1 to 90.' })
    }
    if (errors.length) throw problem('validation_failed', errors.map((e) => e.message).join(' '), errors)
    const roles = this.validateRoles(groupId, body.roles)
    const now = this.db.now()
    const batch = `batch_${hex(8)}`
    const rows: MockInvitationCodeRow[] = Array.from({ length: count as number }, () => {
      const h = hex(16)
      return {
        id: `inv_${hex(8)}`,
        code: `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`,
        batch_id: batch,
        group_id: groupId,
        roles,
        created_by: userId,
        created_at: now,
        expires_at: now + (days as number) * DAY_MS,
        status: 'valid',
        used_by: null,
        used_at: null,
        deactivated_at: null,
      }
    })
    this.codes.push(...rows)
    this.audit('invitation_code.created', userId, groupId, { batch_id: batch, count, roles })
    const group = this.db.groups.get(groupId)!
    const expires = this.iso(now + (days as number) * DAY_MS)
    return {
      batch_id: batch,
      group: { id: group.id, name: group.name, lookup_key: group.lookup_key },
      roles: this.catalogue(groupId).filter((r) => roles.includes(r.key)),
      expires_at: expires,
      items: rows.map((r) => this.view(r)),
      copy_text: [`Invitation code${rows.length === 1 ? '' : 's'} for ${group.name} (${group.lookup_key})`, `Valid until: ${expires.slice(0, 10)}`, '', ...rows.map((r) => r.code)].join('\n'),
    }
  }

  /** `GET /api/invitation-codes`. */
  list(userId: string, request: Request): InvitationCodeListResponse {
    const query = new URL(request.url).searchParams
    const status = query.get('status')
    const groupId = query.get('group_id')
    if (status !== null && !INVITATION_CODE_STATUSES.includes(status as InvitationCodeStatus)) {
      throw problem('validation_failed', 'status: unknown status.', [{ field: 'status', code: 'invalid_value', message: 'status: unknown status.' }])
    }
    let groups: string[]
    if (groupId) {
      this.requireAdmin(userId, groupId)
      groups = [groupId]
    } else {
      groups = [...this.db.groups.values()].filter((g) => this.isAdminRoles(g.id, this.memberRoles(g.id, userId) ?? [])).map((g) => g.id)
    }
    const rows = this.codes
      .filter((r) => groups.includes(r.group_id) && (status === null || this.status(r) === status))
      .sort((a, b) => b.created_at - a.created_at || a.code.localeCompare(b.code))
    const page = pageOf(rows, request, { defaultLimit: INVITATION_CODE_PAGE_LIMIT })
    return { items: page.items.map((r) => this.view(r)), next_cursor: page.next_cursor, total: rows.length }
  }

  /** `POST /api/invitation-codes/:id/deactivate`. */
  deactivate(userId: string, id: string): InvitationCode {
    const row = this.codes.find((r) => r.id === id)
    if (!row || !this.isAdminRoles(row.group_id, this.memberRoles(row.group_id, userId) ?? [])) {
      throw problem('not_found', 'The invitation code does not exist or you have no access to it.')
    }
    if (this.status(row) !== 'valid') throw this.unavailable(row)
    row.status = 'deactivated'
    row.deactivated_at = this.db.now()
    this.audit('invitation_code.deactivated', userId, row.group_id, { code_id: row.id })
    return this.view(row)
  }

  /** `POST /api/invitation-codes/redeem`. */
  redeem(userId: string, input: unknown): RedeemInvitationCodeResponse {
    const now = this.db.now()
    const recent = (this.attempts.get(userId) ?? []).filter((t) => t > now - REDEEM_LIMIT.windowMs)
    if (recent.length >= REDEEM_LIMIT.perUser) {
      const retryAfter = Math.max(1, Math.ceil((recent[0]! + REDEEM_LIMIT.windowMs - now) / 1000))
      throw new MockProblem('rate_limited', `Too many attempts. Try again in ${retryAfter} seconds.`, { retryAfter })
    }
    this.attempts.set(userId, [...recent, now])
    if (typeof input !== 'string') throw problem('validation_failed', 'code: send the code as a string.', [{ field: 'code', code: 'invalid_type', message: 'code: send the code as a string.' }])
    const code = input.trim().toLowerCase()
    if (!INVITATION_CODE_PATTERN.test(code)) throw problem('code_malformed', 'Invitation codes have the layout 00u0a0aa-0000-0000-000a-00000000aa66 (8-4-4-4-12 letters a-f and digits).')
    const row = this.codes.find((r) => r.code === code)
    if (!row || this.status(row) !== 'valid') throw this.unavailable(row)
    const group = this.db.groups.get(row.group_id)!
    const catalogue = this.catalogue(group.id)
    const member = this.memberRoles(group.id, userId)
    const existing = member ?? []
    const groupRef = { id: group.id, name: group.name, lookup_key: group.lookup_key, logo_url: group.logo_url }
    const added = catalogue.filter((r) => row.roles.includes(r.key) && !existing.includes(r.key)).map((r) => r.key)
    // As the server: a member the code has nothing to give keeps the code unused.
    if (member && added.length === 0) {
      const current = catalogue.filter((r) => existing.includes(r.key))
      return { outcome: 'already_member', group: groupRef, roles: current, roles_added: [], is_admin: current.some((r) => r.kind === 'admin') }
    }
    const union = [...new Set([...existing, ...row.roles])]
    const exclusive = catalogue.filter((r) => r.exclusive && union.includes(r.key))
    if (exclusive.length && union.length > 1) {
      throw problem('roles_conflict', `Your membership would combine ${exclusive.map((r) => r.name).join(', ')} with another role, which is not allowed. Ask an administrator to change your roles first.`)
    }
    const roles = catalogue.filter((r) => union.includes(r.key))
    this.setMember(group.id, userId, roles.map((r) => r.key))
    row.status = 'used'
    row.used_by = userId
    row.used_at = now
    this.audit('invitation_code.redeemed', userId, group.id, { code_id: row.id, roles: roles.map((r) => r.key) })
    return {
      outcome: member ? 'roles_added' : 'joined',
      group: groupRef,
      roles,
      roles_added: added,
      is_admin: roles.some((r) => r.kind === 'admin'),
    }
  }

  private setMember(groupId: string, userId: string, roles: readonly string[]): void {
    const members = this.db.groups.get(groupId)!.members
    const index = members.findIndex((m) => m.user_id === userId)
    if (index >= 0) members[index] = { user_id: userId, roles: [...roles] }
    else {
      members.push({ user_id: userId, roles: [...roles] })
      this.joined.set(`${groupId}:${userId}`, this.db.now())
    }
  }

  private memberView(groupId: string, userId: string, roles: readonly string[]): Member {
    const user = this.db.users.get(userId)
    return {
      user_id: userId,
      name: user?.name ?? '',
      email: user?.email ?? '',
      roles: [...roles],
      is_admin: this.isAdminRoles(groupId, roles),
      joined_at: this.iso(this.joined.get(`${groupId}:${userId}`) ?? Date.parse('2026-01-01T00:00:00Z')),
    }
  }

  /** `GET /api/groups/:id/members`. */
  members(userId: string, groupId: string): Member[] {
    this.requireAdmin(userId, groupId)
    return this.db.groups
      .get(groupId)!
      .members.map((m) => this.memberView(groupId, m.user_id, m.roles))
      .sort((a, b) => a.name.localeCompare(b.name))
  }

  private keepsAnAdmin(groupId: string, targetId: string, next: readonly string[] | null): void {
    const members = this.db.groups.get(groupId)!.members
    const target = members.find((m) => m.user_id === targetId)
    if (!target || !this.isAdminRoles(groupId, target.roles)) return
    if (next && this.isAdminRoles(groupId, next)) return
    if (!members.some((m) => m.user_id !== targetId && this.isAdminRoles(groupId, m.roles))) {
      throw problem('last_admin',
        next
          ? 'This is the group’s last administrator: give another member an administrator role first.'
          : 'The group’s last administrator cannot be removed: give another member an administrator role first.',
      )
    }
  }

  /** `PATCH /api/groups/:id/members/:userId`. */
  changeRoles(userId: string, groupId: string, targetId: string, body: Record<string, unknown>): Member {
    this.requireAdmin(userId, groupId)
    const before = this.memberRoles(groupId, targetId)
    if (!before) throw problem('not_found', 'The member does not exist or you have no access to it.')
    const roles = this.validateRoles(groupId, body.roles)
    this.keepsAnAdmin(groupId, targetId, roles)
    this.setMember(groupId, targetId, roles)
    this.audit('group_member.roles_changed', userId, groupId, { user_id: targetId, previous_roles: before, roles })
    return this.memberView(groupId, targetId, roles)
  }

  /** `DELETE /api/groups/:id/members/:userId`. */
  removeMember(userId: string, groupId: string, targetId: string): void {
    this.requireAdmin(userId, groupId)
    const members = this.db.groups.get(groupId)!.members
    const index = members.findIndex((m) => m.user_id === targetId)
    if (index < 0) throw problem('not_found', 'The member does not exist or you have no access to it.')
    this.keepsAnAdmin(groupId, targetId, null)
    members.splice(index, 1)
    this.audit('group_member.removed', userId, groupId, { user_id: targetId })
  }
}

const states = new WeakMap<MockDb, MockInvitations>()

/** The invitation state of a mock database (created on first use), for tests to inspect or change. */
export function mockInvitations(db: MockDb): MockInvitations {
  let state = states.get(db)
  if (!state) {
    state = new MockInvitations(db)
    states.set(db, state)
  }
  return state
}

/** What a resolver reads (the shape `createHandlers()` uses). */
interface Info {
  readonly request: Request
  readonly params: Record<string, string | readonly string[] | undefined>
  readonly cookies: Record<string, string>
}
type Resolver = (info: Info) => Response | Promise<Response>

/** What the handlers borrow from `createHandlers()` so they behave like the other routes. */
export interface InvitationHandlerHelpers {
  readonly api: (resolver: Resolver) => Resolver
  readonly requireUser: (request: Request, cookies: Record<string, string>) => string
  readonly jsonBody: (request: Request) => Promise<Record<string, unknown>>
}

/** msw handlers for the invitation and member routes. */
export function createInvitationHandlers(db: () => MockDb, base: string, { api, requireUser, jsonBody }: InvitationHandlerHelpers): HttpHandler[] {
  const state = (): MockInvitations => mockInvitations(db())
  const p = (params: Info['params'], name: string): string => {
    const value = params[name]
    return typeof value === 'string' ? decodeURIComponent(value) : ''
  }
  return [
    http.get(`${base}/api/groups/:id/roles`, api(({ request, cookies, params }) =>
      HttpResponse.json({ items: state().roles(requireUser(request, cookies), p(params, 'id')) }))),
    http.post(`${base}/api/groups/:id/invitation-codes`, api(async ({ request, cookies, params }) => {
      const userId = requireUser(request, cookies)
      return HttpResponse.json(state().create(userId, p(params, 'id'), await jsonBody(request)), { status: 201 })
    })),
    http.get(`${base}/api/invitation-codes`, api(({ request, cookies }) =>
      HttpResponse.json(state().list(requireUser(request, cookies), request)))),
    http.post(`${base}/api/invitation-codes/redeem`, api(async ({ request, cookies }) => {
      const userId = requireUser(request, cookies)
      return HttpResponse.json(state().redeem(userId, (await jsonBody(request)).code))
    })),
    http.post(`${base}/api/invitation-codes/:id/deactivate`, api(({ request, cookies, params }) =>
      HttpResponse.json(state().deactivate(requireUser(request, cookies), p(params, 'id'))))),
    http.get(`${base}/api/groups/:id/members`, api(({ request, cookies, params }) =>
      HttpResponse.json(pageOf(state().members(requireUser(request, cookies), p(params, 'id')), request, { keyOf: (m) => m.user_id })))),
    http.patch(`${base}/api/groups/:id/members/:userId`, api(async ({ request, cookies, params }) => {
      const userId = requireUser(request, cookies)
      return HttpResponse.json(state().changeRoles(userId, p(params, 'id'), p(params, 'userId'), await jsonBody(request)))
    })),
    http.delete(`${base}/api/groups/:id/members/:userId`, api(({ request, cookies, params }) => {
      state().removeMember(requireUser(request, cookies), p(params, 'id'), p(params, 'userId'))
      return new HttpResponse(null, { status: 204 })
    })),
  ]
}
