/**
 * @module http/wire
 * Domain objects → the JSON the API sends (snake_case, RFC 3339 times), with the zod schemas
 * that document them in the OpenAPI document. Shapes follow `@grantkit/sdk/types`.
 */
import { z } from '@hono/zod-openapi';
import type { ConsentInstallation, ConsentView } from '../domain/access-requests.js';
import { nextCursorSchema, toWirePage } from './paging.js';
import { GRANT_PERMISSIONS, type GrantPermission } from '../domain/permissions.js';
import type { AuditEvent } from '../storage/audit-store.js';
import type { GrantView } from '../domain/model/grant.js';
import type { Membership } from '../domain/model/group.js';
import type { Charger, ChargingSession, Installation } from '../domain/model/installation.js';

const iso = (d: Date) => d.toISOString();

export const PermissionSchema = z.enum(GRANT_PERMISSIONS).openapi('Permission');

/** Stored permission names as the wire's enum (catalogue order; a name no longer in the catalogue is dropped). */
export function toPermissions(permissions: readonly string[]): GrantPermission[] {
  return GRANT_PERMISSIONS.filter((p) => permissions.includes(p));
}

export const GroupMembershipSchema = z
  .object({
    id: z.string().uuid(),
    name: z.string(),
    lookup_key: z.string(),
    logo_url: z.string().nullable(),
    roles: z.array(z.string()),
    is_admin: z.boolean(),
    is_partner: z.boolean().openapi({ description: 'The group is a partner registered by an organisation; its admins invite members by email' }),
  })
  .openapi('GroupMembership');

export function toMembership(m: Membership) {
  return {
    id: m.group.id,
    name: m.group.name,
    lookup_key: m.group.lookupKey,
    logo_url: m.group.logoUrl,
    roles: [...m.roles],
    is_admin: m.isAdmin,
    is_partner: m.isPartner,
  };
}

export const ChargerSchema = z
  .object({ id: z.string().uuid(), name: z.string(), serial: z.string(), max_current_a: z.number().int() })
  // Open like the SDK's `Charger`: a newer server may add members without breaking clients.
  .catchall(z.unknown())
  .openapi('Charger');

export const InstallationSettingsSchema = z
  .object({
    max_current_a: z.number().int().optional().openapi({ description: 'Maximum current the installation may draw, in amperes (6-32).' }),
    authentication_required: z.boolean().optional().openapi({ description: 'Whether chargers require authorisation before charging.' }),
  })
  .catchall(z.unknown())
  .openapi('InstallationSettings');

export const InstallationDetailsSchema = z
  .object({
    id: z.string().uuid(),
    name: z.string(),
    address: z.string(),
    settings: InstallationSettingsSchema,
    chargers: z.array(ChargerSchema),
  })
  .openapi('InstallationDetails');

export function toInstallationDetails(i: Installation, chargers: readonly Charger[]) {
  return {
    id: i.id,
    name: i.name,
    address: i.address,
    settings: { ...i.settings },
    chargers: chargers.map((c) => ({ id: c.id, name: c.name, serial: c.serial, max_current_a: c.maxCurrentA })),
  };
}

export const ChargingSessionSchema = z
  .object({
    id: z.string().uuid(),
    charger_id: z.string().uuid(),
    started_at: z.string().datetime(),
    ended_at: z.string().datetime().nullable(),
    energy_kwh: z.number(),
  })
  .openapi('ChargingSession');

export function toChargingSession(s: ChargingSession) {
  return { id: s.id, charger_id: s.chargerId, started_at: iso(s.startedAt), ended_at: s.endedAt ? iso(s.endedAt) : null, energy_kwh: s.energyKwh };
}

export const GrantSchema = z
  .object({
    id: z.string().uuid(),
    installation_id: z.string().uuid(),
    installation_name: z.string(),
    group_id: z.string().uuid(),
    group_name: z.string(),
    lookup_key: z.string(),
    logo_url: z.string().nullable(),
    permissions: z.array(PermissionSchema),
    created_at: z.string().datetime(),
    created_by: z.string().uuid().nullable().openapi({ description: 'The user who approved the access request.' }),
    created_by_name: z.string().nullable(),
  })
  .openapi('Grant');

export function toGrant(g: GrantView) {
  return {
    id: g.id,
    installation_id: g.installationId,
    installation_name: g.installationName,
    group_id: g.groupId,
    group_name: g.groupName,
    lookup_key: g.lookupKey,
    logo_url: g.groupLogoUrl,
    permissions: toPermissions(g.permissions),
    created_at: iso(g.createdAt),
    created_by: g.createdBy,
    created_by_name: g.createdByName,
  };
}

