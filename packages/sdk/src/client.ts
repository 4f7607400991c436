/**
 * `createApiClient()`: one typed method per JSON API endpoint of docs/ARCHITECTURE.md. Errors
 * arrive as {@link ApiError} with the problem's `code`, the HTTP `status` and the server's
 * `detail`.
 *
 * @module
 */
import { accessRequestMethods, type AccessRequestsApi } from './access-requests-client.js'
import { invitationMethods, type InvitationsApi } from './invitations-client.js'
import { emailInvitationMethods, partnerMethods, type EmailInvitationsApi, type PartnersApi } from './partners-client.js'
import { serviceAccountMethods, type ServiceAccountsApi } from './service-accounts-client.js'
import { webhookMethods, type WebhooksApi } from './webhooks-client.js'
import type { PageQuery } from './paging.js'
import { createCaller, pathSegment as segment, type ApiCaller } from './transport.js'
import type {
  AccessListResponse,
  AuditListResponse,
  ChargingHistoryResponse,
  GrantListResponse,
  EmbeddingOrigins,
  GroupDetails,
  GroupListResponse,
  InstallationDetails,
  InstallationListResponse,
  Grant,
  InstallationSettingsPatch,
  LoginRequest,
  LoginResponse,
  MeResponse,
  UpdateGrantRequest,
} from './types.js'

/** A bearer token, or a function returning a fresh one per request (e.g. a token source). */
export type BearerCredential = { readonly bearer: string | (() => string | Promise<string>) }

/** Options of {@link createApiClient}. */
export interface ApiClientOptions {
  /** The server's public URL, e.g. `https://portal.example.com`. */
  readonly baseUrl: string | URL
  /**
   * `'include'`: the browser sends the `gk_session` cookie (use on the platform's own origin or
   * a trusted one). `{ bearer }`: `Authorization: Bearer` for machines (no cookie sent).
   */
  readonly credentials?: 'include' | BearerCredential
  /** Fetch implementation (defaults to the global `fetch`). */
  readonly fetch?: typeof fetch
}

/** Grantkit JSON API client. Every method rejects with {@link ApiError} on failure. */
export interface ApiClient extends AccessRequestsApi, InvitationsApi, PartnersApi, EmailInvitationsApi, ServiceAccountsApi, WebhooksApi {
  /** `POST /api/session` — sets the `gk_session` cookie. Errors: `invalid_credentials` 401, `rate_limited` 429, `validation_failed` 400. */
  login(body: LoginRequest): Promise<LoginResponse>
  /** `DELETE /api/session`. */
  logout(): Promise<void>
  /** `GET /api/me`. Errors: `unauthenticated` 401. */
  me(): Promise<MeResponse>
  /** `GET /api/installations?cursor=&limit=` — one page (see {@link PageQuery}). */
  listInstallations(page?: PageQuery): Promise<InstallationListResponse>
  /** `GET /api/installations/:id`. Errors: `not_found` 404. */
  getInstallation(id: string): Promise<InstallationDetails>
  /** `GET /api/installations/:id/charging-history?limit=` — newest first, `limit` 1-500 (server default 100). */
  getChargingHistory(id: string, query?: { readonly limit?: number }): Promise<ChargingHistoryResponse>
  /** `PATCH /api/installations/:id/settings`. Errors: `validation_failed` 400 with `errors`. */
  updateInstallationSettings(id: string, settings: InstallationSettingsPatch): Promise<InstallationDetails>
  /** `GET /api/installations/:id/access` — users and groups (with lookup keys) that have access, one page. */
  listInstallationAccess(id: string, page?: PageQuery): Promise<AccessListResponse>
  /** `GET /api/grants?installation_id=` (installation owner/admin); without it, every installation I own or administer. */
  listGrants(query?: { readonly installation_id?: string } & PageQuery): Promise<GrantListResponse>
  /**
   * `PATCH /api/grants/:id` (installation owner/admin) — narrow a grant without revoking it;
   * `installation:read` is always kept. Answers the updated grant. Errors:
   * `grant_widening_requires_consent` 422 (a permission the grant does not hold), `not_found` 404.
   */
  updateGrant(id: string, body: UpdateGrantRequest): Promise<Grant>
  /** `DELETE /api/grants/:id` — revoke (owner/admin) or relinquish (group admin). */
  deleteGrant(id: string): Promise<void>
  /** `GET /api/groups` — one page. */
  listGroups(page?: PageQuery): Promise<GroupListResponse>
  /** `GET /api/groups/:id` (group admin). */
  getGroup(id: string): Promise<GroupDetails>
  /** `PUT /api/groups/:id/embedding-origins` (group admin): the origins that may embed its consent; replaces the list. */
  setEmbeddingOrigins(id: string, origins: readonly string[]): Promise<EmbeddingOrigins>
  /** `GET /api/groups/:id/grants` (group admin), one page. */
  listGroupGrants(id: string, page?: PageQuery): Promise<GrantListResponse>
  /** `GET /api/audit?installation_id=|group_id=|organisation_id=` — newest first, one page (follow `next_cursor` for older events). */
  listAudit(query: ({ readonly installation_id: string } | { readonly group_id: string } | { readonly organisation_id: string }) & PageQuery): Promise<AuditListResponse>
}

