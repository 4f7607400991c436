/**
 * Seed data of the mock server, mirroring the reference server's demo seed: an installation
 * owner with two installations, the partner group "Acme Energy" (`TZBV`) with an admin and a
 * member, and a second partner group. Tests refer to these by name.
 *
 * @module
 */
import { GRANT_PERMISSIONS, type GrantPermission, type InstallationSettings } from '../types.js'

/** A user row of the mock database (the password is kept in clear: test data only). */
export interface MockUser {
  readonly id: string
  readonly email: string
  readonly name: string
  readonly password: string
}

/** A group row. `members` maps user id → roles; `admin` in roles makes a group admin. */
export interface MockGroup {
  readonly id: string
  readonly name: string
  readonly lookup_key: string
  readonly logo_url: string | null
  readonly return_urls: string[]
  /** Origins that may frame the group's consent; none unless a test registers some. */
  readonly embedding_origins?: string[]
  readonly members: { readonly user_id: string; readonly roles: readonly string[] }[]
  /** Set for a partner: the organisation that registered the group. */
  readonly organisation_id?: string | null
}

/** An installation row. */
export interface MockInstallation {
  readonly id: string
  readonly address: string
  readonly owner_id: string
  readonly admin_ids: readonly string[]
  /** RFC 3339; the owner's `since` in the access list. */
  readonly created_at: string
  name: string
  settings: InstallationSettings
  readonly chargers: readonly { readonly id: string; readonly name: string; readonly serial: string; readonly max_current_a: number }[]
}

/** A charging session row. */
export interface MockChargingSession {
  readonly id: string
  readonly installation_id: string
  readonly charger_id: string
  readonly started_at: string
  readonly ended_at: string | null
  readonly energy_kwh: number
}

/** A service account of a group (client_credentials); the secret is kept in clear: test data only. */
export interface MockServiceAccount {
  readonly client_id: string
  readonly secret: string
  readonly group_id: string
  readonly name: string
}

/** Everything the mock database starts from. */
export interface MockSeed {
  readonly users: readonly MockUser[]
  readonly groups: readonly MockGroup[]
  readonly installations: readonly MockInstallation[]
  readonly charging_sessions: readonly MockChargingSession[]
  /** Service accounts (client_credentials). */
  readonly service_accounts?: readonly MockServiceAccount[]
  /** Grants that exist from the start. */
  readonly grants?: readonly { readonly id: string; readonly group_id: string; readonly installation_id: string }[]
}

/** Default permissions of a grant (installation-wide). */
export const MOCK_PERMISSIONS: readonly GrantPermission[] = GRANT_PERMISSIONS

/** Named fixtures of the default seed. */
export const fixtures = {
  owner: { id: 'usr_owner', email: 'owner@example.com', name: 'Olivia Owner', password: 'owner-password' },
  partnerAdmin: { id: 'usr_acme_admin', email: 'admin@acme.example', name: 'Adam Acme', password: 'admin-password' },
  partnerMember: { id: 'usr_acme_member', email: 'member@acme.example', name: 'Mia Member', password: 'member-password' },
  otherUser: { id: 'usr_other', email: 'other@example.com', name: 'Oscar Other', password: 'other-password' },
  home: { id: 'ins_home', name: 'Home', address: '1 Fjord Road, 0150 Oslo' },
  cabin: { id: 'ins_cabin', name: 'Cabin', address: '7 Mountain Path, 3580 Geilo' },
  acme: {
    id: 'grp_acme',
    name: 'Acme Energy',
    lookupKey: 'TZBV',
    logoUrl: 'https://acme.example/logo.svg',
    returnUrl: 'http://localhost:5173/partner/return',
  },
  volt: { id: 'grp_volt', name: 'Volt Installers', lookupKey: 'K7QM' },
  acmeService: { clientId: 'sa_acme_backend', clientSecret: 'acme-backend-secret', name: 'Acme backend' },
} as const

/** Builds the default seed (a fresh copy every call, so tests cannot leak into each other). */
export function defaultSeed(): MockSeed {
  const { owner, partnerAdmin, partnerMember, otherUser, home, cabin, acme, volt, acmeService } = fixtures
  return {
    users: [owner, partnerAdmin, partnerMember, otherUser].map((u) => ({ ...u })),
    groups: [
      {
        id: acme.id,
        name: acme.name,
        lookup_key: acme.lookupKey,
        logo_url: acme.logoUrl,
        return_urls: [acme.returnUrl],
        members: [
          { user_id: partnerAdmin.id, roles: ['admin'] },
          { user_id: partnerMember.id, roles: ['member'] },
        ],
      },
      {
        id: volt.id,
        name: volt.name,
        lookup_key: volt.lookupKey,
        logo_url: null,
        return_urls: ['https://volt.example/return'],
        members: [{ user_id: otherUser.id, roles: ['admin'] }],
      },
    ],
    installations: [
      {
        ...home,
        owner_id: owner.id,
        admin_ids: [],
        created_at: '2026-01-10T09:00:00Z',
        settings: { max_current_a: 32, authentication_required: false },
        chargers: [
          { id: 'chg_home_1', name: 'Garage', serial: 'ZAP000101', max_current_a: 32 },
          { id: 'chg_home_2', name: 'Driveway', serial: 'ZAP000102', max_current_a: 32 },
        ],
      },
      {
        ...cabin,
        owner_id: owner.id,
        admin_ids: [],
        created_at: '2026-03-02T12:00:00Z',
        settings: { max_current_a: 16, authentication_required: true },
        chargers: [{ id: 'chg_cabin_1', name: 'Carport', serial: 'ZAP000201', max_current_a: 16 }],
      },
    ],
    charging_sessions: [
      { id: 'cs_1', installation_id: home.id, charger_id: 'chg_home_1', started_at: '2026-11-01T18:00:00Z', ended_at: '2026-11-01T22:30:00Z', energy_kwh: 24.6 },
      { id: 'cs_2', installation_id: home.id, charger_id: 'chg_home_2', started_at: '2026-11-03T07:10:00Z', ended_at: '2026-11-03T08:00:00Z', energy_kwh: 6.2 },
      { id: 'cs_3', installation_id: cabin.id, charger_id: 'chg_cabin_1', started_at: '2026-11-07T16:45:00Z', ended_at: null, energy_kwh: 3.1 },
    ],
    service_accounts: [{ client_id: acmeService.clientId, secret: acmeService.clientSecret, group_id: acme.id, name: acmeService.name }],
    grants: [],
  }
}
