/**
 * The mock's partners: organisations with account holders and a cap, partner registration with
 * the reference server's rules and error codes (docs/ARCHITECTURE.md, "Partners, email
 * invitations and the mailbox"), email invitations kept in a mailbox, admin change,
 * installation links and deactivation. Partners are {@link MockDb} groups, so the rest of the
 * mock (grants, `/api/me`) sees them. State lives beside each MockDb, so `reset()` starts over.
 *
 * @module
 */
import { http, HttpResponse, type HttpHandler } from 'msw'
import {
  MAX_LOGO_BYTES,
  sniffLogoType,
  type AcceptEmailInvitationResponse,
  type EmailInvitationView,
  type MailboxMessage,
  type Organisation,
  type Partner,
  type PartnerGrant,
  type PartnerInvitation,
  type PartnerRemainingAccess,
  type PartnerRole,
} from '../partner-types.js'
import type { ProblemCode } from '../problem-catalogue.js'
import { GRANT_PERMISSIONS, type ProblemFieldError } from '../types.js'
import type { MockDb } from './db.js'
import { fixtures } from './fixtures.js'
import { pageOf } from './paging.js'
import { MockProblem } from './problems.js'

/** The mock organisation; Olivia Owner (who owns Home and Cabin) is its account holder. */
export const MOCK_ORGANISATION = { id: 'org_helio', name: 'Helio Grid', holderId: fixtures.owner.id } as const
/** A partner registered before any test runs. */
export const MOCK_PARTNER = { id: 'grp_solstice', name: 'Solstice Service', lookupKey: 'SLST', domains: ['solstice.example'] } as const

const HOUR_MS = 3_600_000
const TTL_MS = 72 * HOUR_MS
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'

interface PartnerRow {
  readonly id: string
  readonly organisation_id: string
  readonly domains: readonly string[]
  readonly created_at: number
  deactivated_at: number | null
  admin_user_id: string | null
  logo: { type: string; bytes: Uint8Array } | null
}

interface InvitationRow {
  readonly id: string
  readonly token: string
  readonly group_id: string
  readonly email: string
  readonly first_name: string
  readonly last_name: string
  readonly role: PartnerRole
  readonly purpose: 'partner_admin' | 'member'
  readonly created_at: number
  readonly expires_at: number
  used_at: number | null
  revoked_at: number | null
}

/** A problem with extension members (RFC 9457 §3.2) such as `limit` or `remaining`. */
const problem = (code: ProblemCode, detail: string, members: Record<string, unknown> = {}): MockProblem =>
  new MockProblem(code, detail, { members, ...(Array.isArray(members.errors) ? { errors: members.errors as ProblemFieldError[] } : {}) })

const fieldProblem = (field: string, code: string, message: string): MockProblem => problem('validation_failed', message, { errors: [{ field, code, message }] })
const str = (v: unknown): string => (typeof v === 'string' ? v : '')
const random = (bytes: number): string => btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(bytes)))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')