/**
 * Creates a client for the grantkit JSON API.
 *
 * @example
 * ```ts
 * const api = createApiClient({ baseUrl: 'https://portal.example.com', credentials: 'include' })
 * const { items } = await api.listInstallations()
 * ```
 */
export function createApiClient(options: ApiClientOptions): ApiClient {
  const credentials = options.credentials ?? 'include'
  const viaCookie = createCaller(options)
  const call: ApiCaller =
    credentials === 'include'
      ? viaCookie
      : async (method, path, init) => {
          // Resolved before the request, so a failing token source rejects with its own error.
          const token = typeof credentials.bearer === 'function' ? await credentials.bearer() : credentials.bearer
          const withBearer: typeof fetch = async (url, request) =>
            (options.fetch ?? fetch)(url, { ...request, credentials: 'omit', headers: { ...(request?.headers as Record<string, string>), authorization: `Bearer ${token}` } })
          return createCaller({ baseUrl: options.baseUrl, fetch: withBearer })(method, path, init)
        }

  return {
    login: async (body) => call('POST', '/api/session', { body }),
    logout: async () => call('DELETE', '/api/session'),
    me: async () => call('GET', '/api/me'),
    listInstallations: async (page) => call('GET', '/api/installations', { query: page }),
    getInstallation: async (id) => call('GET', `/api/installations/${segment(id)}`),
    getChargingHistory: async (id, query) =>
      call('GET', `/api/installations/${segment(id)}/charging-history`, { query }),
    updateInstallationSettings: async (id, settings) => call('PATCH', `/api/installations/${segment(id)}/settings`, { body: settings }),
    listInstallationAccess: async (id, page) => call('GET', `/api/installations/${segment(id)}/access`, { query: page }),
    listGrants: async (query) => call('GET', '/api/grants', { query }),
    updateGrant: async (id, body) => call('PATCH', `/api/grants/${segment(id)}`, { body }),
    deleteGrant: async (id) => call('DELETE', `/api/grants/${segment(id)}`),
    listGroups: async (page) => call('GET', '/api/groups', { query: page }),
    getGroup: async (id) => call('GET', `/api/groups/${segment(id)}`),
    setEmbeddingOrigins: async (id, origins) => call('PUT', `/api/groups/${segment(id)}/embedding-origins`, { body: { origins } }),
    listGroupGrants: async (id, page) => call('GET', `/api/groups/${segment(id)}/grants`, { query: page }),
    listAudit: async (query) => call('GET', '/api/audit', { query }),
    ...accessRequestMethods(call, segment),
    ...invitationMethods(call, segment),
    ...partnerMethods(call, segment),
    ...emailInvitationMethods(call, segment),
    ...serviceAccountMethods(call, segment),
    ...webhookMethods(call, segment),
  }
}
