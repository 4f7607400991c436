/**
 * The in-memory fake of the reference server's domain: the same rules and error codes as
 * docs/ARCHITECTURE.md on the flows the mock covers, without HTTP (the msw handlers in
 * `handlers.ts` parse requests and shape responses around it).
 *
 * @module
 */
import type {
  AccessEntry,
  AccessRequestView,
  ConsentInstallation,
  ConsentInstallationPage,
  ConsentSituation,
  AuditEvent,
  ChargingSession,
  Grant,
  EmbeddingOrigins,
  GroupDetails,
  GroupMembership,
  GrantPermission,
  InstallationDetails,
  InstallationSummary,
  Locale,
  MeResponse,
  TokenResponse,
  User,
} from '../types.js'
import { defaultSeed, MOCK_PERMISSIONS, type MockChargingSession, type MockServiceAccount, type MockGroup, type MockInstallation, type MockSeed, type MockUser } from './fixtures.js'
import { askedPermissions, holdsAll, narrowed, withRead } from './permissions.js'
import { invalidField, MockOAuthError, MockProblem, notFound } from './problems.js'
import { isLoopbackHost as isLoopback } from '../rules/loopback.js'
import { MockReturnSigner } from './signed-return.js'
import { parseEmbeddingOrigin } from '../rules/embedding-origin.js'

/** Who is calling: a logged-in user, or a bearer token bound to a grant. */
export type MockActor = { readonly kind: 'user'; readonly userId: string } | { readonly kind: 'bearer'; readonly token: MockAccessToken }

/** A token issued by the mock token endpoint. */
export interface MockAccessToken {
  readonly value: string
  readonly client_id: string
  readonly group_id: string
  /** Set for authorization_code tokens: bound to one grant and its installation. */
  readonly grant_id: string | null
  readonly installation_id: string | null
  /** Granted permissions (RFC 6749 §3.3 scope). */
  readonly scopes: readonly string[]
  readonly expires_at: number
}

/** An access request row. */
export interface MockAccessRequest {
  readonly id: string
  /** Who opened it; like the real server, only they can view or decide it (null: anyone, for tests). */
  readonly user_id: string | null
  readonly group_id: string
  readonly installation_id: string | null
  readonly locale: Locale
  readonly return_url: string | null
  readonly partner_name: string | null
  readonly show_existing: boolean
  readonly state: string | null
  readonly code_challenge: string | null
  /** What the link asks for, catalogue order, read included. */
  readonly permissions: readonly GrantPermission[]
  status: 'pending' | 'approved' | 'denied' | 'cancelled'
  cancel_reason?: 'already_shared' | 'cancelled'
  readonly created_at: number
  expires_at: number
}

interface MockGrantRow {
  readonly id: string
  readonly group_id: string
  readonly installation_id: string
  /** What the owner consented to (widened by approvals, narrowed by the owner). */
  permissions: readonly GrantPermission[]
  readonly created_at: string
  readonly created_by: string | null
}

interface MockCode {
  readonly grant_id: string
  readonly client_id: string
  readonly redirect_uri: string
  readonly code_challenge: string
  readonly expires_at: number
  used: boolean
  issued: string[]
}

/** Options of {@link MockDb}. */
export interface MockDbOptions {
  /** The mocked server's public URL; also the issuer (`iss`). */
  readonly baseUrl: string
  /** Seed data; defaults to {@link defaultSeed}. */
  readonly seed?: MockSeed | undefined
  /** Clock in milliseconds (tests can move time to expire requests and codes). */
  readonly now?: (() => number) | undefined
  /** Access request lifetime; the real server's is a few minutes. */
  readonly accessRequestTtlMs?: number | undefined
}

const LOOKUP_KEY = /^[ABCDEFGHJKLMNPQRSTUVWXYZ23456789]{4,8}$/
const LOCALES: readonly Locale[] = ['en', 'fr', 'de', 'pt', 'nb']
const CODE_CHALLENGE = /^[A-Za-z0-9._~-]{43,128}$/
const CODE_TTL_MS = 60_000
/** The consent card's first page, as on the server. */
const CONSENT_PAGE = 20
const TOKEN_TTL_S = 3600
const LOGIN_ATTEMPTS = 5
const LOGIN_WINDOW_MS = 60_000

function randomToken(bytes = 32): string {
  const data = crypto.getRandomValues(new Uint8Array(bytes))
  return base64url(data)
}

function base64url(data: Uint8Array): string {
  let binary = ''
  for (const byte of data) binary += String.fromCharCode(byte)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

/** RFC 7636 §4.2 S256: BASE64URL(SHA256(ASCII(code_verifier))). */
async function s256(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))
  return base64url(new Uint8Array(digest))
}