/** Normalises a domain like the server (IDNA through URL, lower case, no wildcard). */
export function mockNormaliseDomain(input: string): string | null {
  let raw = input.trim().toLowerCase().replace(/^@/, '').replace(/\.$/, '')
  if (!raw || raw.includes('*') || /[\s/\\:@?#[\]%]/.test(raw)) return null
  try {
    raw = new URL(`http://${raw}`).hostname
  } catch {
    return null
  }
  const labels = raw.split('.')
  if (labels.length < 2 || !labels.every((l) => /^(?!-)[a-z0-9-]{1,63}(?<!-)$/.test(l)) || /^\d+$/.test(labels.at(-1)!)) return null
  return raw
}

/** Partner state of one MockDb. */
export class MockPartners {
  readonly organisation: { id: string; name: string; partner_limit: number; holders: string[] }
  readonly partners = new Map<string, PartnerRow>()
  readonly invitations: InvitationRow[] = []
  readonly mailbox: MailboxMessage[] = []
  private sequence = 0

  constructor(readonly db: MockDb) {
    this.organisation = { id: MOCK_ORGANISATION.id, name: MOCK_ORGANISATION.name, partner_limit: 10, holders: [MOCK_ORGANISATION.holderId] }
    db.groups.set(MOCK_PARTNER.id, { id: MOCK_PARTNER.id, name: MOCK_PARTNER.name, lookup_key: MOCK_PARTNER.lookupKey, logo_url: null, return_urls: [], members: [], organisation_id: this.organisation.id })
    this.partners.set(MOCK_PARTNER.id, { id: MOCK_PARTNER.id, organisation_id: this.organisation.id, domains: [...MOCK_PARTNER.domains], created_at: db.now(), deactivated_at: null, admin_user_id: null, logo: null })
  }

  private iso(ms: number): string {
    return new Date(ms).toISOString()
  }

  private next(prefix: string): string {
    this.sequence += 1
    return `${prefix}_${this.sequence}_${random(4)}`
  }

  private audit(type: string, actorId: string | null, groupId: string, data: Record<string, unknown> = {}): void {
    const actor = actorId ? this.db.users.get(actorId) : undefined
    this.db.audit.push({
      id: this.next('evt_partner'),
      type,
      actor: { kind: actor ? 'user' : 'system', id: actor?.id ?? null, name: actor?.name ?? null },
      installation_id: typeof data.installation_id === 'string' ? data.installation_id : null,
      group_id: groupId,
      subject_id: groupId,
      occurred_at: this.iso(this.db.now()),
      data: { group_id: groupId, ...data },
    })
  }

  private activeCount(): number {
    return [...this.partners.values()].filter((p) => p.deactivated_at === null).length
  }

  organisationView(): Organisation {
    return { id: this.organisation.id, name: this.organisation.name, partner_limit: this.organisation.partner_limit, active_partners: this.activeCount() }
  }

  requireHolder(userId: string, organisationId: string): void {
    if (organisationId !== this.organisation.id || !this.organisation.holders.includes(userId)) {
      throw problem('not_found', 'The organisation does not exist or you have no access to it.')
    }
  }

  private status(i: InvitationRow): PartnerInvitation['status'] {
    if (i.used_at !== null) return 'used'
    if (i.revoked_at !== null) return 'revoked'
    return i.expires_at <= this.db.now() ? 'expired' : 'pending'
  }

  invitationView(i: InvitationRow): PartnerInvitation {
    return {
      id: i.id, email: i.email, first_name: i.first_name, last_name: i.last_name, role: i.role, purpose: i.purpose,
      status: this.status(i), created_at: this.iso(i.created_at), expires_at: this.iso(i.expires_at), used_at: i.used_at === null ? null : this.iso(i.used_at),
    }
  }

  view(id: string): Partner {
    const row = this.partners.get(id)!
    const group = this.db.groups.get(id)!
    const admin = row.admin_user_id ? this.db.users.get(row.admin_user_id) : undefined
    const pending = row.deactivated_at === null
      ? this.invitations.filter((i) => i.group_id === id && i.purpose === 'partner_admin' && this.status(i) === 'pending').at(-1)
      : undefined
    return {
      id, organisation_id: row.organisation_id, name: group.name, lookup_key: group.lookup_key, logo_url: group.logo_url,
      status: row.deactivated_at === null ? 'active' : 'deactivated', created_at: this.iso(row.created_at),
      deactivated_at: row.deactivated_at === null ? null : this.iso(row.deactivated_at), domains: [...row.domains],
      admin: admin ? { user_id: admin.id, name: admin.name, email: admin.email } : null,
      pending_admin: pending ? this.invitationView(pending) : null, members_count: group.members.length,
    }
  }

  list(userId: string, organisationId: string): { items: Partner[]; limit: number; active: number } {
    this.requireHolder(userId, organisationId)
    const items = [...this.partners.keys()].map((id) => this.view(id))
    items.sort((a, b) => Number(a.status === 'deactivated') - Number(b.status === 'deactivated') || a.name.localeCompare(b.name))
    return { items, limit: this.organisation.partner_limit, active: this.activeCount() }
  }

  /** The partner for an account holder; 404 otherwise. */
  private holderPartner(userId: string, id: string): PartnerRow {
    const row = this.partners.get(id)
    if (!row || !this.organisation.holders.includes(userId)) throw problem('not_found', 'The partner does not exist or you have no access to it.')
    return row
  }

  private requireActive(row: PartnerRow): void {
    if (row.deactivated_at !== null) throw problem('partner_deactivated', `${this.db.groups.get(row.id)!.name} was deactivated; nothing can be changed.`)
  }

  private checkName(name: unknown): string {
    const trimmed = str(name).trim().replace(/\s+/g, ' ')
    if (!trimmed) throw fieldProblem('name', 'required', 'Enter the partner’s name.')
    if (trimmed.length > 100) throw fieldProblem('name', 'too_big', 'The name can have at most 100 characters.')
    return trimmed
  }

  private checkLogo(logo: unknown): Uint8Array | null {
    if (logo === undefined || logo === null || logo === '') return null
    const text = str(logo)
    const b64 = text.startsWith('data:') ? text.slice(text.indexOf(',') + 1) : text
    let bytes: Uint8Array
    try {
      bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))
    } catch {
      throw fieldProblem('logo', 'invalid_logo', 'The logo is not valid base64.')
    }
    if (bytes.length > MAX_LOGO_BYTES) throw problem('logo_too_large', `The logo is larger than ${MAX_LOGO_BYTES / 1024} KB.`, { field: 'logo', max_bytes: MAX_LOGO_BYTES })
    if (!sniffLogoType(bytes)) throw problem('logo_unsupported_type', 'The logo must be a PNG, JPEG or WebP image.', { field: 'logo' })
    return bytes
  }

  private checkDomains(domains: unknown): string[] {
    const list = Array.isArray(domains) ? domains.map(str) : []
    const errors: ProblemFieldError[] = []
    const out: string[] = []
    list.forEach((d, index) => {
      const n = mockNormaliseDomain(d)
      if (!n) errors.push({ field: `domains.${index}`, code: d.includes('*') ? 'domain_wildcard' : 'invalid_domain', message: `"${d}" is not a valid domain.` })
      else if (!out.includes(n)) out.push(n)
    })
    if (errors.length) throw problem('validation_failed', errors.map((e) => e.message).join(' '), { errors })
    if (!out.length) throw fieldProblem('domains', 'too_small', 'Add at least one email domain.')
    return out
  }

  private checkEmail(email: unknown, domains: readonly string[], field: string): string {
    const value = str(email).trim()
    const at = value.lastIndexOf('@')
    const domain = at > 0 ? mockNormaliseDomain(value.slice(at + 1)) : null
    if (!domain || /[\s@]/.test(value.slice(0, at))) throw fieldProblem(field, 'invalid_email', `"${value}" is not a valid email address.`)
    const normalised = `${value.slice(0, at)}@${domain}`.toLowerCase()
    if (!domains.includes(domain)) {
      throw problem('email_domain_not_allowed', `${normalised} is not in the partner's registered domains.`, { field, allowed_domains: domains })
    }
    return normalised
  }

  private checkAdmin(admin: unknown, domains: readonly string[]): { first_name: string; last_name: string; email: string } {
    const a = (admin && typeof admin === 'object' ? admin : {}) as Record<string, unknown>
    const first = str(a.first_name).trim()
    const last = str(a.last_name).trim()
    if (!first) throw fieldProblem('admin.first_name', 'required', 'Enter the admin’s first name.')
    if (!last) throw fieldProblem('admin.last_name', 'required', 'Enter the admin’s last name.')
    return { first_name: first, last_name: last, email: this.checkEmail(a.email, domains, 'admin.email') }
  }

  private limitReached(): MockProblem {
    const limit = this.organisation.partner_limit
    return problem('partner_limit_reached', `Your organisation already has ${limit} active partners, the most it may have. Deactivate a partner before adding another.`, { limit })
  }

  validate(userId: string, organisationId: string, body: Record<string, unknown>): { valid: true; name?: string; domains?: string[] } {
    this.requireHolder(userId, organisationId)
    if (this.activeCount() >= this.organisation.partner_limit) throw this.limitReached()
    const step = str(body.step)
    if (!['info', 'domains', 'admin', 'review'].includes(step)) throw fieldProblem('step', 'invalid_value', 'step: one of info, domains, admin, review.')
    const out: { valid: true; name?: string; domains?: string[] } = { valid: true }
    if (step === 'info' || step === 'review') {
      out.name = this.checkName(body.name)
      this.checkLogo(body.logo)
    }
    if (step !== 'info') out.domains = this.checkDomains(body.domains)
    if (step === 'admin' || step === 'review') this.checkAdmin(body.admin, out.domains!)
    return out
  }

  private invite(actorId: string, groupId: string, input: { email: string; first_name: string; last_name: string; role: PartnerRole; purpose: 'partner_admin' | 'member' }): InvitationRow {
    const now = this.db.now()
    const row: InvitationRow = { id: this.next('inv'), token: random(32), group_id: groupId, ...input, created_at: now, expires_at: now + TTL_MS, used_at: null, revoked_at: null }
    this.invitations.push(row)
    const partner = this.db.groups.get(groupId)!.name
    const link = `${this.db.issuer}/invitations/${row.token}`
    const subject = input.purpose === 'partner_admin' ? `You are invited to administer ${partner}` : `You are invited to join ${partner}`
    const text = `${input.first_name ? `Hello ${input.first_name},` : 'Hello,'}\n\nAccept the invitation: ${link}\n\nThe link works once and expires on ${this.iso(row.expires_at)}.`
    this.mailbox.unshift({ id: this.next('mail'), to: input.email, subject, text, html: `<p><a href="${link}">Accept the invitation</a></p>`, status: 'stored', created_at: this.iso(now), links: [link] })
    this.audit(input.purpose === 'partner_admin' ? 'partner.admin_invited' : 'partner.member_invited', actorId, groupId, { email: input.email, role: input.role })
    return row
  }

  register(userId: string, organisationId: string, body: Record<string, unknown>): { partner: Partner; invitation: PartnerInvitation } {
    this.requireHolder(userId, organisationId)
    const name = this.checkName(body.name)
    const logo = this.checkLogo(body.logo)
    const domains = this.checkDomains(body.domains)
    const admin = this.checkAdmin(body.admin, domains)
    if (this.activeCount() >= this.organisation.partner_limit) throw this.limitReached()
    const id = this.next('grp_partner')
    let key = ''
    do key = Array.from(crypto.getRandomValues(new Uint8Array(6)), (b) => ALPHABET[b % ALPHABET.length]).join('')
    while ([...this.db.groups.values()].some((g) => g.lookup_key === key))
    this.db.groups.set(id, { id, name, lookup_key: key, logo_url: logo ? `${this.db.issuer}/logos/${id}` : null, return_urls: [], members: [], organisation_id: organisationId })
    this.partners.set(id, { id, organisation_id: organisationId, domains, created_at: this.db.now(), deactivated_at: null, admin_user_id: null, logo: logo ? { type: sniffLogoType(logo)!, bytes: logo } : null })
    this.audit('partner.registered', userId, id, { name, lookup_key: key, domains })
    const invitation = this.invite(userId, id, { ...admin, role: 'admin', purpose: 'partner_admin' })
    return { partner: this.view(id), invitation: this.invitationView(invitation) }
  }

  /** Account holders, or admins of the (active) partner group. */
  get(userId: string, id: string): Partner {
    const row = this.partners.get(id)
    const isAdmin = row?.deactivated_at === null && this.db.groups.get(id)!.members.some((m) => m.user_id === userId && m.roles.includes('admin'))
    if (!row || !(this.organisation.holders.includes(userId) || isAdmin)) throw problem('not_found', 'The partner does not exist or you have no access to it.')
    return this.view(id)
  }

  logo(id: string): { type: string; bytes: Uint8Array } | null {
    const row = this.partners.get(id)
    return row && row.deactivated_at === null ? row.logo : null
  }

  changeAdmin(userId: string, id: string, body: Record<string, unknown>): { invitation: PartnerInvitation } {
    const row = this.holderPartner(userId, id)
    this.requireActive(row)
    const admin = this.checkAdmin(body, row.domains)
    for (const i of this.invitations) if (i.group_id === id && i.purpose === 'partner_admin' && this.status(i) === 'pending') i.revoked_at = this.db.now()
    return { invitation: this.invitationView(this.invite(userId, id, { ...admin, role: 'admin', purpose: 'partner_admin' })) }
  }

  private grantView(id: string): PartnerGrant {
    const g = this.db.grants.get(id)!
    const group = this.db.groups.get(g.group_id)!
    return {
      id, installation_id: g.installation_id, installation_name: this.db.installations.get(g.installation_id)?.name ?? '',
      group_id: g.group_id, group_name: group.name, lookup_key: group.lookup_key,
      permissions: [...g.permissions], created_at: g.created_at,
      created_by: g.created_by ? (this.db.users.get(g.created_by)?.name ?? null) : null,
    }
  }

  grants(userId: string, id: string): PartnerGrant[] {
    this.holderPartner(userId, id)
    return [...this.db.grants.values()].filter((g) => g.group_id === id).map((g) => this.grantView(g.id))
  }

  link(userId: string, id: string, installationId: unknown): { grant: PartnerGrant; created: boolean } {
    const row = this.holderPartner(userId, id)
    this.requireActive(row)
    const inst = this.db.installations.get(str(installationId))
    if (!inst || (inst.owner_id !== userId && !inst.admin_ids.includes(userId))) throw problem('not_found', 'The installation does not exist or you have no access to it.')
    const existing = [...this.db.grants.values()].find((g) => g.group_id === id && g.installation_id === inst.id)
    if (existing) return { grant: this.grantView(existing.id), created: false }
    const grantId = this.next('grt')
    this.db.grants.set(grantId, { id: grantId, group_id: id, installation_id: inst.id, permissions: [...GRANT_PERMISSIONS], created_at: this.iso(this.db.now()), created_by: userId })
    this.audit('grant.created', userId, id, { installation_id: inst.id, via: 'partner_link' })
    return { grant: this.grantView(grantId), created: true }
  }

  unlink(userId: string, id: string, grantId: string): void {
    this.holderPartner(userId, id)
    const grant = this.db.grants.get(grantId)
    if (!grant || grant.group_id !== id) throw problem('not_found', 'The grant does not exist or you have no access to it.')
    this.db.grants.delete(grantId)
    this.audit('grant.revoked', userId, id, { installation_id: grant.installation_id })
  }

  remaining(userId: string, id: string): PartnerRemainingAccess {
    this.holderPartner(userId, id)
    return {
      grants: [...this.db.grants.values()].filter((g) => g.group_id === id).map((g) => ({ id: g.id, installation_id: g.installation_id, installation_name: this.db.installations.get(g.installation_id)?.name ?? '' })),
      service_accounts: [...this.db.serviceAccounts.values()].filter((s) => s.group_id === id).map((s) => ({ id: s.client_id, name: s.name })),
    }
  }

  deactivate(userId: string, id: string, confirm: unknown): Partner {
    const row = this.holderPartner(userId, id)
    this.requireActive(row)
    const name = this.db.groups.get(id)!.name
    const remaining = this.remaining(userId, id)
    if (remaining.grants.length || remaining.service_accounts.length) {
      throw problem('partner_has_access', `${name} still has access: ${remaining.grants.length} installation grant(s) and ${remaining.service_accounts.length} service account(s). Revoke them first, then deactivate.`, { remaining })
    }
    if (str(confirm).trim().replace(/\s+/g, ' ').toLowerCase() !== name.toLowerCase()) {
      throw problem('confirmation_required', `Type the partner’s name, "${name}", to confirm. Deactivation cannot be undone.`, { field: 'confirm' })
    }
    row.deactivated_at = this.db.now()
    for (const i of this.invitations) if (i.group_id === id && this.status(i) === 'pending') i.revoked_at = this.db.now()
    this.audit('partner.deactivated', userId, id, { name })
    return this.view(id)
  }

  listInvitations(userId: string, id: string): PartnerInvitation[] {
    this.get(userId, id)
    return this.invitations.filter((i) => i.group_id === id).reverse().map((i) => this.invitationView(i))
  }

  inviteMember(userId: string, id: string, body: Record<string, unknown>): PartnerInvitation {
    const row = this.partners.get(id)
    const member = row && row.deactivated_at === null ? this.db.groups.get(id)!.members.find((m) => m.user_id === userId) : undefined
    if (!row || !member) throw problem('not_found', 'The partner does not exist or you have no access to it.')
    if (!member.roles.includes('admin')) throw problem('not_group_admin', 'Only an administrator of this group can do this.')
    const role = body.role === 'admin' || body.role === 'member' ? body.role : null
    if (!role) throw fieldProblem('role', 'invalid_value', 'role: admin or member.')
    const email = this.checkEmail(body.email, row.domains, 'email')
    return this.invitationView(this.invite(userId, id, { email, first_name: str(body.first_name).trim(), last_name: str(body.last_name).trim(), role, purpose: 'member' }))
  }

  private usable(token: string): InvitationRow {
    const row = this.invitations.find((i) => i.token === token)
    if (!row || this.partners.get(row.group_id)?.deactivated_at !== null) throw problem('invitation_not_found', 'The invitation does not exist or you have no access to it.')
    const status = this.status(row)
    if (status === 'used') throw problem('invitation_used', 'This invitation link has already been used.')
    if (status === 'expired') throw problem('invitation_expired', 'This invitation link has expired. Ask the sender for a new invitation.')
    if (status === 'revoked') throw problem('invitation_revoked', 'This invitation was replaced by a newer one or withdrawn.')
    return row
  }

  invitationByToken(token: string): EmailInvitationView {
    const row = this.usable(token)
    const group = this.db.groups.get(row.group_id)!
    return {
      email: row.email, first_name: row.first_name, last_name: row.last_name, role: row.role, purpose: row.purpose, expires_at: this.iso(row.expires_at),
      account_exists: [...this.db.users.values()].some((u) => u.email === row.email),
      partner: { id: group.id, name: group.name, logo_url: group.logo_url },
    }
  }

  /** Accepts for `userId`, or creates the invited account first (returns its session id). */
  accept(token: string, userId: string | null, body: Record<string, unknown>): { result: AcceptEmailInvitationResponse; sessionId: string | null } {
    const row = this.usable(token)
    let sessionId: string | null = null
    if (!userId) {
      if ([...this.db.users.values()].some((u) => u.email === row.email)) throw problem('unauthenticated', `An account for ${row.email} exists. Log in with it to accept.`)
      const password = str(body.password)
      if (password.length < 10) throw fieldProblem('password', 'too_small', 'Choose a password of at least 10 characters.')
      userId = this.next('usr')
      this.db.users.set(userId, { id: userId, email: row.email, name: str(body.name).trim() || `${row.first_name} ${row.last_name}`.trim(), password })
      sessionId = this.db.createSession(userId)
    }
    const user = this.db.users.get(userId)!
    if (user.email.toLowerCase() !== row.email) throw problem('invitation_email_mismatch', `This invitation is for ${row.email}, but you are logged in as ${user.email}.`)
    row.used_at = this.db.now()
    const group = this.db.groups.get(row.group_id)!
    const partner = this.partners.get(row.group_id)!
    const add = row.role === 'admin' ? ['admin', 'member'] : ['member']
    const existing = group.members.find((m) => m.user_id === userId)
    const roles = [...new Set([...(existing?.roles ?? []), ...add])]
    const members = group.members.filter((m) => m.user_id !== userId)
    if (row.purpose === 'partner_admin') {
      const previous = partner.admin_user_id
      for (const [i, m] of members.entries()) if (m.user_id === previous) members[i] = { user_id: m.user_id, roles: ['member'] }
      partner.admin_user_id = userId
      this.audit('partner.admin_changed', userId, group.id, { previous_admin_user_id: previous })
    }
    members.push({ user_id: userId, roles })
    this.db.groups.set(group.id, { ...group, members })
    this.audit('partner.invitation_accepted', userId, group.id, { email: row.email, roles })
    return { result: { group: { id: group.id, name: group.name, lookup_key: group.lookup_key, logo_url: group.logo_url }, roles, is_partner_admin: row.purpose === 'partner_admin' }, sessionId }
  }

  mail(to: string | null): MailboxMessage[] {
    return this.mailbox.filter((m) => !to || m.to === to.trim().toLowerCase())
  }
}

