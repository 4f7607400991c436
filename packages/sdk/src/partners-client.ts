/**
 * API client methods for partners (organisations' account holders and partner admins), email
 * invitations and the demo mailbox; `createApiClient()` mixes them in. Errors arrive as
 * `ApiError` with the problem's `code` (`partner_limit_reached`, `email_domain_not_allowed`,
 * `logo_too_large`, `logo_unsupported_type`, `partner_has_access` with `remaining`, …).
 *
 * @module
 */
import { ApiError } from './errors.js'
import type { PageQuery } from './paging.js'
import { createCaller, pathSegment, type ApiCaller } from './transport.js'
import type { AuditListResponse } from './types.js'
import {
  MAX_LOGO_BYTES,
  sniffLogoType,
  type AcceptEmailInvitationRequest,
  type AcceptEmailInvitationResponse,
  type EmailInvitationView,
  type InvitePartnerMemberRequest,
  type MailboxResponse,
  type Organisation,
  type OrganisationListResponse,
  type Partner,
  type PartnerAdminInput,
  type PartnerGrant,
  type PartnerGrantListResponse,
  type PartnerInvitation,
  type PartnerInvitationListResponse,
  type PartnerListResponse,
  type PartnerRegistration,
  type PartnerRemainingAccess,
  type PartnerStepValidation,
  type PartnerStepValidationResponse,
  type RegisterPartnerResponse,
} from './partner-types.js'

/** Organisations and partners (account holders; partner admins for their own partner). */
export interface PartnersApi {
  /** `GET /api/organisations` — organisations I am an account holder of, one page. */
  listOrganisations(page?: PageQuery): Promise<OrganisationListResponse>
  /** `GET /api/organisations/:id`. Errors: `not_found` 404. */
  getOrganisation(id: string): Promise<Organisation>
  /** `GET /api/organisations/:id/partners` — active first, with the cap; one page. */
  listPartners(organisationId: string, page?: PageQuery): Promise<PartnerListResponse>
  /**
   * `POST /api/organisations/:id/partners/validate` — checks one step and returns normalised
   * values. Errors as {@link PartnersApi.registerPartner}.
   */
  validatePartnerStep(organisationId: string, body: PartnerStepValidation): Promise<PartnerStepValidationResponse>
  /**
   * `POST /api/organisations/:id/partners` ("Add partner"); emails the admin an invitation.
   * Errors: `partner_limit_reached` 409 (`limit`), `email_domain_not_allowed` 422,
   * `validation_failed` 400, `logo_too_large` 413, `logo_unsupported_type` 415, `not_found` 404.
   */
  registerPartner(organisationId: string, body: PartnerRegistration): Promise<RegisterPartnerResponse>
  /** `GET /api/partners/:id` (account holders, partner admins). */
  getPartner(id: string): Promise<Partner>
  /** `PUT /api/partners/:id/admin` — invites a new admin; the change happens on acceptance. */
  changePartnerAdmin(id: string, admin: PartnerAdminInput): Promise<{ readonly invitation: PartnerInvitation }>
  /** `GET /api/partners/:id/grants` — linked installations, one page. */
  listPartnerGrants(id: string, page?: PageQuery): Promise<PartnerGrantListResponse>
  /** `POST /api/partners/:id/grants` — link an installation I own or administer. */
  linkPartnerInstallation(id: string, installationId: string): Promise<PartnerGrant>
  /** `DELETE /api/partners/:id/grants/:grantId` — revoke. */
  unlinkPartnerInstallation(id: string, grantId: string): Promise<void>
  /** `GET /api/partners/:id/access` — what must be revoked before deactivation. */
  getPartnerAccess(id: string): Promise<PartnerRemainingAccess>
  /**
   * `POST /api/partners/:id/deactivate` with the partner's name as confirmation; irreversible.
   * Errors: `partner_has_access` 409 (`remaining`: {@link PartnerRemainingAccess}),
   * `confirmation_required` 400, `partner_deactivated` 409.
   */
  deactivatePartner(id: string, confirm: string): Promise<Partner>
  /** `GET /api/partners/:id/audit` — the partner's history, newest first, one page. */
  listPartnerAudit(id: string, page?: PageQuery): Promise<AuditListResponse>
  /** `GET /api/partners/:id/invitations`, one page. */
  listPartnerInvitations(id: string, page?: PageQuery): Promise<PartnerInvitationListResponse>
  /** `POST /api/partners/:id/invitations` (partner admins). Errors: `email_domain_not_allowed` 422, `not_group_admin` 403. */
  invitePartnerMember(id: string, body: InvitePartnerMemberRequest): Promise<PartnerInvitation>
}