/** In-memory state and rules of the fake server. */
export class MockDb {
  readonly issuer: string
  readonly users = new Map<string, MockUser>()
  readonly groups = new Map<string, MockGroup>()
  readonly installations = new Map<string, MockInstallation>()
  readonly chargingSessions: MockChargingSession[] = []
  readonly grants = new Map<string, MockGrantRow>()
  readonly accessRequests = new Map<string, MockAccessRequest>()
  readonly sessions = new Map<string, string>()
  readonly codes = new Map<string, MockCode>()
  readonly tokens = new Map<string, MockAccessToken>()
  readonly audit: AuditEvent[] = []
  readonly serviceAccounts = new Map<string, MockServiceAccount>()
  /** When set, requests without credentials act as this user (a test convenience). */
  currentUserId: string | null = null
  readonly now: () => number
  /** Signs every return to a partner (`response`), as the server does. */
  readonly returnSigner: MockReturnSigner
  private readonly ttl: number
  private readonly failures = new Map<string, number[]>()
  private sequence = 0

  constructor(options: MockDbOptions) {
    this.issuer = options.baseUrl.replace(/\/+$/, '')
    this.now = options.now ?? (() => Date.now())
    this.returnSigner = new MockReturnSigner(this.issuer, this.now)
    this.ttl = options.accessRequestTtlMs ?? 10 * 60_000
    const seed = options.seed ?? defaultSeed()
    for (const user of seed.users) this.users.set(user.id, { ...user })
    for (const group of seed.groups) this.groups.set(group.id, { ...group, return_urls: [...group.return_urls], members: [...group.members] })
    for (const inst of seed.installations) this.installations.set(inst.id, { ...inst, settings: { ...inst.settings } })
    for (const row of seed.charging_sessions) this.chargingSessions.push({ ...row })
    for (const account of seed.service_accounts ?? []) this.serviceAccounts.set(account.client_id, { ...account })
    for (const grant of seed.grants ?? []) {
      this.grants.set(grant.id, { ...grant, permissions: withRead(grant.permissions ?? MOCK_PERMISSIONS), created_at: new Date(this.now()).toISOString(), created_by: null })
    }
  }

  private nextId(prefix: string): string {
    this.sequence += 1
    return `${prefix}_${this.sequence}`
  }

  private iso(ms = this.now()): string {
    return new Date(ms).toISOString()
  }

  private record(type: string, actorId: string | null, data: { installation_id?: string | null; group_id?: string | null; [k: string]: unknown }): void {
    const actor = actorId ? this.users.get(actorId) : undefined
    this.audit.push({
      id: this.nextId('evt'),
      type,
      actor: { kind: actor ? 'user' : 'system', id: actor?.id ?? null, name: actor?.name ?? null },
      installation_id: data.installation_id ?? null,
      group_id: data.group_id ?? null,
      subject_id: typeof data.grant_id === 'string' ? data.grant_id : typeof data.access_request_id === 'string' ? data.access_request_id : null,
      occurred_at: this.iso(),
      data,
    })
  }

  // ---------------------------------------------------------------- sessions

  /** `POST /api/session`: checks the password, rate limited per email (429 + Retry-After). */
  login(email: unknown, password: unknown): { sessionId: string; user: User } {
    if (typeof email !== 'string' || !email.includes('@')) throw invalidField('email', 'invalid_email', 'Enter an email address.')
    if (typeof password !== 'string' || !password) throw invalidField('password', 'required', 'Enter your password.')
    const key = email.trim().toLowerCase()
    const recent = (this.failures.get(key) ?? []).filter((t) => t > this.now() - LOGIN_WINDOW_MS)
    if (recent.length >= LOGIN_ATTEMPTS) {
      const retryAfter = Math.max(1, Math.ceil((recent[0]! + LOGIN_WINDOW_MS - this.now()) / 1000))
      throw new MockProblem('rate_limited', 'Too many failed logins; try again later.', { retryAfter })
    }
    const user = [...this.users.values()].find((u) => u.email.toLowerCase() === key)
    if (!user || user.password !== password) {
      this.failures.set(key, [...recent, this.now()])
      throw new MockProblem('invalid_credentials', 'The email or password is wrong.')
    }
    this.failures.delete(key)
    const sessionId = randomToken()
    this.sessions.set(sessionId, user.id)
    return { sessionId, user: this.publicUser(user) }
  }

  /** Creates a session for a user without a password (tests). */
  createSession(userId: string): string {
    if (!this.users.has(userId)) throw new Error(`Unknown mock user ${userId}`)
    const sessionId = randomToken()
    this.sessions.set(sessionId, userId)
    return sessionId
  }

  logout(sessionId: string | undefined): void {
    if (sessionId) this.sessions.delete(sessionId)
  }

  /** Resolves the caller from a bearer token or session id; `null` when anonymous. */
  actor(bearer: string | undefined, sessionId: string | undefined): MockActor | null {
    if (bearer !== undefined) {
      const token = this.tokens.get(bearer)
      if (!token || token.expires_at <= this.now() || (token.grant_id !== null && !this.grants.has(token.grant_id))) return null
      return { kind: 'bearer', token }
    }
    const userId = (sessionId && this.sessions.get(sessionId)) || this.currentUserId
    return userId && this.users.has(userId) ? { kind: 'user', userId } : null
  }

  private publicUser(user: MockUser): User {
    return { id: user.id, email: user.email, name: user.name }
  }

