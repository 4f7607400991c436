/**
 * API client methods for invitation codes, role catalogues and members; `createApiClient()`
 * mixes them in. Errors arrive as `ApiError` with the problem's `code`.
 *
 * @module
 */
import type { PageQuery } from './paging.js'
import { createCaller, pathSegment, type ApiCaller } from './transport.js'
import type { GroupListResponse } from './types.js'
import type {
  CreatedInvitationCodes,
  CreateInvitationCodesRequest,
  InvitationCode,
  InvitationCodeListQuery,
  InvitationCodeListResponse,
  Member,
  MemberListResponse,
  RedeemInvitationCodeResponse,
  RoleListResponse,
} from './invitation-types.js'

/** The request function `createApiClient()` hands in (kept here for existing imports). */
export type { ApiCaller } from './transport.js'

/** Invitation codes and members. */
export interface InvitationsApi {
  /** `GET /api/groups/:id/roles` (members of the group). */
  listGroupRoles(groupId: string): Promise<RoleListResponse>
  /**
   * `POST /api/groups/:id/invitation-codes` (group admins). Errors: `validation_failed` 400
   * (`errors[].code`: `out_of_range`, `roles_required`, `unknown_role`, `exclusive_role`),
   * `not_group_admin` 403, `not_found` 404.
   */
  createInvitationCodes(groupId: string, body: CreateInvitationCodesRequest): Promise<CreatedInvitationCodes>
  /** `GET /api/invitation-codes?cursor=&limit=` — codes of the groups I administer, newest first; `total` counts every page. */
  listInvitationCodes(query?: InvitationCodeListQuery): Promise<InvitationCodeListResponse>
  /** `POST /api/invitation-codes/:id/deactivate`. Errors: `code_already_used` 409, `code_deactivated` 410, `code_expired` 410, `not_found` 404. */
  deactivateInvitationCode(id: string): Promise<InvitationCode>
  /**
   * `POST /api/invitation-codes/redeem`. `outcome` says whether the user joined, gained roles, or
   * already had every role of the code (`already_member`: the code was not used). Errors: `code_malformed` 400, `code_unknown` 404,
   * `code_already_used` 409, `code_deactivated` 410, `code_expired` 410, `roles_conflict` 409,
   * `rate_limited` 429 (`retryAfter`), `unauthenticated` 401.
   */
  redeemInvitationCode(code: string): Promise<RedeemInvitationCodeResponse>
  /** `GET /api/groups/:id/members` (group admins), one page. */
  listMembers(groupId: string, page?: PageQuery): Promise<MemberListResponse>
  /** `PATCH /api/groups/:id/members/:userId`. Errors: `validation_failed` 400, `last_admin` 409, `not_found` 404. */
  changeMemberRoles(groupId: string, userId: string, roles: readonly string[]): Promise<Member>
  /** `DELETE /api/groups/:id/members/:userId`. Errors: `last_admin` 409, `not_found` 404. */
  removeMember(groupId: string, userId: string): Promise<void>
}

/** Builds the methods over `call`; `segment` encodes one path segment (and refuses empty ids). */
export function invitationMethods(call: ApiCaller, segment: (value: string) => string): InvitationsApi {
  return {
    listGroupRoles: async (groupId) => call('GET', `/api/groups/${segment(groupId)}/roles`),
    createInvitationCodes: async (groupId, body) => call('POST', `/api/groups/${segment(groupId)}/invitation-codes`, { body }),
    listInvitationCodes: async (query) => call('GET', '/api/invitation-codes', { query }),
    deactivateInvitationCode: async (id) => call('POST', `/api/invitation-codes/${segment(id)}/deactivate`),
    redeemInvitationCode: async (code) => call('POST', '/api/invitation-codes/redeem', { body: { code } }),
    listMembers: async (groupId, page) => call('GET', `/api/groups/${segment(groupId)}/members`, { query: page }),
    changeMemberRoles: async (groupId, userId, roles) =>
      call('PATCH', `/api/groups/${segment(groupId)}/members/${segment(userId)}`, { body: { roles } }),
    removeMember: async (groupId, userId) => call('DELETE', `/api/groups/${segment(groupId)}/members/${segment(userId)}`),
  }
}

/** What {@link createInvitationsClient} returns: the invitation methods and `listGroups`. */
export interface InvitationsClient extends InvitationsApi {
  /** `GET /api/groups` — the groups I belong to, with `is_admin`, one page. */
  listGroups(page?: PageQuery): Promise<GroupListResponse>
}

/** Options of {@link createInvitationsClient}. */
export interface InvitationsClientOptions {
  /** The server's public URL. */
  readonly baseUrl: string | URL
  /** Fetch implementation (defaults to the global `fetch`). */
  readonly fetch?: typeof fetch
}

/**
 * A small cookie-session client with only the invitation and member methods (plus
 * `listGroups`), for pages and elements that need nothing else: it leaves out the rest of
 * `createApiClient()`'s methods, which keeps `<gk-redeem-code>` and friends within their size
 * budget. Same errors as `createApiClient()`.
 *
 * @example
 * ```ts
 * const api = createInvitationsClient({ baseUrl: location.origin })
 * const joined = await api.redeemInvitationCode(code)
 * ```
 */
export function createInvitationsClient(options: InvitationsClientOptions): InvitationsClient {
  const call = createCaller(options)
  return { ...invitationMethods(call, pathSegment), listGroups: async (page) => call('GET', '/api/groups', { query: page }) }
}