/** Email invitation links and the demo mailbox (anyone with the link; the mailbox only in the demo). */
export interface EmailInvitationsApi {
  /** `GET /api/invitations/:token`. Errors: `invitation_not_found` 404, `invitation_used` 409, `invitation_expired` 410. */
  getEmailInvitation(token: string): Promise<EmailInvitationView>
  /** `POST /api/invitations/:token/accept`. Errors as above plus `invitation_email_mismatch` 403, `unauthenticated` 401. */
  acceptEmailInvitation(token: string, body?: AcceptEmailInvitationRequest): Promise<AcceptEmailInvitationResponse>
  /** `GET /api/mailbox` — demo only (404 when SMTP is configured or in production); one page. */
  listMailbox(query?: { readonly to?: string } & PageQuery): Promise<MailboxResponse>
}

/** Builds the methods over `call`; `segment` encodes one path segment (and refuses empty ids). */
export function partnerMethods(call: ApiCaller, segment: (value: string) => string): PartnersApi {
  const partner = (id: string): string => `/api/partners/${segment(id)}`
  return {
    listOrganisations: async (page) => call('GET', '/api/organisations', { query: page }),
    getOrganisation: async (id) => call('GET', `/api/organisations/${segment(id)}`),
    listPartners: async (organisationId, page) => call('GET', `/api/organisations/${segment(organisationId)}/partners`, { query: page }),
    validatePartnerStep: async (organisationId, body) => call('POST', `/api/organisations/${segment(organisationId)}/partners/validate`, { body }),
    registerPartner: async (organisationId, body) => call('POST', `/api/organisations/${segment(organisationId)}/partners`, { body }),
    getPartner: async (id) => call('GET', partner(id)),
    changePartnerAdmin: async (id, admin) => call('PUT', `${partner(id)}/admin`, { body: admin }),
    listPartnerGrants: async (id, page) => call('GET', `${partner(id)}/grants`, { query: page }),
    linkPartnerInstallation: async (id, installationId) => call('POST', `${partner(id)}/grants`, { body: { installation_id: installationId } }),
    unlinkPartnerInstallation: async (id, grantId) => call('DELETE', `${partner(id)}/grants/${segment(grantId)}`),
    getPartnerAccess: async (id) => call('GET', `${partner(id)}/access`),
    deactivatePartner: async (id, confirm) => call('POST', `${partner(id)}/deactivate`, { body: { confirm } }),
    listPartnerAudit: async (id, page) => call('GET', `${partner(id)}/audit`, { query: page }),
    listPartnerInvitations: async (id, page) => call('GET', `${partner(id)}/invitations`, { query: page }),
    invitePartnerMember: async (id, body) => call('POST', `${partner(id)}/invitations`, { body }),
  }
}

/** Builds the email-invitation and mailbox methods over `call`. */
export function emailInvitationMethods(call: ApiCaller, segment: (value: string) => string): EmailInvitationsApi {
  return {
    getEmailInvitation: async (token) => call('GET', `/api/invitations/${segment(token)}`),
    acceptEmailInvitation: async (token, body = {}) => call('POST', `/api/invitations/${segment(token)}/accept`, { body }),
    listMailbox: async (query) => call('GET', '/api/mailbox', { query }),
  }
}

/**
 * Reads a logo file for {@link PartnersApi.registerPartner}: checks type (by content, like the
 * server) and size first, so a form can explain the problem before uploading.
 *
 * @example
 * ```ts
 * const logo = await encodeLogo(input.files[0])
 * await api.registerPartner(orgId, { name, logo, domains, admin })
 * ```
 */
export async function encodeLogo(file: Blob): Promise<string> {
  if (file.size > MAX_LOGO_BYTES) {
    throw new ApiError('logo_too_large', `The logo is larger than ${MAX_LOGO_BYTES / 1024} KB.`, { status: 413 })
  }
  const bytes = new Uint8Array(await file.arrayBuffer())
  const type = sniffLogoType(bytes)
  if (!type) throw new ApiError('logo_unsupported_type', 'The logo must be a PNG, JPEG or WebP image.', { status: 415 })
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return `data:${type};base64,${btoa(binary)}`
}

/** The `remaining` access of a `partner_has_access` error (what to revoke before deactivating), or null. */
export function remainingAccessOf(error: unknown): PartnerRemainingAccess | null {
  if (!(error instanceof ApiError) || error.code !== 'partner_has_access') return null
  const remaining = (error.cause as { remaining?: PartnerRemainingAccess } | undefined)?.remaining
  return remaining && Array.isArray(remaining.grants) && Array.isArray(remaining.service_accounts) ? remaining : null
}

/** Options of {@link createPartnersClient}: the server and the fetch to use; the session cookie is sent. */
export interface PartnersClientOptions {
  readonly baseUrl: string | URL
  readonly fetch?: typeof fetch
}

/**
 * Only the partner methods, with the session cookie: what `<gk-partners>` needs, without the
 * rest of `createApiClient()` (a page that shows only the partner settings downloads less).
 * Same errors as `createApiClient()`.
 *
 * @example
 * ```ts
 * const partners = createPartnersClient({ baseUrl: 'https://portal.example.com' })
 * const { items } = await partners.listPartners(organisationId)
 * ```
 */
export function createPartnersClient(options: PartnersClientOptions): PartnersApi {
  return partnerMethods(createCaller(options), pathSegment)
}