  private membership(group: MockGroup, userId: string): GroupMembership | null {
    const member = group.members.find((m) => m.user_id === userId)
    if (!member) return null
    return {
      id: group.id,
      name: group.name,
      lookup_key: group.lookup_key,
      logo_url: group.logo_url,
      roles: [...member.roles],
      is_admin: member.roles.includes('admin'),
      is_partner: Boolean(group.organisation_id),
    }
  }

  me(userId: string): MeResponse {
    return { user: this.publicUser(this.users.get(userId)!), groups: this.groupsOf(userId) }
  }

  groupsOf(userId: string): GroupMembership[] {
    return [...this.groups.values()].flatMap((g) => this.membership(g, userId) ?? [])
  }

  // ---------------------------------------------------------------- installations

  private roleOn(inst: MockInstallation, userId: string): 'owner' | 'admin' | 'group' | null {
    if (inst.owner_id === userId) return 'owner'
    if (inst.admin_ids.includes(userId)) return 'admin'
    for (const grant of this.grants.values()) {
      if (grant.installation_id !== inst.id) continue
      if (this.groups.get(grant.group_id)?.members.some((m) => m.user_id === userId)) return 'group'
    }
    return null
  }

  /** A person: what they own, administer or reach through a group. A bearer token: what `tokenReaches` allows, as on the server. */
  listInstallations(actor: MockActor): InstallationSummary[] {
    if (actor.kind === 'bearer') this.requireScope(actor.token, 'installation:read')
    return [...this.installations.values()].flatMap((inst) => {
      const role = actor.kind === 'bearer' ? (this.tokenReaches(actor.token, inst.id) ? ('group' as const) : null) : this.roleOn(inst, actor.userId)
      return role ? [{ id: inst.id, name: inst.name, address: inst.address, role }] : []
    })
  }

  /**
   * RFC 6750 §3.1: the token is valid but lacks the permission. A token allows what its grant
   * allows at the moment of the call (a narrowed grant stops its extra powers at once, a widened
   * one lends them), within the token's own scopes for a service account.
   */
  private requireScope(token: MockAccessToken, permission: GrantPermission, installationId?: string): void {
    const grant = token.grant_id !== null ? this.grants.get(token.grant_id) : installationId && this.grantOf(token.group_id, installationId)
    const allowed = grant ? grant.permissions.includes(permission) && (token.grant_id !== null || token.scopes.includes(permission)) : token.scopes.includes(permission)
    if (!allowed) throw new MockProblem('insufficient_scope', `This token lacks the ${permission} permission.`, { members: { permission } })
  }

  /** The one grant of a group on an installation (one per pair). */
  private grantOf(groupId: string, installationId: string): MockGrantRow | undefined {
    return [...this.grants.values()].find((g) => g.group_id === groupId && g.installation_id === installationId)
  }

  /**
   * The installation if the actor may use it; another tenant's object is 404, never 403. A bearer
   * token without the action's permission gets 403 `insufficient_scope` (RFC 6750 §3.1).
   */
  private readable(actor: MockActor, id: string, permission: GrantPermission = 'installation:read'): MockInstallation {
    const inst = this.installations.get(id)
    const allowed =
      inst &&
      (actor.kind === 'bearer' ? this.tokenReaches(actor.token, id) : this.roleOn(inst, actor.userId) !== null)
    if (!inst || !allowed) throw notFound('Installation')
    if (actor.kind === 'bearer') this.requireScope(actor.token, permission, id)
    return inst
  }

  /** A grant-bound token reaches its installation; a service-account token every installation its group has a grant for. */
  private tokenReaches(token: MockAccessToken, installationId: string): boolean {
    if (token.installation_id !== null) return token.installation_id === installationId
    return [...this.grants.values()].some((g) => g.group_id === token.group_id && g.installation_id === installationId)
  }

  private manageable(userId: string, id: string | null | undefined): MockInstallation {
    const inst = id ? this.installations.get(id) : undefined
    if (!inst || (inst.owner_id !== userId && !inst.admin_ids.includes(userId))) throw notFound('Installation')
    return inst
  }

  installationDetails(actor: MockActor, id: string): InstallationDetails {
    const inst = this.readable(actor, id)
    return {
      id: inst.id,
      name: inst.name,
      address: inst.address,
      settings: { ...inst.settings },
      chargers: inst.chargers.map((c) => ({ ...c })),
    }
  }

  /** Newest first; `limit` 1-500 (default 100). */
  chargingHistory(actor: MockActor, id: string, limitParam: string | null = null): ChargingSession[] {
    const limit = limitParam === null ? 100 : Number(limitParam)
    if (!Number.isInteger(limit) || limit < 1 || limit > 500) throw invalidField('limit', 'out_of_range', 'limit must be an integer from 1 to 500.')
    this.readable(actor, id)
    return this.chargingSessions
      .filter((s) => s.installation_id === id)
      .sort((a, b) => b.started_at.localeCompare(a.started_at))
      .slice(0, limit)
      .map(({ id: sid, charger_id, started_at, ended_at, energy_kwh }) => ({ id: sid, charger_id, started_at, ended_at, energy_kwh }))
  }

