/**
 * @module domain/grants
 * Changing and ending a grant. The installation's owner or admin narrows it (drops permissions
 * without revoking it; widening takes the partner's new access request and the owner's consent)
 * or revokes it; an admin of the group relinquishes it. Either takes effect at once for every
 * member and token (every check reads the grant's current state), and `grant.updated` or
 * `grant.revoked` is recorded with the permissions.
 */
import { DomainError, ForbiddenError, NotFoundError } from '../errors.js';
import type { GrantView } from './model/grant.js';
import type { Store } from './model/store.js';
import type { User } from './model/user.js';
import { mayOnInstallation } from './access-policy.js';
import { recordEvent } from './events.js';
import { normalisePermissions } from './permissions.js';

/** 422: PATCH may only narrow; a permission the grant does not hold takes a new access request. */
export class GrantWideningError extends DomainError {
  constructor(missing: readonly string[]) {
    super(
      'grant_widening_requires_consent',
      422,
      `The grant does not hold ${missing.join(', ')}; a grant is widened only by the partner's new access request and the owner's consent.`,
      { permissions: missing },
    );
  }
}

/**
 * Narrows a grant to `permissions` (known names, checked by the caller; `installation:read` is
 * implied and kept). The installation's owner or admin only (others: 404). No change: the grant
 * as it is, no event.
 */
export async function narrowGrant(
  store: Store,
  { grantId, user, permissions, now }: { grantId: string; user: User; permissions: readonly string[]; now: Date },
): Promise<GrantView> {
  return store.transaction(async (tx) => {
    const grant = await tx.grants.findById(grantId);
    if (!grant || grant.revokedAt || !(await mayOnInstallation(tx, { kind: 'user', user }, grant.installationId, 'manage'))) throw new NotFoundError('grant');
    // Locked: two changes at once apply in turn, each to what the other left.
    const held = await tx.grants.lockActive(grant.id);
    if (!held) throw new NotFoundError('grant');
    const previous = normalisePermissions(held.permissions);
    const next = normalisePermissions(permissions);
    const missing = next.filter((p) => !previous.includes(p));
    if (missing.length) throw new GrantWideningError(missing);
    if (next.length === previous.length) return { ...grant, permissions: previous };
    await tx.grants.setPermissions(grant.id, next);
    await recordEvent(tx, {
      at: now,
      actorUserId: user.id,
      actorLabel: user.name,
      type: 'grant.updated',
      groupId: grant.groupId,
      installationId: grant.installationId,
      subjectId: grant.id,
      data: { grant_id: grant.id, previous_permissions: previous, permissions: next, how: 'narrowed' },
    });
    return { ...grant, permissions: next };
  });
}

export type RevocationKind = 'revoked' | 'relinquished';

export async function revokeGrant(store: Store, { grantId, user, now }: { grantId: string; user: User; now: Date }): Promise<{ grant: GrantView; kind: RevocationKind }> {
  return store.transaction(async (tx) => {
    const grant = await tx.grants.findById(grantId);
    if (!grant || grant.revokedAt) throw new NotFoundError('grant');
    let kind: RevocationKind;
    if (await mayOnInstallation(tx, { kind: 'user', user }, grant.installationId, 'manage')) {
      kind = 'revoked';
    } else {
      const membership = await tx.groups.findMembership(grant.groupId, user.id);
      if (!membership) throw new NotFoundError('grant');
      if (!membership.isAdmin) throw new ForbiddenError('not_group_admin', 'Only an administrator of the group can give up its access.');
      kind = 'relinquished';
    }
    // Conditional: when two people revoke at once, one wins and the other sees 404.
    if (!(await tx.grants.revoke(grant.id, user.id, now))) throw new NotFoundError('grant');
    await recordEvent(tx, {
      at: now,
      actorUserId: user.id,
      actorLabel: user.name,
      type: 'grant.revoked',
      groupId: grant.groupId,
      installationId: grant.installationId,
      subjectId: grant.id,
      data: { grant_id: grant.id, how: kind, permissions: normalisePermissions(grant.permissions) },
    });
    return { grant, kind };
  });
}
