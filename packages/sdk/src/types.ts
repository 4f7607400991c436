/**
 * Wire types of the grantkit JSON API and return trip, exactly as they travel (snake_case,
 * readonly). The reference server imports them with `import type`; see docs/ARCHITECTURE.md.
 *
 * @module
 */
import type { Page } from './paging.js'
import type { OAuthErrorCode, ProblemCode } from './problem-catalogue.js'

/** Locales the access-request page and the elements support (BCP 47 primary tags). */
export const SUPPORTED_LOCALES = ['en', 'fr', 'de', 'pt', 'nb'] as const
/** One of {@link SUPPORTED_LOCALES}. */
export type Locale = (typeof SUPPORTED_LOCALES)[number]

import { GRANT_PERMISSIONS, type GrantPermission } from './grant-permissions.js'

export { GRANT_PERMISSIONS, type GrantPermission }

/**
 * One RFC 9396 authorization details object (§2) as grantkit accepts and issues it: `type`
 * `installation`, `actions` from {@link GRANT_PERMISSIONS}, and optionally the one installation
 * it is about (`identifier`). Access tokens carry them in the `authorization_details` claim (§9).
 */
export interface InstallationAuthorizationDetail {
  readonly type: 'installation'
  readonly actions: readonly GrantPermission[]
  /** The installation's id; absent when asking (any installation the owner chooses). */
  readonly identifier?: string
}

/** Alphabet of lookup keys: no 0/O, 1/I, so keys survive being read aloud or retyped. */
export const LOOKUP_KEY_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'

// ---------------------------------------------------------------------------------------------
// Errors (RFC 9457 and RFC 6749 §5.2)

/** One invalid field of a `validation_failed` problem. */
export interface ProblemFieldError {
  readonly field: string
  readonly code: string
  readonly message: string
}

/** `application/problem+json` body (RFC 9457 §3) with grantkit's stable `code`. */
export interface Problem {
  /** `https://grantkit.dev/problems/<code>` */
  readonly type: string
  readonly title: string
  readonly status: number
  readonly detail: string
  /** One of the catalogue's codes (`@grantkit/sdk/problems`). */
  readonly code: ProblemCode
  readonly errors?: readonly ProblemFieldError[]
  /**
   * `access_request_expired`: the way back to the partner (its return URL with
   * `success=false&error=expired`), when the request has one.
   */
  readonly redirect_url?: string
  readonly [extension: string]: unknown
}

/** OAuth error body on `/oauth/*` (RFC 6749 §5.2). */
export interface OAuthErrorBody {
  readonly error: OAuthErrorCode
  readonly error_description?: string
}

// ---------------------------------------------------------------------------------------------
// Session and identity

/** `POST /api/session` request. */
export interface LoginRequest {
  readonly email: string
  readonly password: string
}

/** A person with a login. */
export interface User {
  readonly id: string
  readonly email: string
  readonly name: string
}

/** `POST /api/session` 200 response. */
export interface LoginResponse {
  readonly user: User
}

/** A group as seen by one of its members. */
export interface GroupMembership {
  readonly id: string
  readonly name: string
  readonly lookup_key: string
  readonly logo_url: string | null
  readonly roles: readonly string[]
  readonly is_admin: boolean
  /** The group is a partner registered by an organisation (its admins invite its members by email). */
  readonly is_partner: boolean
}

/** `GET /api/me` response. */
export interface MeResponse {
  readonly user: User
  readonly groups: readonly GroupMembership[]
}

/** `GET /api/groups` response. */
export interface GroupListResponse extends Page<GroupMembership> {}

/** `GET /api/groups/:id` response (group admins only). */
export interface GroupDetails {
  readonly id: string
  readonly name: string
  readonly logo_url: string | null
  readonly lookup_key: string
  readonly return_urls: readonly string[]
  /** Origins that may frame the group's consent (`display=embedded`), sorted. */
  readonly embedding_origins: readonly string[]
  readonly members_count: number
  /**
   * What the group's access-request links ask for when they name neither `permissions` nor
   * `authorization_details` (catalogue order, `installation:read` included; the whole catalogue
   * unless an admin changed it). Optional in the type only so that older mocks still compile;
   * the server always sends it.
   */
  readonly default_permissions?: readonly GrantPermission[]
}