  updateSettings(actor: MockActor, id: string, patch: unknown): InstallationDetails {
    const inst = this.readable(actor, id, 'installation:settings')
    if (!patch || typeof patch !== 'object' || Array.isArray(patch) || Object.keys(patch).length === 0) {
      throw invalidField('body', 'empty', 'Send a JSON object with at least one setting to change.')
    }
    const errors: { field: string; code: string; message: string }[] = []
    const next = { ...inst.settings }
    let newName: string | undefined
    for (const [key, value] of Object.entries(patch)) {
      if (key === 'max_current_a') {
        if (typeof value !== 'number' || !Number.isInteger(value) || value < 6 || value > 32) {
          errors.push({ field: key, code: 'out_of_range', message: 'max_current_a must be an integer from 6 to 32.' })
        } else next.max_current_a = value
      } else if (key === 'name') {
        if (typeof value !== 'string' || !value.trim() || value.trim().length > 100) {
          errors.push({ field: key, code: 'invalid', message: 'name must be 1-100 characters.' })
        } else newName = value.trim()
      } else if (key === 'authentication_required') {
        if (typeof value !== 'boolean') errors.push({ field: key, code: 'invalid_type', message: 'authentication_required must be true or false.' })
        else next.authentication_required = value
      } else {
        errors.push({ field: key, code: 'unknown_field', message: `${key} is not a setting.` })
      }
    }
    if (errors.length) throw new MockProblem('validation_failed', errors.map((e) => e.message).join(' '), { errors })
    inst.settings = next
    if (newName !== undefined) inst.name = newName
    this.record('installation.settings_changed', actor.kind === 'user' ? actor.userId : null, { installation_id: id, changes: patch })
    return this.installationDetails(actor, id)
  }

  accessList(actor: MockActor, id: string): AccessEntry[] {
    const inst = this.readable(actor, id)
    const users: AccessEntry[] = [inst.owner_id, ...inst.admin_ids].flatMap((uid, index) => {
      const user = this.users.get(uid)
      return user
        ? [{ kind: 'user' as const, id: user.id, name: user.name, email: user.email, role: index === 0 ? ('owner' as const) : ('admin' as const), since: inst.created_at, granted_by: null }]
        : []
    })
    const groups: AccessEntry[] = [...this.grants.values()]
      .filter((g) => g.installation_id === id)
      .flatMap((grant) => {
        const group = this.groups.get(grant.group_id)
        return group
          ? [{ kind: 'group' as const, id: group.id, name: group.name, lookup_key: group.lookup_key, logo_url: group.logo_url, grant_id: grant.id, granted_at: grant.created_at, since: grant.created_at, granted_by: this.userRef(grant.created_by) }]
          : []
      })
    return [...users, ...groups]
  }

  // ---------------------------------------------------------------- grants and groups

  private grantView(row: MockGrantRow): Grant {
    const group = this.groups.get(row.group_id)!
    return {
      id: row.id,
      installation_id: row.installation_id,
      installation_name: this.installations.get(row.installation_id)?.name ?? '',
      group_id: row.group_id,
      group_name: group.name,
      lookup_key: group.lookup_key,
      logo_url: group.logo_url,
      permissions: [...row.permissions],
      created_at: row.created_at,
      created_by: row.created_by,
      created_by_name: this.userRef(row.created_by)?.name ?? null,
    }
  }

  private userRef(id: string | null): { id: string; name: string } | null {
    const user = id ? this.users.get(id) : undefined
    return user ? { id: user.id, name: user.name } : null
  }

  /** Grants on one installation I own or administer, or (no id) on all of them. */
  listGrants(userId: string, installationId: string | null): Grant[] {
    if (installationId !== null) this.manageable(userId, installationId)
    const mine = (id: string): boolean => {
      const inst = this.installations.get(id)
      return !!inst && (inst.owner_id === userId || inst.admin_ids.includes(userId))
    }
    const grants = [...this.grants.values()].filter((g) => (installationId === null ? mine(g.installation_id) : g.installation_id === installationId))
    // As the server pages them: across installations, installation by installation (by id),
    // each one's oldest first.
    if (installationId === null) grants.sort((a, b) => a.installation_id.localeCompare(b.installation_id) || a.created_at.localeCompare(b.created_at) || a.id.localeCompare(b.id))
    return grants.map((g) => this.grantView(g))
  }

  /**
   * `PATCH /api/grants/:id` (installation owner/admin): narrow without revoking; read is kept.
   * Takes effect on the next call of tokens issued before (see `requireScope`).
   */
  updateGrant(userId: string, grantId: string, body: Record<string, unknown>): Grant {
    const grant = this.grants.get(grantId)
    const inst = grant && this.installations.get(grant.installation_id)
    if (!grant || !inst || (inst.owner_id !== userId && !inst.admin_ids.includes(userId))) throw notFound('Grant')
    const before = grant.permissions
    grant.permissions = narrowed(before, body)
    if (!holdsAll(grant.permissions, before)) {
      this.record('grant.updated', userId, { installation_id: grant.installation_id, group_id: grant.group_id, grant_id: grantId, previous_permissions: before, permissions: grant.permissions, how: 'narrowed' })
    }
    return this.grantView(grant)
  }

