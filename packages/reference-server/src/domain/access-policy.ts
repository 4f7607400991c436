/**
 * @module domain/access-policy
 * The one answer to "what may this principal do on this installation?", for every principal:
 * a person (their own owner/admin role, or a grant held by one of their groups), and a bearer
 * token (a service account's or one from an approved access request) of a group holding a grant.
 *
 * - The owner and admins may do everything, including `manage` (grant and revoke access, read
 *   the installation's audit and grants).
 * - A group member may do what an active grant of an active group covers; never `manage`.
 * - A token reaches an installation through its group's active grant there, when the token is
 *   not limited to another installation (a service account's data set) or bound to another
 *   grant (a token from an access request is not revived by a later grant). It may do what the
 *   grant's current permissions allow — intersected, for a service account's token, with the
 *   scopes it was issued (its account's set, or fewer it asked for). A token from an access
 *   request carries the grant's permissions at issuance (`scope`, RFC 9396 `authorization_details`)
 *   as a record; the grant itself decides at each call, so the owner's narrowing and a widening
 *   the owner approved later both apply to it at once.
 *
 * `decide` is the rule, a pure function; the store only gathers its facts
 * (`installations.accessRelations`, one SQL query for one installation or for listing them).
 * Everyone the rule refuses gets 404 (no existence leak); a token that reaches the installation
 * but lacks the permission — its scopes, or the grant's permissions since narrowed — gets 403
 * insufficient_scope naming it (RFC 6750 §3.1). Grants are read on every call, so a narrowing,
 * a widening or a revocation takes effect on the next request of a token issued before.
 */
import { isUuid } from '@grantkit/sdk/rules';
import { DomainError, NotFoundError } from '../errors.js';
import type { AccessRelation, AccessSubject, Installation, InstallationRole } from './model/installation.js';
import { toPage, type Keyset, type Page, type PageRequest } from './model/page.js';
import type { Store } from './model/store.js';
import type { User } from './model/user.js';
import { permissionFor, scopesCover, type Action, type GrantPermission } from './permissions.js';

/** The caller identified by a bearer access token (set by the token service's bearer check). */
export interface TokenPrincipal {
  /** `service_account` for client_credentials tokens, `grant` for tokens from an approved access request. */
  readonly kind: 'service_account' | 'grant';
  /** The token's `sub`. */
  readonly subject: string;
  readonly clientId: string;
  readonly groupId: string;
  /** The one installation this token is limited to (data set or grant), or null for every installation the group holds a grant on. */
  readonly installationId: string | null;
  readonly scopes: readonly string[];
  readonly grantId: string | null;
}

/** Who asks: a person (only their id matters here) or a bearer token. */
export type Principal = { readonly kind: 'user'; readonly user: Pick<User, 'id'> } | { readonly kind: 'token'; readonly token: TokenPrincipal };

/** What the policy answers for: the grant permissions' actions, and `manage` (owner/admin only). */
export type InstallationAction = Action | 'manage';

export type Decision =
  | { readonly allowed: true; readonly via: InstallationRole | 'group' }
  | { readonly allowed: false; readonly reason: 'not_found' | 'insufficient_scope' };

const NOT_FOUND: Decision = { allowed: false, reason: 'not_found' };

/** The rule: may `principal` do `action`, given its relations to one installation? */
export function decide(principal: Principal, relations: readonly AccessRelation[], action: InstallationAction): Decision {
  if (principal.kind === 'user') {
    const role = relations.find((r) => r.role)?.role;
    if (role) return { allowed: true, via: role };
    if (action === 'manage') return NOT_FOUND;
    const needed = permissionFor(action);
    return relations.some((r) => r.grant?.permissions.includes(needed)) ? { allowed: true, via: 'group' } : NOT_FOUND;
  }
  if (action === 'manage') return NOT_FOUND;
  const { token } = principal;
  const needed: GrantPermission = permissionFor(action);
  const through = relations.find(
    ({ grant, installationId }) =>
      grant !== null &&
      grant.groupId === token.groupId &&
      (token.installationId === null || token.installationId === installationId) &&
      (token.grantId === null || token.grantId === grant.id),
  );
  if (!through) return NOT_FOUND;
  return through.grant!.permissions.includes(needed) && (token.kind === 'grant' || scopesCover(token.scopes, action))
    ? { allowed: true, via: 'group' }
    : { allowed: false, reason: 'insufficient_scope' };
}

/** RFC 6750 §3.1: the token is valid but lacks the scope. */
export class InsufficientScopeError extends DomainError {
  constructor(needed: string) {
    super('insufficient_scope', 403, `This token lacks the ${needed} scope.`, { scope: needed });
  }
}