/** `PATCH /api/groups/:id` request (group admins): the group's settings; answers {@link GroupDetails}. */
export interface UpdateGroupRequest {
  /** The default permission set; `installation:read` is implied and always kept. */
  readonly default_permissions?: readonly GrantPermission[]
}

/**
 * `PUT /api/groups/:id/embedding-origins` request and response (group admins): the exact
 * origins (https, or http on loopback; no wildcard or path; at most 10) that may embed the
 * group's consent. Replaces the list; an empty list stops embedding.
 */
export interface EmbeddingOrigins {
  readonly origins: readonly string[]
}

// ---------------------------------------------------------------------------------------------
// Installations

/** How the caller relates to an installation. */
export type InstallationRole = 'owner' | 'admin' | 'group'

/** One row of `GET /api/installations`. */
export interface InstallationSummary {
  readonly id: string
  readonly name: string
  readonly address: string
  readonly role: InstallationRole
}

/** `GET /api/installations` response. */
export interface InstallationListResponse extends Page<InstallationSummary> {}

/** Installation-wide settings; the server may add members. */
export interface InstallationSettings {
  /** Maximum current the installation may draw, in amperes (6–32). */
  readonly max_current_a?: number
  /** Whether chargers require authorisation before charging. */
  readonly authentication_required?: boolean
  readonly [setting: string]: unknown
}

/** A charger connected to an installation. */
export interface Charger {
  readonly id: string
  readonly name: string
  readonly serial: string
  /** Maximum current of this charger, in amperes. */
  readonly max_current_a: number
  readonly [member: string]: unknown
}

/** `GET /api/installations/:id` and `PATCH /api/installations/:id/settings` response. */
export interface InstallationDetails {
  readonly id: string
  readonly name: string
  readonly address: string
  readonly settings: InstallationSettings
  readonly chargers: readonly Charger[]
}

/** `PATCH /api/installations/:id/settings` request body: the settings to change (at least one; no others). */
export interface InstallationSettingsPatch {
  /** New display name, 1–100 characters. */
  readonly name?: string
  /** Maximum current the installation may draw, in amperes (6–32). */
  readonly max_current_a?: number
  /** Whether chargers require authorisation before charging. */
  readonly authentication_required?: boolean
}

/** One charging session. Times are RFC 3339. */
export interface ChargingSession {
  readonly id: string
  readonly charger_id: string
  readonly started_at: string
  readonly ended_at: string | null
  readonly energy_kwh: number
}

/** `GET /api/installations/:id/charging-history` response. */
export interface ChargingHistoryResponse {
  readonly items: readonly ChargingSession[]
}

/** A user with access to an installation. */
export interface UserAccessEntry {
  readonly kind: 'user'
  readonly id: string
  readonly name: string
  readonly email: string
  readonly role: 'owner' | 'admin'
  /** Since when (RFC 3339). */
  readonly since: string
  /** Who gave this access, when known. */
  readonly granted_by: { readonly id: string; readonly name: string } | null
}

/** A group with access to an installation through a grant. */
export interface GroupAccessEntry {
  readonly kind: 'group'
  readonly id: string
  readonly name: string
  readonly lookup_key: string
  readonly logo_url: string | null
  readonly grant_id: string
  readonly granted_at: string
  readonly since: string
  /** The user who approved the access request, when known. */
  readonly granted_by: { readonly id: string; readonly name: string } | null
}

/** One row of `GET /api/installations/:id/access`. */
export type AccessEntry = UserAccessEntry | GroupAccessEntry

/** `GET /api/installations/:id/access` response. */
export interface AccessListResponse extends Page<AccessEntry> {}

// ---------------------------------------------------------------------------------------------
// Grants