  /** Revoke (installation owner/admin) or relinquish (group admin); takes effect at once for tokens too. */
  deleteGrant(userId: string, grantId: string): void {
    const grant = this.grants.get(grantId)
    const inst = grant && this.installations.get(grant.installation_id)
    const group = grant && this.groups.get(grant.group_id)
    const owner = inst && (inst.owner_id === userId || inst.admin_ids.includes(userId))
    const groupAdmin = group && this.membership(group, userId)?.is_admin
    if (!grant || !(owner || groupAdmin)) throw notFound('Grant')
    this.grants.delete(grantId)
    for (const [value, token] of this.tokens) if (token.grant_id === grantId) this.tokens.delete(value)
    this.record('grant.revoked', userId, { installation_id: grant.installation_id, group_id: grant.group_id, grant_id: grantId, how: owner ? 'revoked' : 'relinquished' })
  }

  private adminGroup(userId: string, groupId: string): MockGroup {
    const group = this.groups.get(groupId)
    if (!group || !this.membership(group, userId)?.is_admin) throw notFound('Group')
    return group
  }

  groupDetails(userId: string, groupId: string): GroupDetails {
    const group = this.adminGroup(userId, groupId)
    return {
      id: group.id,
      name: group.name,
      logo_url: group.logo_url,
      lookup_key: group.lookup_key,
      return_urls: [...group.return_urls],
      embedding_origins: [...(group.embedding_origins ?? [])],
      members_count: group.members.length,
    }
  }

  /** `PUT /api/groups/:id/embedding-origins`: the server's rule (`@grantkit/sdk/rules`), at most 10, sorted. */
  setEmbeddingOrigins(userId: string, groupId: string, values: unknown): EmbeddingOrigins {
    const group = this.adminGroup(userId, groupId)
    if (!Array.isArray(values)) throw invalidField('origins', 'invalid', 'origins must be an array of origins.')
    const origins = new Set<string>()
    values.forEach((raw, i) => {
      const parsed = parseEmbeddingOrigin(String(raw))
      if ('problem' in parsed) throw invalidField(`origins[${i}]`, parsed.problem, `${JSON.stringify(raw)} is not an embedding origin (https://host[:port], or http on loopback).`)
      origins.add(parsed.origin)
    })
    if (origins.size > 10) throw invalidField('origins', 'too_many', 'A group may register at most 10 embedding origins.')
    const sorted = [...origins].sort()
    this.groups.set(groupId, { ...group, embedding_origins: sorted })
    return { origins: sorted }
  }

  groupGrants(userId: string, groupId: string): Grant[] {
    this.adminGroup(userId, groupId)
    return [...this.grants.values()].filter((g) => g.group_id === groupId).map((g) => this.grantView(g))
  }

  auditFor(userId: string, query: { installation_id: string | null; group_id: string | null }): AuditEvent[] {
    if (query.installation_id) {
      this.manageable(userId, query.installation_id)
      return this.audit.filter((e) => e.installation_id === query.installation_id)
    }
    if (query.group_id) {
      this.adminGroup(userId, query.group_id)
      return this.audit.filter((e) => e.group_id === query.group_id)
    }
    throw invalidField('installation_id', 'required', 'Pass installation_id or group_id.')
  }

  // ---------------------------------------------------------------- access requests

  /** Finds a group by lookup key, case-insensitively. */
  groupByLookupKey(lookupKey: string): MockGroup | undefined {
    const key = lookupKey.toUpperCase()
    return [...this.groups.values()].find((g) => g.lookup_key === key)
  }

