/**
 * @module domain/installation-access
 * The sample platform API's rule: an installation answers its owner and admins, members of a
 * group holding an active grant that covers the action, and bearer tokens of such a group whose
 * scopes cover it. Everyone else gets 404 (no existence leak). The grant is read on every call,
 * so a revocation takes effect on the next request.
 */
import { DomainError, NotFoundError } from '../errors.js';
import type { TokenPrincipal } from '../http/context.js';
import type { Installation } from '../storage/installation-store.js';
import type { Store } from '../storage/store.js';
import type { User } from '../storage/user-store.js';
import { permissionFor, scopesCover, type Action } from './permissions.js';

export type Caller = { readonly kind: 'user'; readonly user: User } | { readonly kind: 'token'; readonly token: TokenPrincipal };

/** RFC 6750 §3.1: the token is valid but lacks the scope. */
export class InsufficientScopeError extends DomainError {
  constructor(needed: string) {
    super('insufficient_scope', 403, `This token lacks the ${needed} scope.`, { scope: needed });
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function requireInstallationFor(store: Store, caller: Caller, installationId: string, action: Action): Promise<Installation> {
  if (!UUID.test(installationId)) throw new NotFoundError('installation');
  const installation = await store.installations.findById(installationId);
  if (!installation) throw new NotFoundError('installation');
  const needed = permissionFor(action);

  if (caller.kind === 'token') {
    const { token } = caller;
    if (token.installationId !== null && token.installationId !== installationId) throw new NotFoundError('installation');
    const group = await store.groups.findById(token.groupId);
    const grant = group && !group.deactivatedAt ? await store.grants.findActive(token.groupId, installationId) : undefined;
    // A token from an approved access request is bound to that grant: a new grant after a
    // revocation does not revive it.
    if (!grant || (token.grantId !== null && token.grantId !== grant.id)) throw new NotFoundError('installation');
    if (!grant.permissions.includes(needed)) throw new NotFoundError('installation');
    if (!scopesCover(token.scopes, action)) throw new InsufficientScopeError(needed);
    return installation;
  }

  if (await store.installations.userRole(installationId, caller.user.id)) return installation;
  const memberships = new Set((await store.groups.listMemberships(caller.user.id)).map((m) => m.group.id));
  const grants = await store.grants.listForInstallation(installationId);
  if (grants.some((g) => memberships.has(g.groupId) && g.permissions.includes(needed))) return installation;
  throw new NotFoundError('installation');
}