/** A group × installation grant: one per pair, holding the permissions the owner consented to. */
export interface Grant {
  readonly id: string
  readonly installation_id: string
  readonly installation_name: string
  readonly group_id: string
  readonly group_name: string
  readonly lookup_key: string
  readonly logo_url: string | null
  readonly permissions: readonly GrantPermission[]
  readonly created_at: string
  /** The user who approved the access request. */
  readonly created_by: string | null
  readonly created_by_name: string | null
}

/**
 * `PATCH /api/grants/:id` request (the installation's owner or an admin): narrow the grant to
 * these permissions without revoking it. Only narrowing: a permission the grant does not hold
 * is refused (`grant_widening_requires_consent`, 422; widening takes a new access request).
 * `installation:read` is implied and always kept. Answers the updated {@link Grant}.
 */
export interface UpdateGrantRequest {
  readonly permissions: readonly GrantPermission[]
}

/** `GET /api/grants?installation_id=` and `GET /api/groups/:id/grants` response. */
export interface GrantListResponse extends Page<Grant> {}

// ---------------------------------------------------------------------------------------------
// Access requests

/** Lifecycle of an access request. */
export type AccessRequestStatus = 'pending' | 'approved' | 'denied' | 'cancelled' | 'expired'

/**
 * What the consent card has to say before anyone chooses: `choose` (installations to choose
 * from), `preselected_shared` (the installation the link named is already shared with the
 * partner), `preselected_unknown` (the link named one that is not mine, or none at all),
 * `all_shared` (all my installations are already shared with it), `no_installations` (I own or
 * administer none). In every case but `choose` the card offers "Back to the partner"
 * (`cancelAccessRequest`).
 */
export type ConsentSituation = 'choose' | 'preselected_shared' | 'preselected_unknown' | 'all_shared' | 'no_installations'

/** An installation offered on the consent card. */
export interface ConsentInstallation {
  readonly id: string
  readonly name: string
  readonly address: string
  /**
   * The requesting group already holds everything asked on it (listed only with
   * `show_existing`). An installation whose grant holds less than is asked is offered, with
   * `held_permissions`; approving widens that grant.
   */
  readonly already_shared: boolean
  /** What the group already holds on this installation (empty when it holds no grant). */
  readonly held_permissions: readonly GrantPermission[]
}

/** `GET /api/access-requests/:id` response: what `<gk-consent>` renders. */
export interface AccessRequestView {
  readonly id: string
  readonly status: AccessRequestStatus
  readonly group: {
    readonly id: string
    readonly name: string
    readonly logo_url: string | null
    readonly lookup_key: string
  }
  readonly partner_name: string | null
  /**
   * What the partner asks for (the link's `permissions` or `authorization_details`, else the
   * group's default set), in catalogue order; `installation:read` is always included.
   */
  readonly permissions: readonly GrantPermission[]
  /** The first page (20) of the installations offered, the preselected one first. */
  readonly installations: readonly ConsentInstallation[]
  /** Pass as `cursor` to `listAccessRequestInstallations` for more; null when this is all. */
  readonly installations_next_cursor: string | null
  readonly preselected_installation_id: string | null
  /** The installation the link named, when it is one of mine (so the card can name it). */
  readonly named_installation: { readonly id: string; readonly name: string } | null
  readonly situation: ConsentSituation
  readonly locale: Locale
  readonly return_url: string | null
  readonly show_existing: boolean
  readonly expires_at: string
}

/** `POST /api/access-requests/:id/approve` request. */
export interface ApproveAccessRequest {
  readonly installation_id: string
}

/** `POST /api/access-requests/:id/approve` response. */
export interface ApproveAccessResponse {
  /** Where to send the browser: the return URL with the return-trip parameters, or a receipt. */
  readonly redirect_url: string
  readonly grant_id: string
}

/** `POST /api/access-requests/:id/deny` response. */
export interface DenyAccessResponse {
  readonly redirect_url: string
}

/** `GET /api/access-requests/:id/installations` response: one page of the installations offered. */
export interface ConsentInstallationPage {
  readonly items: readonly ConsentInstallation[]
  readonly next_cursor: string | null
}