  /**
   * What opening `GET /access/request/:lookupKey` does: validates the canonical parameters
   * (and Zaptec's aliases) and stores a pending request. Throws 404 for an unknown key and
   * 400 `validation_failed` for any bad parameter; nothing is stored then.
   */
  createAccessRequest(lookupKey: string, query: URLSearchParams, userId: string | null = this.currentUserId): MockAccessRequest {
    const group = LOOKUP_KEY.test(lookupKey.toUpperCase()) ? this.groupByLookupKey(lookupKey) : undefined
    if (!group) throw new MockProblem('not_found', `No group has the lookup key ${lookupKey}.`)
    // A parameter given twice (also canonical + alias) is refused: which one wins would be a guess.
    const param = (name: string, alias?: string): string | null => {
      const values = [...query.getAll(name), ...(alias ? query.getAll(alias) : [])]
      if (values.length > 1) throw invalidField(name, 'duplicate', `${name} is given more than once.`)
      return values[0] ?? null
    }

    const installationId = param('installation_id', 'installationId')
    if (installationId !== null && !installationId.trim()) throw invalidField('installation_id', 'invalid', 'installation_id must not be empty.')

    const tag = param('locale', 'lang') ?? 'en'
    const language = tag.split('-')[0]!.toLowerCase()
    const locale = (language === 'no' || language === 'nn' ? 'nb' : language) as Locale
    if (!LOCALES.includes(locale)) throw invalidField('locale', 'unsupported', `locale must be one of ${LOCALES.join(', ')}.`)

    const returnUrl = param('return_url', 'returnUrl')
    if (returnUrl !== null) {
      let url: URL | null = null
      try {
        url = new URL(returnUrl)
      } catch {
        url = null
      }
      const scheme = url && (url.protocol === 'https:' || (url.protocol === 'http:' && isLoopback(url.hostname)))
      if (!scheme || !group.return_urls.includes(returnUrl)) {
        throw invalidField('return_url', 'not_registered', 'return_url must exactly match a return URL registered for the group.')
      }
    }

    const challenge = param('code_challenge')
    const method = param('code_challenge_method')
    if (challenge !== null && !CODE_CHALLENGE.test(challenge)) throw invalidField('code_challenge', 'invalid', 'code_challenge must be 43-128 characters (RFC 7636).')
    if (method !== null && method !== 'S256') throw invalidField('code_challenge_method', 'unsupported', 'code_challenge_method must be S256.')
    if (method !== null && challenge === null) throw invalidField('code_challenge', 'required', 'code_challenge_method needs a code_challenge.')

    const show = param('show_existing', 'showExisting')
    const permissions = askedPermissions(param('permissions'), param('authorization_details'))
    const request: MockAccessRequest = {
      id: this.nextId('ar'),
      user_id: userId,
      group_id: group.id,
      installation_id: installationId?.trim() ?? null,
      locale,
      return_url: returnUrl,
      partner_name: param('partner_name', 'partnerName'),
      show_existing: show === 'true' || show === '1',
      state: param('state'),
      code_challenge: challenge,
      permissions,
      status: 'pending',
      created_at: this.now(),
      expires_at: this.now() + this.ttl,
    }
    this.accessRequests.set(request.id, request)
    return request
  }

  /** Makes a pending request expire now (tests). */
  expireAccessRequest(id: string): void {
    const request = this.accessRequests.get(id)
    if (request) request.expires_at = this.now() - 1
  }

  private pending(id: string, userId: string): MockAccessRequest {
    const request = this.accessRequests.get(id)
    if (!request || (request.user_id !== null && request.user_id !== userId)) throw new MockProblem('access_request_not_found', 'This access request does not exist.')
    if (request.status !== 'pending') throw new MockProblem('access_request_decided', `This access request was already ${request.status}.`, { members: { request_status: request.status } })
    if (request.expires_at <= this.now()) {
      // As the server: the way back to the partner with `error=expired`, when the request has a return URL.
      const group = this.groups.get(request.group_id)
      const back = request.return_url && group ? this.returnTrip(request, { success: 'false', error: 'expired', lookup_key: group.lookup_key }) : null
      throw new MockProblem('access_request_expired', 'This access request has expired; ask the partner for a new link.', back ? { members: { redirect_url: back } } : {})
    }
    return request
  }

  /** The installations a request offers, in the server's order: the preselected one first, then by name (`search` lists every match by name). */
  private offered(request: MockAccessRequest, userId: string, search?: string): { list: ConsentInstallation[]; named: MockInstallation | null; situation: ConsentSituation } {
    // Shared: the group's grant already holds everything asked; one holding less is offered, to widen.
    const held = (instId: string): readonly GrantPermission[] => this.grantOf(request.group_id, instId)?.permissions ?? []
    const shared = (instId: string): boolean => this.grantOf(request.group_id, instId) !== undefined && holdsAll(held(instId), request.permissions)
    const mine = [...this.installations.values()].filter((inst) => inst.owner_id === userId || inst.admin_ids.includes(userId))
    const named = mine.find((inst) => inst.id === request.installation_id) ?? null
    const needle = search?.trim().toLowerCase()
    const list = mine
      .map((inst) => ({ id: inst.id, name: inst.name, address: inst.address, already_shared: shared(inst.id), held_permissions: [...held(inst.id)] }))
      .filter((inst) => request.show_existing || !inst.already_shared)
      .filter((inst) => !needle || inst.name.toLowerCase().includes(needle) || inst.address.toLowerCase().includes(needle))
      .sort((a, b) => a.name.toLowerCase().localeCompare(b.name.toLowerCase()) || a.id.localeCompare(b.id))
    const lead = needle ? -1 : list.findIndex((inst) => inst.id === request.installation_id)
    if (lead > 0) list.unshift(...list.splice(lead, 1))
    const situation: ConsentSituation =
      request.installation_id !== null && !named
        ? 'preselected_unknown'
        : named && !request.show_existing && shared(named.id)
          ? 'preselected_shared'
          : list.length > 0 || needle
            ? 'choose'
            : mine.length > 0
              ? 'all_shared'
              : 'no_installations'
    return { list, named, situation }
  }

