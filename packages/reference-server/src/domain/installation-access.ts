/**
 * @module domain/installation-access
 * The sample platform API's rule: an installation answers its owner and admins, members of a
 * group holding an active grant that covers the action, and bearer tokens of such a group whose
 * scopes cover it. Everyone else gets 404 (no existence leak). The grant is read on every call,
 * so a revocation takes effect on the next request.
 */
import { isUuid } from '@grantkit/sdk/rules';
import { DomainError, NotFoundError } from '../errors.js';
import type { TokenPrincipal } from '../http/context.js';
import type { Grant } from '../storage/grant-store.js';
import type { Installation } from '../storage/installation-store.js';
import type { Store } from '../storage/store.js';
import type { User } from '../storage/user-store.js';
import { permissionFor, scopesCover, type Action, type GrantPermission } from './permissions.js';

export type Caller = { readonly kind: 'user'; readonly user: User } | { readonly kind: 'token'; readonly token: TokenPrincipal };

/** RFC 6750 §3.1: the token is valid but lacks the scope. */
export class InsufficientScopeError extends DomainError {
  constructor(needed: string) {
    super('insufficient_scope', 403, `This token lacks the ${needed} scope.`, { scope: needed });
  }
}

/**
 * The token rule, for reading one installation and for listing them: the group's active grant
 * covers the permission, the token is not limited to another installation (a service account's
 * data set), and a token from an approved access request is bound to that grant — a new grant
 * after a revocation does not revive it.
 */
function tokenReaches(token: TokenPrincipal, grant: Grant, needed: GrantPermission): boolean {
  if (token.installationId !== null && token.installationId !== grant.installationId) return false;
  if (token.grantId !== null && token.grantId !== grant.id) return false;
  return grant.permissions.includes(needed);
}

export async function requireInstallationFor(store: Store, caller: Caller, installationId: string, action: Action): Promise<Installation> {
  if (!isUuid(installationId)) throw new NotFoundError('installation');
  const installation = await store.installations.findById(installationId);
  if (!installation) throw new NotFoundError('installation');
  const needed = permissionFor(action);

  if (caller.kind === 'token') {
    const { token } = caller;
    const group = await store.groups.findById(token.groupId);
    const grant = group && !group.deactivatedAt ? await store.grants.findActive(token.groupId, installationId) : undefined;
    if (!grant || !tokenReaches(token, grant, needed)) throw new NotFoundError('installation');
    if (!scopesCover(token.scopes, action)) throw new InsufficientScopeError(needed);
    return installation;
  }

  if (await store.installations.userRole(installationId, caller.user.id)) return installation;
  const memberships = new Set((await store.groups.listMemberships(caller.user.id)).map((m) => m.group.id));
  const grants = await store.grants.listForInstallation(installationId);
  if (grants.some((g) => memberships.has(g.groupId) && g.permissions.includes(needed))) return installation;
  throw new NotFoundError('installation');
}

export interface ReachableInstallation extends Installation {
  /** `group` when reached through a group's grant. */
  readonly role: 'owner' | 'admin' | 'group';
}

/**
 * The installations a caller may read (GET /api/installations). A person: those they own or
 * administer, then those reached through their groups' grants. A token: its group's active
 * grants that `tokenReaches` allows — the same rule as reading one, read on every call, so a
 * revoked grant disappears from the next answer.
 */
export async function listReachableInstallations(store: Store, caller: Caller): Promise<ReachableInstallation[]> {
  if (caller.kind === 'token') {
    const { token } = caller;
    if (!scopesCover(token.scopes, 'read')) throw new InsufficientScopeError(permissionFor('read'));
    const group = await store.groups.findById(token.groupId);
    if (!group || group.deactivatedAt) return [];
    const grants = (await store.grants.listForGroup(token.groupId)).filter((g) => tokenReaches(token, g, permissionFor('read')));
    const installations = await store.installations.listByIds(grants.map((g) => g.installationId));
    return installations.map((i) => ({ ...i, role: 'group' as const }));
  }
  const own = await store.installations.listOwnedOrAdministered(caller.user.id);
  const ownIds = new Set(own.map((i) => i.id));
  const viaGroups = (await store.installations.listViaGroups(caller.user.id)).filter((i) => !ownIds.has(i.id));
  return [...own, ...viaGroups.map(({ groupId: _, ...i }) => ({ ...i, role: 'group' as const }))];
}
