/**
 * @module
 * The consent card's calls (`/api/access-requests/…`): read a pending request, page through or
 * search the installations it offers, approve, deny, or go back to the partner (cancel). Shared
 * by `createApiClient()` and the small `createAccessRequestsClient()`.
 */
import { createCaller, pathSegment, type ApiCaller } from './transport.js'
import type {
  AccessRequestView,
  ApproveAccessRequest,
  ApproveAccessResponse,
  CancelAccessRequest,
  CancelAccessResponse,
  ConsentInstallationPage,
  ConsentInstallationQuery,
  DenyAccessResponse,
} from './types.js'

/** The access-request methods of {@link ApiClient}. */
export interface AccessRequestsApi {
  /**
   * `GET /api/access-requests/:id`. Errors: `access_request_not_found` 404, `access_request_expired` 410
   * (its problem's `redirect_url`, in the error's `cause`, is the way back to the partner), `access_request_decided` 409.
   */
  getAccessRequest(id: string): Promise<AccessRequestView>
  /** `POST /api/access-requests/:id/approve`. Errors as above, plus `validation_failed` 400 for a bad installation. */
  approveAccessRequest(id: string, body: ApproveAccessRequest): Promise<ApproveAccessResponse>
  /** `POST /api/access-requests/:id/deny`. */
  denyAccessRequest(id: string): Promise<DenyAccessResponse>
  /**
   * `GET /api/access-requests/:id/installations?q=&cursor=&limit=` — more of the installations
   * offered, or a search (name or address). Errors as `getAccessRequest`, plus `validation_failed`
   * 400 (`invalid_cursor`) for a cursor the list never returned.
   */
  listAccessRequestInstallations(id: string, query?: ConsentInstallationQuery): Promise<ConsentInstallationPage>
  /**
   * `POST /api/access-requests/:id/cancel` — back to the partner without deciding
   * (`already_shared` or `cancelled`). Idempotent: a second call answers the same `redirect_url`.
   */
  cancelAccessRequest(id: string, body: CancelAccessRequest): Promise<CancelAccessResponse>
}

export function accessRequestMethods(call: ApiCaller, segment: (value: string) => string): AccessRequestsApi {
  const path = (id: string, action = ''): string => `/api/access-requests/${segment(id)}${action}`
  return {
    getAccessRequest: async (id) => call('GET', path(id)),
    approveAccessRequest: async (id, body) => call('POST', path(id, '/approve'), { body }),
    denyAccessRequest: async (id) => call('POST', path(id, '/deny')),
    listAccessRequestInstallations: async (id, query = {}) =>
      call('GET', path(id, '/installations'), { query: { q: query.q, cursor: query.cursor, limit: query.limit?.toString() } }),
    cancelAccessRequest: async (id, body) => call('POST', path(id, '/cancel'), { body }),
  }
}

export interface AccessRequestsClientOptions {
  /** The platform's origin (the consent page's own, usually). */
  readonly baseUrl: string | URL
  /** Fetch implementation (defaults to the global `fetch`). */
  readonly fetch?: typeof fetch
}

/**
 * A small cookie-session client with only the access-request methods, for the consent card: it
 * leaves out the rest of `createApiClient()`'s methods, which keeps `<gk-consent>` within its
 * size budget. Same errors as `createApiClient()`.
 *
 * @example
 * ```ts
 * const api = createAccessRequestsClient({ baseUrl: location.origin })
 * const { items, next_cursor } = await api.listAccessRequestInstallations(requestId, { q: 'cabin' })
 * ```
 */
export function createAccessRequestsClient(options: AccessRequestsClientOptions): AccessRequestsApi {
  return accessRequestMethods(createCaller(options), pathSegment)
}