  accessRequestView(userId: string, id: string): AccessRequestView {
    const request = this.pending(id, userId)
    const group = this.groups.get(request.group_id)!
    const { list, named, situation } = this.offered(request, userId)
    const installations = list.slice(0, CONSENT_PAGE)
    return {
      id: request.id,
      status: request.status,
      group: { id: group.id, name: group.name, logo_url: group.logo_url, lookup_key: group.lookup_key },
      partner_name: request.partner_name,
      permissions: [...request.permissions],
      installations,
      installations_next_cursor: list.length > CONSENT_PAGE ? String(CONSENT_PAGE) : null,
      preselected_installation_id: situation !== 'preselected_shared' && installations.some((i) => i.id === request.installation_id) ? request.installation_id : null,
      named_installation: named && { id: named.id, name: named.name },
      situation,
      locale: request.locale,
      return_url: request.return_url,
      show_existing: request.show_existing,
      expires_at: this.iso(request.expires_at),
    }
  }

  /** `GET /api/access-requests/:id/installations`: the cursor is an offset here (opaque to callers, as on the server). */
  accessRequestInstallations(userId: string, id: string, query: URLSearchParams): ConsentInstallationPage {
    const request = this.pending(id, userId)
    const cursor = query.get('cursor')
    const offset = cursor === null ? 0 : Number(cursor)
    if (!Number.isInteger(offset) || offset < 0) throw invalidField('cursor', 'invalid_cursor', 'cursor: not a cursor this list returned; start again without one.')
    const limit = Number(query.get('limit') ?? CONSENT_PAGE)
    const { list } = this.offered(request, userId, query.get('q') ?? undefined)
    const items = list.slice(offset, offset + limit)
    return { items, next_cursor: list.length > offset + limit ? String(offset + limit) : null }
  }

  cancel(userId: string, id: string, reason: unknown): { redirect_url: string } {
    if (reason !== 'already_shared' && reason !== 'cancelled') throw invalidField('reason', 'invalid', 'reason must be already_shared or cancelled.')
    const existing = this.accessRequests.get(id)
    const request = existing?.status === 'cancelled' && existing.user_id === userId ? existing : this.pending(id, userId)
    const group = this.groups.get(request.group_id)!
    const why = request.cancel_reason ?? reason
    if (request.status === 'pending') {
      request.status = 'cancelled'
      request.cancel_reason = reason
      this.record('access_request.cancelled', userId, { group_id: group.id, access_request_id: id, reason })
    }
    const params: Record<string, string> = { success: 'false', error: why }
    if (why === 'already_shared' && request.installation_id !== null) params.installation_id = request.installation_id
    params.lookup_key = group.lookup_key
    return { redirect_url: this.returnTrip(request, params) }
  }

