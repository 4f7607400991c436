/**
 * @module http/routes/invitation-schemas
 * Wire schemas of invitation codes, roles and members (snake_case), and the row → wire mapping.
 */
import { z } from '@hono/zod-openapi';
import type { MemberView } from '../../domain/members.js';
import type { GroupRole } from '../../domain/model/group.js';
import { effectiveStatus, INVITATION_CODE_STATUSES, type InvitationCode } from '../../domain/model/invitation-code.js';

export const RoleSchema = z
  .object({
    key: z.string(),
    name: z.string(),
    kind: z.enum(['admin', 'user']).openapi({ description: 'admin roles only allow inviting and managing others; user roles allow using the services' }),
    exclusive: z.boolean().openapi({ description: 'Cannot be combined with another role (shown with `*`)' }),
  })
  .openapi('Role');

export const GroupRefSchema = z.object({ id: z.string().uuid(), name: z.string(), lookup_key: z.string() }).openapi('GroupRef');

export const InvitationCodeSchema = z
  .object({
    id: z.string().uuid(),
    code: z.string().openapi({ example: '0601152c-6aa0-4f6d-5e85-464249405207' }),
    batch_id: z.string().uuid(),
    group: GroupRefSchema,
    mode: z.enum(['group', 'partner']),
    roles: z.array(z.string()),
    created_by: z.object({ id: z.string().uuid().nullable(), name: z.string() }),
    created_at: z.string().datetime(),
    expires_at: z.string().datetime(),
    status: z.enum(INVITATION_CODE_STATUSES as ['valid', 'used', 'deactivated', 'expired']),
    used_by: z.object({ id: z.string().uuid().nullable(), name: z.string(), email: z.string().nullable() }).nullable(),
    used_at: z.string().datetime().nullable(),
    deactivated_at: z.string().datetime().nullable(),
  })
  .openapi('InvitationCode');

export const MemberSchema = z
  .object({
    user_id: z.string().uuid(),
    name: z.string(),
    email: z.string(),
    roles: z.array(z.string()),
    is_admin: z.boolean(),
    joined_at: z.string().datetime(),
  })
  .openapi('Member');

export const toRole = (r: GroupRole) => ({ key: r.key, name: r.name, kind: r.kind, exclusive: r.exclusive });

export const toWireCode = (c: InvitationCode, now: Date) => ({
  id: c.id,
  code: c.code,
  batch_id: c.batchId,
  group: { id: c.groupId, name: c.groupName, lookup_key: c.groupLookupKey },
  mode: c.mode,
  roles: [...c.roles],
  created_by: { id: c.createdBy, name: c.createdByName },
  created_at: c.createdAt.toISOString(),
  expires_at: c.expiresAt.toISOString(),
  status: effectiveStatus(c, now),
  used_by: c.usedAt ? { id: c.usedBy, name: c.usedByName ?? '', email: c.usedByEmail } : null,
  used_at: c.usedAt?.toISOString() ?? null,
  deactivated_at: c.deactivatedAt?.toISOString() ?? null,
});

export const toWireMember = (m: MemberView) => ({
  user_id: m.userId,
  name: m.name,
  email: m.email,
  roles: [...m.roles],
  is_admin: m.isAdmin,
  joined_at: m.createdAt.toISOString(),
});
