import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createApiClient } from './client.js'
import { ApiError } from './errors.js'
import { createPartnersClient, encodeLogo, remainingAccessOf } from './partners-client.js'
import { sniffLogoType } from './partner-types.js'
import { createMockServer, MOCK_ORGANISATION, MOCK_PARTNER, mockPartners } from './mock/index.js'

const baseUrl = 'https://grantkit.test'
let now = Date.parse('2026-11-21T09:00:00Z')
const mock = createMockServer({ baseUrl, now: () => now })
const server = setupServer(...mock.handlers)
const { owner, otherUser, home } = mock.fixtures
const api = createApiClient({ baseUrl, credentials: 'include', fetch: mock.fetch })
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='
const registration = { name: 'Fjord Installers', logo: PNG, domains: ['fjord.example'], admin: { first_name: 'Ada', last_name: 'Admin', email: 'ada@fjord.example' } }

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
beforeEach(() => {
  now = Date.parse('2026-11-21T09:00:00Z')
  mock.reset()
})
afterEach(() => mock.signIn(null))
afterAll(() => server.close())

async function rejection(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError)
    return error as ApiError
  }
  throw new Error('expected a rejection')
}

const tokenOf = (link: string): string => link.slice(link.lastIndexOf('/') + 1)

describe('partner methods', () => {
  it('registers a partner, mails the admin, and the admin accepts with a new account', async () => {
    mock.signIn(owner.id)
    expect((await api.listOrganisations()).items).toEqual([{ id: MOCK_ORGANISATION.id, name: 'Helio Grid', partner_limit: 10, active_partners: 1 }])
    expect(await api.validatePartnerStep(MOCK_ORGANISATION.id, { step: 'domains', domains: ['@Bücher.example', 'bücher.example'] })).toEqual({ valid: true, domains: ['xn--bcher-kva.example'] })
    const { partner, invitation } = await api.registerPartner(MOCK_ORGANISATION.id, registration)
    expect(partner).toMatchObject({ name: 'Fjord Installers', status: 'active', domains: ['fjord.example'], admin: null, pending_admin: { email: 'ada@fjord.example' } })
    expect(partner.lookup_key).toMatch(/^[A-HJ-NP-Z2-9]{6}$/)
    expect(invitation).toMatchObject({ role: 'admin', purpose: 'partner_admin', status: 'pending' })
    const [mail] = (await api.listMailbox({ to: 'ada@fjord.example' })).items
    expect(mail!.subject).toBe('You are invited to administer Fjord Installers')
    const token = tokenOf(mail!.links[0]!)

    mock.signIn(null)
    expect(await api.getEmailInvitation(token)).toMatchObject({ account_exists: false, purpose: 'partner_admin', partner: { name: 'Fjord Installers' } })
    const accepted = await api.acceptEmailInvitation(token, { password: 'a long enough password' })
    expect(accepted).toMatchObject({ group: { id: partner.id, lookup_key: partner.lookup_key }, roles: ['admin', 'member'], is_partner_admin: true })
    expect((await rejection(api.getEmailInvitation(token))).code).toBe('invitation_used')
    now += 80 * 3_600_000
    mock.signIn(owner.id)
    expect((await api.getPartner(partner.id)).admin?.email).toBe('ada@fjord.example')
  })

  it('reports the cap, domains outside the list and refused logos with the server’s codes', async () => {
    mock.signIn(owner.id)
    mockPartners(mock.db).organisation.partner_limit = 1
    const cap = await rejection(api.registerPartner(MOCK_ORGANISATION.id, registration))
    expect(cap).toMatchObject({ code: 'partner_limit_reached', status: 409 })
    mockPartners(mock.db).organisation.partner_limit = 10
    const outside = await rejection(api.registerPartner(MOCK_ORGANISATION.id, { ...registration, admin: { ...registration.admin, email: 'ada@gmail.example' } }))
    expect(outside).toMatchObject({ code: 'email_domain_not_allowed', status: 422 })
    const svg = btoa('<svg xmlns="http://www.w3.org/2000/svg"/>')
    expect((await rejection(api.registerPartner(MOCK_ORGANISATION.id, { ...registration, logo: svg }))).code).toBe('logo_unsupported_type')
    const wildcard = await rejection(api.validatePartnerStep(MOCK_ORGANISATION.id, { step: 'domains', domains: ['*.fjord.example'] }))
    expect(wildcard.errors[0]).toMatchObject({ field: 'domains.0', code: 'domain_wildcard' })
    mock.signIn(otherUser.id)
    expect((await rejection(api.listPartners(MOCK_ORGANISATION.id))).code).toBe('not_found')
  })

  it('refuses deactivation with what remains, then deactivates after revoking and confirming', async () => {
    mock.signIn(owner.id)
    const grant = await api.linkPartnerInstallation(MOCK_PARTNER.id, home.id)
    expect(grant).toMatchObject({ installation_name: 'Home', group_id: MOCK_PARTNER.id })
    const refused = await rejection(api.deactivatePartner(MOCK_PARTNER.id, 'Solstice Service'))
    expect(refused.code).toBe('partner_has_access')
    expect(remainingAccessOf(refused)).toEqual({ grants: [{ id: grant.id, installation_id: home.id, installation_name: 'Home' }], service_accounts: [] })
    expect(remainingAccessOf(new ApiError('not_found', 'x'))).toBeNull()
    await api.unlinkPartnerInstallation(MOCK_PARTNER.id, grant.id)
    expect((await rejection(api.deactivatePartner(MOCK_PARTNER.id, 'Solstice'))).code).toBe('confirmation_required')
    expect((await api.deactivatePartner(MOCK_PARTNER.id, 'solstice service')).status).toBe('deactivated')
    expect((await api.listPartners(MOCK_ORGANISATION.id)).active).toBe(0)
    const history = (await api.listPartnerAudit(MOCK_PARTNER.id)).items.map((e) => e.type)
    expect(history).toEqual(['partner.deactivated', 'grant.revoked', 'grant.created'])
  })

  it('changes the admin by invitation and lets partner admins invite only inside the domains', async () => {
    mock.signIn(owner.id)
    const { invitation } = await api.changePartnerAdmin(MOCK_PARTNER.id, { first_name: 'Siri', last_name: 'Sol', email: 'siri@solstice.example' })
    expect(invitation.purpose).toBe('partner_admin')
    expect((await api.getPartner(MOCK_PARTNER.id)).pending_admin?.email).toBe('siri@solstice.example')
    const token = tokenOf((await api.listMailbox({ to: 'siri@solstice.example' })).items[0]!.links[0]!)
    mock.signIn(null)
    await api.acceptEmailInvitation(token, { name: 'Siri Sol', password: 'a long enough password' })
    // The accept call set a session cookie; the client keeps using it (the mock reads it).
    const siri = [...mock.db.users.values()].find((u) => u.email === 'siri@solstice.example')!
    mock.signIn(siri.id)
    const outside = await rejection(api.invitePartnerMember(MOCK_PARTNER.id, { email: 'x@other.example', role: 'member' }))
    expect(outside.code).toBe('email_domain_not_allowed')
    expect(await api.invitePartnerMember(MOCK_PARTNER.id, { email: 'Bob@Solstice.example', role: 'member' })).toMatchObject({ email: 'bob@solstice.example', status: 'pending' })
    expect((await api.listPartnerInvitations(MOCK_PARTNER.id)).items.map((i) => i.email)).toEqual(['bob@solstice.example', 'siri@solstice.example'])
  })
})

