/**
 * API client methods for a group's service accounts (machine identities for the OAuth
 * `client_credentials` grant); `createApiClient()` mixes them in, and
 * `createServiceAccountsClient()` is a small cookie-session client with only these, for
 * `<gk-service-accounts>`. Errors arrive as `ApiError` with the problem's `code`.
 *
 * @module
 */
import type { Page, PageQuery } from './paging.js'
import { createCaller, pathSegment, type ApiCaller } from './transport.js'
import type { GrantListResponse, GrantPermission } from './types.js'

/** A service account as listed (the secret is never part of it). */
export interface ServiceAccount {
  readonly id: string
  readonly name: string
  /** The OAuth `client_id` (`gksa_…`). */
  readonly client_id: string
  /** `generated` (a 256-bit secret) or `password` (chosen by an admin). */
  readonly secret_kind: 'generated' | 'password'
  /** The data set: the one installation the account may reach; null for every granted one. */
  readonly installation_id: string | null
  readonly installation_name: string | null
  /**
   * Its own permission set: its tokens' scopes never exceed it (it acts within its group's
   * grants ∩ this set). Optional in the type only so that older mocks still compile; the server
   * always sends it.
   */
  readonly permissions?: readonly GrantPermission[]
  readonly created_at: string
  readonly secret_changed_at: string
  /** Written in batches: may lag a few seconds behind. */
  readonly last_used_at: string | null
}

/** `GET /api/groups/:id/service-accounts` response. */
export interface ServiceAccountListResponse extends Page<ServiceAccount> {}

/** `POST /api/groups/:id/service-accounts` body. */
export interface CreateServiceAccountRequest {
  readonly name: string
  readonly installation_id?: string | null
  /** A password of your own (12+ characters, three character classes); omit for a generated secret. */
  readonly password?: string | null
  /** Its own permission set (`installation:read` implied); omit for the whole catalogue. */
  readonly permissions?: readonly GrantPermission[] | null
}

/** Create and regenerate responses: the only time the secret is shown. */
export interface ServiceAccountSecretResponse {
  readonly service_account: ServiceAccount
  readonly client_id: string
  /** The generated secret, shown once; null when the admin chose a password. */
  readonly client_secret: string | null
  readonly token_endpoint: string
}

/** Service-account methods (group admins). */
export interface ServiceAccountsApi {
  /** `GET /api/groups/:id/service-accounts`, one page. Errors: `not_group_admin` 403, `not_found` 404. */
  listServiceAccounts(groupId: string, page?: PageQuery): Promise<ServiceAccountListResponse>
  /**
   * `POST /api/groups/:id/service-accounts`. Errors: `validation_failed` 400 (`errors[].code`
   * `weak_password`, `not_granted`, `required`, `too_long`), `service_account_name_taken` 409.
   */
  createServiceAccount(groupId: string, body: CreateServiceAccountRequest): Promise<ServiceAccountSecretResponse>
  /** `POST …/:id/regenerate` — a new secret; the old one stays valid for `grace_period_minutes` (default 0). */
  regenerateServiceAccountSecret(groupId: string, id: string, body?: { readonly grace_period_minutes?: number }): Promise<ServiceAccountSecretResponse>
  /** `PUT …/:id/password`. Errors: `validation_failed` 400 (`weak_password`), `service_account_not_found` 404. */
  changeServiceAccountPassword(groupId: string, id: string, password: string): Promise<{ readonly service_account: ServiceAccount }>
  /** `DELETE …/:id` — its tokens stop working. Errors: `service_account_not_found` 404. */
  deleteServiceAccount(groupId: string, id: string): Promise<void>
}

/** Builds the methods over `call`; `segment` encodes one path segment (and refuses empty ids). */
export function serviceAccountMethods(call: ApiCaller, segment: (value: string) => string): ServiceAccountsApi {
  const base = (groupId: string) => `/api/groups/${segment(groupId)}/service-accounts`
  return {
    listServiceAccounts: async (groupId, page) => call('GET', base(groupId), { query: page }),
    createServiceAccount: async (groupId, body) => call('POST', base(groupId), { body }),
    regenerateServiceAccountSecret: async (groupId, id, body = {}) => call('POST', `${base(groupId)}/${segment(id)}/regenerate`, { body }),
    changeServiceAccountPassword: async (groupId, id, password) => call('PUT', `${base(groupId)}/${segment(id)}/password`, { body: { password } }),
    deleteServiceAccount: async (groupId, id) => call('DELETE', `${base(groupId)}/${segment(id)}`),
  }
}

/** What {@link createServiceAccountsClient} returns: the methods plus the group's grants (the data sets to choose from). */
export interface ServiceAccountsClient extends ServiceAccountsApi {
  /** `GET /api/groups/:id/grants` — installations the group holds a grant on, one page. */
  listGroupGrants(groupId: string, page?: PageQuery): Promise<GrantListResponse>
}

/** Options of {@link createServiceAccountsClient}. */
export interface ServiceAccountsClientOptions {
  /** The server's public URL. */
  readonly baseUrl: string | URL
  readonly fetch?: typeof fetch
}

/**
 * A cookie-session client with only the service-account methods (what `<gk-service-accounts>`
 * needs; keeps the element small). Same errors as `createApiClient()`.
 *
 * @example
 * ```ts
 * const api = createServiceAccountsClient({ baseUrl: location.origin })
 * const { client_id, client_secret } = await api.createServiceAccount(groupId, { name: 'Lead export' })
 * ```
 */
export function createServiceAccountsClient(options: ServiceAccountsClientOptions): ServiceAccountsClient {
  const call = createCaller(options)
  return { ...serviceAccountMethods(call, pathSegment), listGroupGrants: async (groupId, page) => call('GET', `/api/groups/${pathSegment(groupId)}/grants`, { query: page }) }
}
