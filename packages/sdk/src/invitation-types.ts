/**
 * Wire types of invitation codes, role catalogues and members (docs/ARCHITECTURE.md, "Invitation
 * codes and members"), and the code layout helpers the redeem form uses.
 *
 * @module
 */
import type { Page, PageQuery } from './paging.js'

/** Where a role puts its holder: `admin` roles only allow inviting and managing others; `user` roles use the services. */
export type RoleKind = 'admin' | 'user'

/** One role of a group's catalogue. */
export interface Role {
  readonly key: string
  readonly name: string
  readonly kind: RoleKind
  /** Cannot be combined with another role (shown with `*`). */
  readonly exclusive: boolean
}

/** `GET /api/groups/:id/roles` response. */
export interface RoleListResponse {
  readonly items: readonly Role[]
}

/** A group as invitation codes name it. */
export interface GroupRef {
  readonly id: string
  readonly name: string
  readonly lookup_key: string
}

/** Status of a code; `expired` is computed by the server from `expires_at`. */
export type InvitationCodeStatus = 'valid' | 'used' | 'deactivated' | 'expired'

/** Every status, in the order filters list them. */
export const INVITATION_CODE_STATUSES: readonly InvitationCodeStatus[] = ['valid', 'used', 'deactivated', 'expired']

/** One invitation code as the management table shows it. */
export interface InvitationCode {
  readonly id: string
  /** `xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`, lowercase hex. */
  readonly code: string
  readonly batch_id: string
  readonly group: GroupRef
  /** `partner` for groups registered under an organisation. */
  readonly mode: 'group' | 'partner'
  readonly roles: readonly string[]
  readonly created_by: { readonly id: string | null; readonly name: string }
  readonly created_at: string
  readonly expires_at: string
  readonly status: InvitationCodeStatus
  readonly used_by: { readonly id: string | null; readonly name: string; readonly email: string | null } | null
  readonly used_at: string | null
  readonly deactivated_at: string | null
}

/** `POST /api/groups/:id/invitation-codes` request. */
export interface CreateInvitationCodesRequest {
  /** 1-10 (default 1). */
  readonly count?: number
  /** 1-90 (default 10). */
  readonly validity_days?: number
  /** At least one role key; an exclusive role alone. */
  readonly roles: readonly string[]
}

/** `POST /api/groups/:id/invitation-codes` 201 response. */
export interface CreatedInvitationCodes {
  readonly batch_id: string
  readonly group: GroupRef
  readonly roles: readonly Role[]
  readonly expires_at: string
  readonly items: readonly InvitationCode[]
  /** "Copy all codes": the group, the validity date and every code, one per line. */
  readonly copy_text: string
}

/** `GET /api/invitation-codes` query: filters and a page (`limit` default 20). */
export interface InvitationCodeListQuery extends PageQuery {
  readonly status?: InvitationCodeStatus | undefined
  readonly group_id?: string | undefined
}

/** `GET /api/invitation-codes` response: newest first. */
export interface InvitationCodeListResponse extends Page<InvitationCode> {
  /** Codes matching the filters, over every page. */
  readonly total: number
}

/**
 * What redeeming a code did: `joined` (the user became a member), `roles_added` (a member gained
 * roles of the code; the code is used up) or `already_member` (the member already has every role
 * of the code: the code was not used, nothing changed).
 */
export type RedemptionOutcome = 'joined' | 'roles_added' | 'already_member'

/** `POST /api/invitation-codes/redeem` response. */
export interface RedeemInvitationCodeResponse {
  readonly outcome: RedemptionOutcome
  readonly group: GroupRef & { readonly logo_url: string | null }
  /** Every role the membership has now (merged with any it had). */
  readonly roles: readonly Role[]
  /** Role keys this code added (empty for `already_member`). */
  readonly roles_added: readonly string[]
  readonly is_admin: boolean
}

/** A member of a group. */
export interface Member {
  readonly user_id: string
  readonly name: string
  readonly email: string
  readonly roles: readonly string[]
  readonly is_admin: boolean
  readonly joined_at: string
}

/** `GET /api/groups/:id/members` response. */
export interface MemberListResponse extends Page<Member> {}

/** The code layout: 8-4-4-4-12 lowercase hex. */
export const INVITATION_CODE_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

/** A layout example for hints. */
export const INVITATION_CODE_EXAMPLE = '00u0a0aa-0000-0000-000a-00000000aa66'

/**
 * Finds an invitation code in pasted text: a bare code (any case, surrounding spaces) or a
 * "copy all" text that names the group and the date around it. Returns the first code,
 * lower-cased, or null when there is none.
 *
 * @example
 * ```ts
 * extractInvitationCode('Invitation code for Acme (TZBV)\nValid until: 2026-12-01\n\n0601152C-6AA0-4F6D-5E85-464249405207')
 * // → '0601152c-6aa0-4f6d-5e85-464249405207'
 * ```
 */
export function extractInvitationCode(text: string): string | null {
  const match = /(?:^|[^0-9a-f-])([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![0-9a-f-])/i.exec(text)
  return match ? match[1]!.toLowerCase() : null
}