  private returnTrip(request: MockAccessRequest, params: Record<string, string>): string {
    const url = new URL(request.return_url ?? `${this.issuer}/access/receipt/${request.id}`)
    for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value)
    if (request.state !== null) url.searchParams.set('state', request.state)
    url.searchParams.set('iss', this.issuer)
    return url.href
  }

  approve(userId: string, id: string, installationId: unknown): { redirect_url: string; grant_id: string } {
    const request = this.pending(id, userId)
    if (typeof installationId !== 'string' || !installationId) throw invalidField('installation_id', 'required', 'Choose an installation.')
    const inst = this.installations.get(installationId)
    if (!inst || (inst.owner_id !== userId && !inst.admin_ids.includes(userId))) {
      throw invalidField('installation_id', 'not_allowed', 'You can only share an installation you own or administer.')
    }
    request.status = 'approved'
    let grant = this.grantOf(request.group_id, inst.id)
    if (!grant) {
      grant = { id: this.nextId('grt'), group_id: request.group_id, installation_id: inst.id, permissions: request.permissions, created_at: this.iso(), created_by: userId }
      this.grants.set(grant.id, grant)
      this.record('grant.created', userId, { installation_id: inst.id, group_id: request.group_id, grant_id: grant.id, permissions: grant.permissions, access_request_id: id })
    } else if (!holdsAll(grant.permissions, request.permissions)) {
      // One grant per group and installation: approving asks for more widens it to the union.
      const before = grant.permissions
      grant.permissions = withRead([...before, ...request.permissions])
      this.record('grant.updated', userId, { installation_id: inst.id, group_id: request.group_id, grant_id: grant.id, previous_permissions: before, permissions: grant.permissions, how: 'widened', access_request_id: id })
    }
    this.record('access_request.approved', userId, { installation_id: inst.id, group_id: request.group_id, access_request_id: id, grant_id: grant.id })
    const group = this.groups.get(request.group_id)!
    const params: Record<string, string> = { success: 'true', installation_id: inst.id, lookup_key: group.lookup_key, grant_id: grant.id }
    if (request.code_challenge !== null && request.return_url !== null) {
      const code = randomToken()
      this.codes.set(code, {
        grant_id: grant.id,
        client_id: group.lookup_key,
        redirect_uri: request.return_url,
        code_challenge: request.code_challenge,
        expires_at: this.now() + CODE_TTL_MS,
        used: false,
        issued: [],
      })
      params.code = code
    }
    return { redirect_url: this.returnTrip(request, params), grant_id: grant.id }
  }

  deny(userId: string, id: string): { redirect_url: string } {
    const request = this.pending(id, userId)
    request.status = 'denied'
    const group = this.groups.get(request.group_id)!
    this.record('access_request.denied', userId, { group_id: group.id, access_request_id: id })
    return { redirect_url: this.returnTrip(request, { success: 'false', error: 'access_denied', lookup_key: group.lookup_key }) }
  }

  // ---------------------------------------------------------------- OAuth

  /** RFC 8414 metadata. */
  metadata(): Record<string, unknown> {
    return {
      issuer: this.issuer,
      token_endpoint: `${this.issuer}/oauth/token`,
      jwks_uri: `${this.issuer}/oauth/jwks`,
      revocation_endpoint: `${this.issuer}/oauth/revoke`,
      introspection_endpoint: `${this.issuer}/oauth/introspect`,
      grant_types_supported: ['authorization_code', 'client_credentials'],
      response_types_supported: ['code'],
      code_challenge_methods_supported: ['S256'],
      token_endpoint_auth_methods_supported: ['none', 'client_secret_basic', 'client_secret_post'],
      authorization_response_iss_parameter_supported: true,
      authorization_signing_alg_values_supported: [this.returnSigner.alg],
      scopes_supported: [...MOCK_PERMISSIONS],
      authorization_details_types_supported: ['installation'],
    }
  }

  /**
   * `POST /oauth/token`: authorization_code with PKCE (RFC 6749 §4.1.3, RFC 7636 §4.6) and
   * client_credentials for service accounts (RFC 6749 §4.4; `basic` = decoded Basic credentials).
   */
  async token(form: URLSearchParams, basic?: { id: string; secret: string }): Promise<TokenResponse> {
    const grantType = form.get('grant_type')
    if (!grantType) throw new MockOAuthError('invalid_request', 'grant_type is required.')
    if (grantType === 'client_credentials') return this.clientCredentials(form, basic)
    if (grantType !== 'authorization_code') throw new MockOAuthError('unsupported_grant_type', `The mock supports authorization_code and client_credentials, not ${grantType}.`)
    const [code, verifier, clientId, redirectUri] = ['code', 'code_verifier', 'client_id', 'redirect_uri'].map((n) => form.get(n))
    if (!code || !verifier || !clientId || !redirectUri) {
      throw new MockOAuthError('invalid_request', 'code, code_verifier, client_id and redirect_uri are required.')
    }
    const row = this.codes.get(code)
    if (!row) throw new MockOAuthError('invalid_grant', 'The code is unknown.')
    if (row.used) {
      // RFC 6749 §4.1.2: a replayed code revokes what it produced.
      for (const value of row.issued) this.tokens.delete(value)
      throw new MockOAuthError('invalid_grant', 'The code was already used.')
    }
    row.used = true
    if (row.expires_at <= this.now()) throw new MockOAuthError('invalid_grant', 'The code has expired.')
    if (row.client_id !== clientId.toUpperCase()) throw new MockOAuthError('invalid_grant', 'The code was issued to another client.')
    if (row.redirect_uri !== redirectUri) throw new MockOAuthError('invalid_grant', 'redirect_uri does not match the return URL.')
    if ((await s256(verifier)) !== row.code_challenge) throw new MockOAuthError('invalid_grant', 'code_verifier does not match the code_challenge.')
    const grant = this.grants.get(row.grant_id)
    if (!grant) throw new MockOAuthError('invalid_grant', 'The grant was revoked.')
    const value = `mock_at_${randomToken()}`
    this.tokens.set(value, { value, client_id: row.client_id, grant_id: grant.id, installation_id: grant.installation_id, group_id: grant.group_id, scopes: [...grant.permissions], expires_at: this.now() + TOKEN_TTL_S * 1000 })
    row.issued.push(value)
    return {
      access_token: value,
      token_type: 'Bearer',
      expires_in: TOKEN_TTL_S,
      scope: grant.permissions.join(' '),
      // RFC 9396 §7: what the token allows.
      authorization_details: [{ type: 'installation', actions: [...grant.permissions], identifier: grant.installation_id }],
      grant_id: grant.id,
      installation_id: grant.installation_id,
      lookup_key: this.groups.get(grant.group_id)!.lookup_key,
    }
  }

  private clientCredentials(form: URLSearchParams, basic?: { id: string; secret: string }): TokenResponse {
    const id = basic?.id ?? form.get('client_id')
    const secret = basic?.secret ?? form.get('client_secret')
    const account = id ? this.serviceAccounts.get(id) : undefined
    if (!account || account.secret !== secret) throw new MockOAuthError('invalid_client', 'Client authentication failed.', 401)
    const requested = form.get('scope')?.split(' ').filter(Boolean) ?? [...MOCK_PERMISSIONS]
    const unknown = requested.filter((s) => !(MOCK_PERMISSIONS as readonly string[]).includes(s))
    if (unknown.length) throw new MockOAuthError('invalid_scope', `Unknown scope: ${unknown.join(' ')}.`)
    const value = `mock_at_${randomToken()}`
    this.tokens.set(value, { value, client_id: account.client_id, group_id: account.group_id, grant_id: null, installation_id: null, scopes: requested, expires_at: this.now() + TOKEN_TTL_S * 1000 })
    return { access_token: value, token_type: 'Bearer', expires_in: TOKEN_TTL_S, scope: requested.join(' ') }
  }
}
