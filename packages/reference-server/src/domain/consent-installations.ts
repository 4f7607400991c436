/**
 * @module domain/consent-installations
 * The installations the consent card offers, a page at a time: those the person owns or
 * administers (the access policy's `manage`), by name, searchable, without those already shared
 * with the requesting group unless the request asked to offer them too (`show_existing`).
 * "Already shared" means the group's grant holds everything the request asks: an installation
 * whose grant holds less is offered with what it holds (approving widens that grant). The
 * installation the link preselected comes first on the first page. What is held is read for
 * the ids of one page only, so an owner of thousands of installations, or a partner holding
 * grants on tens of thousands, costs one page's worth of rows.
 */
import type { AccessRequest } from './model/access-request.js';
import type { Installation } from './model/installation.js';
import type { Page, PageRequest } from './model/page.js';
import type { Store } from './model/store.js';
import { mayOnInstallation } from './access-policy.js';
import { holdsAll, normalisePermissions } from './permissions.js';

export interface ConsentInstallation extends Installation {
  /** The group's grant on it holds everything asked. */
  readonly alreadyShared: boolean;
  /** What the group's grant on it holds (catalogue order; empty without a grant). */
  readonly heldPermissions: readonly string[];
}

/** What became of the installation the link named (`installation_id`). */
export type Preselection =
  | { readonly kind: 'none' }
  /** Offered, and listed first. */
  | { readonly kind: 'offered'; readonly installation: Installation }
  /** This person's, but its grant for the group already holds everything asked (and the request does not re-offer shared ones). */
  | { readonly kind: 'shared'; readonly installation: Installation }
  /** Not an installation this person may share, or no installation at all: the same answer, so nothing leaks. */
  | { readonly kind: 'unknown' };

export async function checkPreselection(store: Store, request: AccessRequest, userId: string): Promise<Preselection> {
  const id = request.preselectedInstallationId;
  if (id === null) return { kind: 'none' };
  const installation = (await mayOnInstallation(store, { kind: 'user', user: { id: userId } }, id, 'manage'))
    ? await store.installations.findById(id)
    : undefined;
  if (!installation) return { kind: 'unknown' };
  if (request.showExisting) return { kind: 'offered', installation };
  const held = (await store.grants.heldAmong(request.groupId, [id])).get(id);
  const shared = held !== undefined && holdsAll(held, request.permissions);
  return { kind: shared ? 'shared' : 'offered', installation };
}

/**
 * One page of the offered installations. Without a search, the preselected installation leads
 * the first page and is left out of the keyset list (so it never appears twice); a search lists
 * every match in name order, the preselected one included when it matches.
 */
export async function consentInstallationPage(
  store: Store,
  { request, userId, preselection, search, page }: { request: AccessRequest; userId: string; preselection: Preselection; search?: string | undefined; page: PageRequest },
): Promise<Page<ConsentInstallation>> {
  const lead = !search && preselection.kind === 'offered' ? preselection.installation : null;
  const first = lead !== null && !page.after;
  const listed = await store.installations.pageManageable({
    userId,
    search,
    notSharedWith: request.showExisting ? null : { groupId: request.groupId, permissions: request.permissions },
    except: lead?.id,
    page: first ? { limit: Math.max(page.limit - 1, 1) } : page,
  });
  const items = first ? [lead, ...listed.items] : listed.items;
  const held = await store.grants.heldAmong(request.groupId, items.map((i) => i.id));
  return {
    items: items.map((i) => {
      const permissions = held.get(i.id);
      return { ...i, alreadyShared: permissions !== undefined && holdsAll(permissions, request.permissions), heldPermissions: permissions ? normalisePermissions(permissions) : [] };
    }),
    nextAfter: listed.nextAfter,
  };
}