describe('encodeLogo', () => {
  it('reads PNG/JPEG/WebP as a data URL and refuses other files or large ones before uploading', async () => {
    const png = Uint8Array.from(atob(PNG), (c) => c.charCodeAt(0))
    expect(await encodeLogo(new Blob([png]))).toBe(`data:image/png;base64,${PNG}`)
    expect(sniffLogoType(new TextEncoder().encode('<!doctype html>'))).toBeNull()
    expect((await rejection(encodeLogo(new Blob(['<svg/>'], { type: 'image/png' })))).code).toBe('logo_unsupported_type')
    expect((await rejection(encodeLogo(new Blob([png, new Uint8Array(600 * 1024)])))).code).toBe('logo_too_large')
  })
})

describe('createPartnersClient', () => {
  it('carries only the partner methods, with the same errors as createApiClient', async () => {
    const partners = createPartnersClient({ baseUrl, fetch: mock.fetch })
    expect('login' in partners).toBe(false)
    mock.signIn(owner.id)
    expect((await partners.listPartners(MOCK_ORGANISATION.id)).items.map((p) => p.lookup_key)).toEqual(['SLST'])
    const refused = await rejection(partners.deactivatePartner(MOCK_PARTNER.id, 'nope'))
    expect(refused).toMatchObject({ code: 'confirmation_required', status: 400 })
    expect((await rejection(partners.getPartner(''))).code).toBe('validation_failed')
    const offline = createPartnersClient({ baseUrl, fetch: async () => Promise.reject(new TypeError('offline')) })
    expect((await rejection(offline.listOrganisations())).code).toBe('network_error')
  })
})