export const AuditEventSchema = z
  .object({
    id: z.string().uuid(),
    type: z.string().openapi({ example: 'grant.created' }),
    actor: z.object({ kind: z.enum(['user', 'service_account', 'system']), id: z.string().nullable(), name: z.string().nullable() }),
    installation_id: z.string().uuid().nullable(),
    group_id: z.string().uuid().nullable(),
    subject_id: z.string().nullable(),
    occurred_at: z.string().datetime(),
    data: z.record(z.string(), z.unknown()),
  })
  .openapi('AuditEvent');

export function toAuditEvent(e: AuditEvent) {
  const serviceAccount = typeof e.data.service_account_id === 'string' ? e.data.service_account_id : null;
  const kind = e.actorUserId ? ('user' as const) : serviceAccount ? ('service_account' as const) : ('system' as const);
  return {
    id: e.id,
    type: e.action,
    actor: { kind, id: e.actorUserId ?? serviceAccount, name: e.actorLabel },
    installation_id: e.installationId,
    group_id: e.groupId,
    subject_id: e.subjectId,
    occurred_at: iso(e.at),
    data: { ...e.data },
  };
}

export const ConsentInstallationSchema = z
  .object({
    id: z.string().uuid(),
    name: z.string(),
    address: z.string(),
    already_shared: z.boolean(),
    held_permissions: z.array(PermissionSchema).openapi({ description: 'What the group already holds on this installation (empty when it holds no grant).' }),
  })
  .openapi('ConsentInstallation');

export function toConsentInstallation(i: ConsentInstallation) {
  return { id: i.id, name: i.name, address: i.address, already_shared: i.alreadyShared, held_permissions: toPermissions(i.heldPermissions) };
}

export const AccessRequestViewSchema = z
  .object({
    id: z.string().uuid(),
    status: z.enum(['pending', 'approved', 'denied', 'cancelled', 'expired']),
    group: z.object({ id: z.string().uuid(), name: z.string(), logo_url: z.string().nullable(), lookup_key: z.string() }),
    partner_name: z.string().nullable(),
    permissions: z.array(PermissionSchema),
    installations: z.array(ConsentInstallationSchema).openapi({ description: 'The first page (20) of installations offered; the preselected one first.' }),
    installations_next_cursor: nextCursorSchema.openapi({ description: 'Pass as `cursor` to `GET /api/access-requests/{id}/installations` for more; null when this is all.' }),
    preselected_installation_id: z.string().uuid().nullable(),
    named_installation: z
      .object({ id: z.string().uuid(), name: z.string() })
      .nullable()
      .openapi({ description: 'The installation the link named (`installation_id`), when it is one of mine; null otherwise.' }),
    situation: z.enum(['choose', 'preselected_shared', 'preselected_unknown', 'all_shared', 'no_installations']).openapi({
      description:
        '`choose`: installations to choose from. `preselected_shared`: the named installation is already shared with this partner. ' +
        '`preselected_unknown`: the named installation is not mine or does not exist. `all_shared`: all my installations are already shared with it. ' +
        '`no_installations`: I own or administer none. In every case but `choose`, offer the way back (`POST …/cancel`).',
    }),
    locale: z.enum(['en', 'fr', 'de', 'pt', 'nb']),
    return_url: z.string().nullable(),
    show_existing: z.boolean(),
    expires_at: z.string().datetime(),
  })
  .openapi('AccessRequestView');

export function toAccessRequestView(v: ConsentView) {
  const firstPage = toWirePage(v.installations, toConsentInstallation);
  return {
    id: v.request.id,
    status: v.request.status,
    group: { id: v.group.id, name: v.group.name, logo_url: v.group.logoUrl, lookup_key: v.group.lookupKey },
    partner_name: v.request.partnerName,
    permissions: [...v.permissions],
    installations: firstPage.items,
    installations_next_cursor: firstPage.next_cursor,
    preselected_installation_id: v.preselectedInstallationId,
    named_installation: v.namedInstallation && { id: v.namedInstallation.id, name: v.namedInstallation.name },
    situation: v.situation,
    locale: v.locale,
    return_url: v.request.returnUrl,
    show_existing: v.request.showExisting,
    expires_at: iso(v.request.expiresAt),
  };
}
