/**
 * @module domain/grants
 * Ending a grant: the installation's owner or admin revokes it, or an admin of the group
 * relinquishes it. Either way it ends at once for every member and token (every check reads the
 * grant's current state), and `grant.revoked` is recorded.
 */
import { ForbiddenError, NotFoundError } from '../errors.js';
import type { GrantView } from './model/grant.js';
import type { Store } from './model/store.js';
import type { User } from './model/user.js';
import { mayOnInstallation } from './access-policy.js';
import { recordEvent } from './events.js';

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
      data: { grant_id: grant.id, how: kind },
    });
    return { grant, kind };
  });
}
