/**
 * @module http/routes/partner-schemas
 * Wire schemas (snake_case) and row → JSON mappers for organisations, partners and email
 * invitations. Shared by the partner route modules.
 */
import { z } from '@hono/zod-openapi';
import type { EmailInvitation } from '../../domain/model/email-invitation.js';
import { invitationStatus } from '../../domain/model/email-invitation.js';
import type { GrantView } from '../../domain/model/grant.js';
import type { OrganisationSummary } from '../../domain/model/organisation.js';
import type { Partner, RemainingAccess } from '../../domain/model/partner.js';

export const json = <T extends z.ZodType>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });
export const jsonBody = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } }, required: true });

export const OrganisationSchema = z
  .object({
    id: z.string().uuid(),
    name: z.string(),
    partner_limit: z.number().int().openapi({ description: 'Most active partners allowed (default 10)' }),
    active_partners: z.number().int(),
  })
  .openapi('Organisation');

export const toOrganisationJson = (o: OrganisationSummary) => ({
  id: o.id,
  name: o.name,
  partner_limit: o.partnerLimit,
  active_partners: o.activePartners,
});

export const PartnerInvitationSchema = z
  .object({
    id: z.string().uuid(),
    email: z.string(),
    first_name: z.string(),
    last_name: z.string(),
    role: z.enum(['admin', 'member']),
    purpose: z.enum(['partner_admin', 'member']),
    status: z.enum(['pending', 'used', 'expired', 'revoked']),
    created_at: z.string(),
    expires_at: z.string(),
    used_at: z.string().nullable(),
  })
  .openapi('PartnerInvitation');

export const toInvitationJson = (i: EmailInvitation, now: Date) => ({
  id: i.id,
  email: i.email,
  first_name: i.firstName,
  last_name: i.lastName,
  role: i.role,
  purpose: i.purpose,
  status: invitationStatus(i, now),
  created_at: i.createdAt.toISOString(),
  expires_at: i.expiresAt.toISOString(),
  used_at: i.usedAt?.toISOString() ?? null,
});

export const PartnerSchema = z
  .object({
    id: z.string().uuid().openapi({ description: 'The partner’s group id' }),
    organisation_id: z.string().uuid(),
    name: z.string(),
    lookup_key: z.string(),
    logo_url: z.string().nullable(),
    status: z.enum(['active', 'deactivated']),
    created_at: z.string(),
    deactivated_at: z.string().nullable(),
    domains: z.array(z.string()),
    admin: z.object({ user_id: z.string().uuid(), name: z.string(), email: z.string() }).nullable(),
    pending_admin: PartnerInvitationSchema.nullable().openapi({ description: 'An admin invitation not yet accepted' }),
    members_count: z.number().int(),
  })
  .openapi('Partner');

export const toPartnerJson = (p: Partner, pendingAdmin: EmailInvitation | undefined, now: Date) => ({
  id: p.id,
  organisation_id: p.organisationId,
  name: p.name,
  lookup_key: p.lookupKey,
  logo_url: p.logoUrl,
  status: p.deactivatedAt ? ('deactivated' as const) : ('active' as const),
  created_at: p.createdAt.toISOString(),
  deactivated_at: p.deactivatedAt?.toISOString() ?? null,
  domains: [...p.domains],
  admin: p.admin ? { user_id: p.admin.userId, name: p.admin.name, email: p.admin.email } : null,
  pending_admin: pendingAdmin ? toInvitationJson(pendingAdmin, now) : null,
  members_count: p.membersCount,
});

export const GrantSchema = z
  .object({
    id: z.string().uuid(),
    installation_id: z.string().uuid(),
    installation_name: z.string(),
    group_id: z.string().uuid(),
    group_name: z.string(),
    lookup_key: z.string(),
    permissions: z.array(z.string()),
    created_at: z.string(),
    created_by: z.string().nullable().openapi({ description: 'Name of the user who approved it; null when unknown' }),
  })
  .openapi('PartnerGrant');

export const toGrantJson = (g: GrantView) => ({
  id: g.id,
  installation_id: g.installationId,
  installation_name: g.installationName,
  group_id: g.groupId,
  group_name: g.groupName,
  lookup_key: g.lookupKey,
  permissions: [...g.permissions],
  created_at: g.createdAt.toISOString(),
  created_by: g.createdByName,
});

export const RemainingAccessSchema = z
  .object({
    grants: z.array(z.object({ id: z.string().uuid(), installation_id: z.string().uuid(), installation_name: z.string() })),
    service_accounts: z.array(z.object({ id: z.string(), name: z.string() })),
  })
  .openapi('PartnerRemainingAccess');

export const toRemainingJson = (r: RemainingAccess) => ({
  grants: r.grants.map((g) => ({ id: g.id, installation_id: g.installationId, installation_name: g.installationName })),
  service_accounts: r.serviceAccounts.map((s) => ({ id: s.id, name: s.name })),
});

export const AdminSchema = z
  .object({
    first_name: z.string().max(200),
    last_name: z.string().max(200),
    email: z.string().max(320),
  })
  .openapi('PartnerAdminInput');