/** `GET /api/access-requests/:id/installations` query. */
export interface ConsentInstallationQuery {
  /** Text to find in the name or address (case-insensitive). */
  readonly q?: string
  /** `next_cursor` of the previous page. */
  readonly cursor?: string
  /** 1–100, default 20. */
  readonly limit?: number
}

/** `POST /api/access-requests/:id/cancel` request: why the person went back to the partner. */
export interface CancelAccessRequest {
  readonly reason: 'already_shared' | 'cancelled'
}

/** `POST /api/access-requests/:id/cancel` response. */
export interface CancelAccessResponse {
  readonly redirect_url: string
}

// ---------------------------------------------------------------------------------------------
// Audit

/** One audit event. */
export interface AuditEvent {
  readonly id: string
  readonly type: string
  readonly actor: { readonly kind: 'user' | 'service_account' | 'system'; readonly id: string | null; readonly name: string | null }
  readonly installation_id: string | null
  readonly group_id: string | null
  /** The object the event is about (grant, code, service account…), when not the above. */
  readonly subject_id: string | null
  readonly occurred_at: string
  readonly data: { readonly [key: string]: unknown }
}

/** `GET /api/audit` response. */
export interface AuditListResponse extends Page<AuditEvent> {}

// ---------------------------------------------------------------------------------------------
// Return trip and OAuth

/** Query parameters of the access-request page (canonical names). */
export interface AccessRequestQuery {
  readonly installation_id?: string
  readonly locale?: Locale
  readonly return_url?: string
  readonly partner_name?: string
  readonly show_existing?: 'true'
  readonly state?: string
  readonly code_challenge?: string
  readonly code_challenge_method?: 'S256'
  /** Comma-separated {@link GrantPermission} names; without it (and `authorization_details`) the group's default set. */
  readonly permissions?: string
  /** RFC 9396 JSON: an array of {@link InstallationAuthorizationDetail}. */
  readonly authorization_details?: string
}

/** Parameters the return URL receives after approval. */
export interface ApprovedReturnParams {
  readonly success: 'true'
  readonly installation_id: string
  readonly lookup_key: string
  readonly grant_id: string
  readonly state?: string
  readonly iss: string
  /**
   * The outcome signed by the server (JARM §2.1): a JWT (`typ: oauth-authz-resp+jwt`) verifiable
   * with the JWKS of the metadata's `jwks_uri`; claims `iss`, `aud` (the lookup key), `iat`,
   * `exp` (minutes), and the other parameters of this return (`code` too).
   */
  readonly response: string
  /** Present when a PKCE challenge was sent. */
  readonly code?: string
}

/** Parameters the return URL receives when nothing was shared (denied, already shared, cancelled, expired). */
export interface DeniedReturnParams {
  readonly success: 'false'
  readonly error: 'access_denied' | 'already_shared' | 'cancelled' | 'expired'
  /** Human-readable, when the server sends one (RFC 6749 §4.1.2.1). */
  readonly error_description?: string
  /** `already_shared`: the installation that was named, when one was. */
  readonly installation_id?: string
  readonly lookup_key: string
  readonly state?: string
  readonly iss: string
  /**
   * The outcome signed by the server (JARM §2.1): a JWT (`typ: oauth-authz-resp+jwt`) verifiable
   * with the JWKS of the metadata's `jwks_uri`; claims `iss`, `aud` (the lookup key), `iat`,
   * `exp` (minutes), and the other parameters of this return (`code` too).
   */
  readonly response: string
}

/** Token endpoint response (RFC 6749 §5.1) with grantkit's additions for authorization_code. */
export interface TokenResponse {
  readonly access_token: string
  readonly token_type: 'Bearer'
  /** Seconds. */
  readonly expires_in: number
  /** Space-delimited scopes granted (RFC 6749 §3.3). No refresh tokens: ask again instead. */
  readonly scope: string
  readonly grant_id?: string
  readonly installation_id?: string
  readonly lookup_key?: string
  /** RFC 9396 §7: what the token allows, for tokens from an access request. */
  readonly authorization_details?: readonly InstallationAuthorizationDetail[]
}

export * from './invitation-types.js'
export * from './partner-types.js'
export * from './webhook-types.js'