const subjectOf = (principal: Principal): AccessSubject =>
  principal.kind === 'user' ? { userId: principal.user.id } : { groupId: principal.token.groupId };

/** Whether the policy allows the action (for rules that refuse with their own error). */
export async function mayOnInstallation(store: Pick<Store, 'installations'>, principal: Principal, installationId: string, action: InstallationAction): Promise<boolean> {
  if (!isUuid(installationId)) return false;
  return decide(principal, await store.installations.accessRelations(subjectOf(principal), installationId), action).allowed;
}

/** The installation when the policy allows the action; 404 (or 403 for a token's scope) otherwise. */
export async function requireInstallationFor(
  store: Pick<Store, 'installations'>,
  principal: Principal,
  installationId: string,
  action: InstallationAction,
): Promise<Installation & { readonly via: InstallationRole | 'group' }> {
  if (!isUuid(installationId)) throw new NotFoundError('installation');
  const installation = await store.installations.findById(installationId);
  if (!installation) throw new NotFoundError('installation');
  const decision = decide(principal, await store.installations.accessRelations(subjectOf(principal), installationId), action);
  if (decision.allowed) return { ...installation, via: decision.via };
  if (decision.reason === 'insufficient_scope') throw new InsufficientScopeError(permissionFor(action as Action));
  throw new NotFoundError('installation');
}

export interface ReachableInstallation extends Installation {
  /** `group` when reached through a group's grant. */
  readonly role: InstallationRole | 'group';
}

/**
 * The installations on which the policy allows `action` (GET /api/installations lists `read`;
 * the consent page offers those the person may `manage`), by name. A token without the scope
 * is refused outright (403), as for one installation.
 */
export async function listInstallationsFor(
  store: Pick<Store, 'installations'>,
  principal: Principal,
  action: InstallationAction = 'read',
): Promise<ReachableInstallation[]> {
  const allowed = await allowedInstallations(store, principal, action);
  const installations = await store.installations.listByIds([...allowed.keys()]);
  return installations.map((i) => ({ ...i, role: allowed.get(i.id)! }));
}

/**
 * The same, one page at a time, by name (then id): GET /api/installations. Reads the facts a
 * page of candidates at a time (installations the principal has any fact on) and decides on
 * each; candidates the rule refuses (a grant without the permission, a token bound to another
 * grant) are skipped, reading on until the page is full or the candidates end.
 */
export async function pageInstallationsFor(
  store: Pick<Store, 'installations'>,
  principal: Principal,
  page: PageRequest,
  action: InstallationAction = 'read',
): Promise<Page<ReachableInstallation>> {
  requireScope(principal, action);
  // A token limited to one installation has at most that candidate.
  const only = principal.kind === 'token' ? (principal.token.installationId ?? undefined) : undefined;
  const allowed: { readonly item: ReachableInstallation; readonly key: Keyset }[] = [];
  let after = page.after;
  while (allowed.length <= page.limit) {
    const candidates = await store.installations.pageRelated(subjectOf(principal), { after, limit: page.limit + 1 }, only);
    for (const { installation, relations, key } of candidates.items) {
      const decision = decide(principal, relations, action);
      if (decision.allowed) allowed.push({ item: { ...installation, role: decision.via }, key });
    }
    if (!candidates.nextAfter) break;
    after = candidates.nextAfter;
  }
  const cut = toPage(allowed, page, (a) => a.key);
  return { items: cut.items.map((a) => a.item), nextAfter: cut.nextAfter };
}

/** A service account's token without the scope for `action` is refused outright (403), before any fact is read. */
function requireScope(principal: Principal, action: InstallationAction): void {
  if (principal.kind === 'token' && principal.token.kind === 'service_account' && action !== 'manage' && !scopesCover(principal.token.scopes, action)) {
    throw new InsufficientScopeError(permissionFor(action));
  }
}

/** Installation id → how the principal reaches it, for every installation the policy allows `action` on. */
async function allowedInstallations(
  store: Pick<Store, 'installations'>,
  principal: Principal,
  action: InstallationAction,
): Promise<Map<string, InstallationRole | 'group'>> {
  requireScope(principal, action);
  const byInstallation = new Map<string, AccessRelation[]>();
  for (const r of await store.installations.accessRelations(subjectOf(principal))) byInstallation.set(r.installationId, [...(byInstallation.get(r.installationId) ?? []), r]);
  const allowed = new Map<string, InstallationRole | 'group'>();
  for (const [id, relations] of byInstallation) {
    const decision = decide(principal, relations, action);
    if (decision.allowed) allowed.set(id, decision.via);
  }
  return allowed;
}