const states = new WeakMap<MockDb, MockPartners>()

/** The partner state of a MockDb (created on first use). */
export function mockPartners(db: MockDb): MockPartners {
  let state = states.get(db)
  if (!state) {
    state = new MockPartners(db)
    states.set(db, state)
  }
  return state
}

type Resolver = (info: { request: Request; params: Record<string, string | readonly string[] | undefined>; cookies: Record<string, string> }) => Promise<Response> | Response

/** What the partner handlers borrow from `createHandlers()`. */
export interface PartnerHandlerHelpers {
  readonly api: (resolver: Resolver) => Resolver
  readonly requireUser: (request: Request, cookies: Record<string, string>) => string
  readonly optionalUser: (request: Request, cookies: Record<string, string>) => string | null
  readonly jsonBody: (request: Request) => Promise<Record<string, unknown>>
  readonly sessionCookie: (sessionId: string) => string
}

/** msw handlers for partners, email invitations and the mailbox. */
export function createPartnerHandlers(db: () => MockDb, base: string, h: PartnerHandlerHelpers): HttpHandler[] {
  const state = (): MockPartners => mockPartners(db())
  const p = (params: Record<string, string | readonly string[] | undefined>, name: string): string => {
    const value = params[name]
    return typeof value === 'string' ? decodeURIComponent(value) : ''
  }
  const { requireUser, jsonBody } = h
  const { api } = h
  const org = `${base}/api/organisations`
  const partner = `${base}/api/partners/:id`
  return [
    http.get(org, api(({ request, cookies }) => {
      const userId = requireUser(request, cookies)
      const s = state()
      return HttpResponse.json(pageOf(s.organisation.holders.includes(userId) ? [s.organisationView()] : [], request))
    })),
    http.get(`${org}/:id`, api(({ request, cookies, params }) => {
      state().requireHolder(requireUser(request, cookies), p(params, 'id'))
      return HttpResponse.json(state().organisationView())
    })),
    http.get(`${org}/:id/partners`, api(({ request, cookies, params }) => {
      const list = state().list(requireUser(request, cookies), p(params, 'id'))
      return HttpResponse.json({ ...list, ...pageOf(list.items, request) })
    })),
    http.post(`${org}/:id/partners/validate`, api(async ({ request, cookies, params }) => {
      const userId = requireUser(request, cookies)
      return HttpResponse.json(state().validate(userId, p(params, 'id'), await jsonBody(request)))
    })),
    http.post(`${org}/:id/partners`, api(async ({ request, cookies, params }) => {
      const userId = requireUser(request, cookies)
      return HttpResponse.json(state().register(userId, p(params, 'id'), await jsonBody(request)), { status: 201 })
    })),
    http.get(partner, api(({ request, cookies, params }) => HttpResponse.json(state().get(requireUser(request, cookies), p(params, 'id'))))),
    ...[`${partner}/logo`, `${base}/logos/:id`].map((path) =>
      http.get(path, ({ params }) => {
        const logo = state().logo(p(params, 'id'))
        return logo ? new HttpResponse(logo.bytes, { headers: { 'content-type': logo.type, 'x-content-type-options': 'nosniff' } }) : new HttpResponse(null, { status: 404 })
      }),
    ),
    http.put(`${partner}/admin`, api(async ({ request, cookies, params }) => {
      const userId = requireUser(request, cookies)
      return HttpResponse.json(state().changeAdmin(userId, p(params, 'id'), await jsonBody(request)), { status: 202 })
    })),
    http.get(`${partner}/grants`, api(({ request, cookies, params }) => HttpResponse.json(pageOf(state().grants(requireUser(request, cookies), p(params, 'id')), request)))),
    http.post(`${partner}/grants`, api(async ({ request, cookies, params }) => {
      const userId = requireUser(request, cookies)
      const { grant, created } = state().link(userId, p(params, 'id'), (await jsonBody(request)).installation_id)
      return HttpResponse.json(grant, { status: created ? 201 : 200 })
    })),
    http.delete(`${partner}/grants/:grantId`, api(({ request, cookies, params }) => {
      state().unlink(requireUser(request, cookies), p(params, 'id'), p(params, 'grantId'))
      return new HttpResponse(null, { status: 204 })
    })),
    http.get(`${partner}/audit`, api(({ request, cookies, params }) => {
      const id = p(params, 'id')
      state().get(requireUser(request, cookies), id)
      return HttpResponse.json(pageOf(db().audit.filter((e) => e.group_id === id).reverse(), request))
    })),
    http.get(`${partner}/access`, api(({ request, cookies, params }) => HttpResponse.json(state().remaining(requireUser(request, cookies), p(params, 'id'))))),
    http.post(`${partner}/deactivate`, api(async ({ request, cookies, params }) => {
      const userId = requireUser(request, cookies)
      return HttpResponse.json(state().deactivate(userId, p(params, 'id'), (await jsonBody(request)).confirm))
    })),
    http.get(`${partner}/invitations`, api(({ request, cookies, params }) => HttpResponse.json(pageOf(state().listInvitations(requireUser(request, cookies), p(params, 'id')), request)))),
    http.post(`${partner}/invitations`, api(async ({ request, cookies, params }) => {
      const userId = requireUser(request, cookies)
      return HttpResponse.json(state().inviteMember(userId, p(params, 'id'), await jsonBody(request)), { status: 201 })
    })),
    http.get(`${base}/api/invitations/:token`, api(({ params }) => HttpResponse.json(state().invitationByToken(p(params, 'token'))))),
    http.post(`${base}/api/invitations/:token/accept`, api(async ({ request, cookies, params }) => {
      const userId = h.optionalUser(request, cookies)
      const body = request.headers.get('content-type')?.includes('json') ? await jsonBody(request) : {}
      const { result, sessionId } = state().accept(p(params, 'token'), userId, body)
      return HttpResponse.json(result, sessionId ? { headers: { 'set-cookie': h.sessionCookie(sessionId) } } : {})
    })),
    http.get(`${base}/api/mailbox`, api(({ request }) => HttpResponse.json(pageOf(state().mail(new URL(request.url).searchParams.get('to')), request)))),
  ]
}
