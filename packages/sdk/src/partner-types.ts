/**
 * Wire types of partner registration, email invitations and the demo mailbox
 * (docs/ARCHITECTURE.md, "Partners, email invitations and the mailbox"). snake_case, readonly.
 *
 * @module
 */
import type { Page } from './paging.js'

/** An organisation (enterprise account) I am an account holder of. */
export interface Organisation {
  readonly id: string
  readonly name: string
  /** Most active partners allowed (default 10). */
  readonly partner_limit: number
  readonly active_partners: number
}

/** `GET /api/organisations` response. */
export interface OrganisationListResponse extends Page<Organisation> {}

/** Roles a partner invitation can carry: Admin invites others and uses the products; Member uses them. */
export type PartnerRole = 'admin' | 'member'

/** An emailed invitation; the token itself is only in the email. */
export interface PartnerInvitation {
  readonly id: string
  readonly email: string
  readonly first_name: string
  readonly last_name: string
  readonly role: PartnerRole
  /** `partner_admin`: accepting makes the person THE partner admin. */
  readonly purpose: 'partner_admin' | 'member'
  readonly status: 'pending' | 'used' | 'expired' | 'revoked'
  readonly created_at: string
  readonly expires_at: string
  readonly used_at: string | null
}

/** A partner: a group registered under an organisation. */
export interface Partner {
  readonly id: string
  readonly organisation_id: string
  readonly name: string
  readonly lookup_key: string
  readonly logo_url: string | null
  readonly status: 'active' | 'deactivated'
  readonly created_at: string
  readonly deactivated_at: string | null
  /** IDNA A-labels, lower case. */
  readonly domains: readonly string[]
  readonly admin: { readonly user_id: string; readonly name: string; readonly email: string } | null
  /** An admin invitation not yet accepted. */
  readonly pending_admin: PartnerInvitation | null
  readonly members_count: number
}

/** `GET /api/organisations/:id/partners` response. */
export interface PartnerListResponse extends Page<Partner> {
  readonly limit: number
  readonly active: number
}

/** The partner admin to invite. */
export interface PartnerAdminInput {
  readonly first_name: string
  readonly last_name: string
  readonly email: string
}

/** `POST /api/organisations/:id/partners` body ("Add partner"). */
export interface PartnerRegistration {
  readonly name: string
  /** PNG, JPEG or WebP as base64 or a `data:` URL, at most 512 KB (see {@link encodeLogo}). */
  readonly logo?: string | null
  readonly domains: readonly string[]
  readonly admin: PartnerAdminInput
}

/** The registration steps, as the tabs show them. */
export type PartnerRegistrationStep = 'info' | 'domains' | 'admin' | 'review'

/** `POST /api/organisations/:id/partners/validate` body. */
export interface PartnerStepValidation extends Partial<Omit<PartnerRegistration, 'admin'>> {
  readonly step: PartnerRegistrationStep
  readonly admin?: PartnerAdminInput
}

/** The step is valid; normalised values where the step has them. */
export interface PartnerStepValidationResponse {
  readonly valid: true
  readonly name?: string
  readonly domains?: readonly string[]
}

/** `POST /api/organisations/:id/partners` response. */
export interface RegisterPartnerResponse {
  readonly partner: Partner
  readonly invitation: PartnerInvitation
}

/** An installation linked to a partner (an active grant). */
export interface PartnerGrant {
  readonly id: string
  readonly installation_id: string
  readonly installation_name: string
  readonly group_id: string
  readonly group_name: string
  readonly lookup_key: string
  readonly permissions: readonly string[]
  readonly created_at: string
  readonly created_by: string | null
}

/** `GET /api/partners/:id/grants` response. */
export interface PartnerGrantListResponse extends Page<PartnerGrant> {}

/** What still gives a partner access; also the `remaining` member of `partner_has_access`. */
export interface PartnerRemainingAccess {
  readonly grants: readonly { readonly id: string; readonly installation_id: string; readonly installation_name: string }[]
  readonly service_accounts: readonly { readonly id: string; readonly name: string }[]
}

/** `GET /api/partners/:id/invitations` response. */
export interface PartnerInvitationListResponse extends Page<PartnerInvitation> {}

/** `POST /api/partners/:id/invitations` body (partner admins). */
export interface InvitePartnerMemberRequest {
  readonly email: string
  readonly role: PartnerRole
  readonly first_name?: string
  readonly last_name?: string
}

/** `GET /api/invitations/:token` response. */
export interface EmailInvitationView {
  readonly email: string
  readonly first_name: string
  readonly last_name: string
  readonly role: PartnerRole
  readonly purpose: 'partner_admin' | 'member'
  readonly expires_at: string
  /** true: log in with this address; false: create the account. */
  readonly account_exists: boolean
  readonly partner: { readonly id: string; readonly name: string; readonly logo_url: string | null }
}

/** `POST /api/invitations/:token/accept` body: empty when logged in; name + password to create the account. */
export interface AcceptEmailInvitationRequest {
  readonly name?: string
  readonly password?: string
}

/** `POST /api/invitations/:token/accept` response. */
export interface AcceptEmailInvitationResponse {
  readonly group: { readonly id: string; readonly name: string; readonly lookup_key: string; readonly logo_url: string | null }
  readonly roles: readonly string[]
  readonly is_partner_admin: boolean
}

/** A message of the demo mailbox. */
export interface MailboxMessage {
  readonly id: string
  readonly to: string
  readonly subject: string
  readonly text: string
  readonly html: string
  readonly status: 'pending' | 'sent' | 'stored' | 'failed'
  readonly created_at: string
  /** Links to the server found in the message (the invitation link). */
  readonly links: readonly string[]
}

/** `GET /api/mailbox` response. */
export interface MailboxResponse extends Page<MailboxMessage> {}

/** Largest logo the server accepts. */
export const MAX_LOGO_BYTES = 512 * 1024

/** Logo types the server accepts, recognised by their first bytes. */
export type LogoType = 'image/png' | 'image/jpeg' | 'image/webp'

/** The image type the bytes really are (same rules as the server), or null. */
export function sniffLogoType(bytes: Uint8Array): LogoType | null {
  const at = (offset: number, ...values: number[]): boolean => values.every((v, i) => bytes[offset + i] === v)
  const text = (offset: number, s: string): boolean => at(offset, ...[...s].map((c) => c.charCodeAt(0)))
  if (at(0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a) && text(12, 'IHDR')) return 'image/png'
  if (at(0, 0xff, 0xd8, 0xff)) return 'image/jpeg'
  if (text(0, 'RIFF') && text(8, 'WEBP') && text(12, 'VP8')) return 'image/webp'
  return null
}
