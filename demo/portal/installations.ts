/**
 * Installations: one `<gk-installation-access>` per installation the user owns or administers,
 * and a list of those reached through a group's grant.
 */
import '@grantkit/elements/define';
import type { InstallationSummary } from '@grantkit/sdk';
import { h } from '../src/dom.js';
import { loadMore } from '../src/load-more.js';
import { emptyState, portal } from './shell.js';

const { api } = await portal();
const box = document.querySelector<HTMLElement>('#installations')!;
const first = await api.listInstallations();

/** The caller's relation to an installation, in words (the API says `owner` or `admin`). */
const RELATION: Record<string, string> = { owner: 'Owner', admin: 'Administrator' };

const sharedList = h('ul', {});
const sharedCard = h(
  'section',
  { class: 'card' },
  h('h2', {}, 'Shared with my groups'),
  h('p', { class: 'muted' }, 'Installations whose owners gave one of your groups access.'),
  sharedList,
);

/** Appends one page: my own installations as sections with the element, the shared ones as list items. */
function show(items: readonly InstallationSummary[]): void {
  for (const installation of items.filter((i) => i.role !== 'group')) {
    // Before the shared card: my own installations come first, page after page.
    sharedCard.before(
      h(
        'section',
        { class: 'installation', 'data-installation': installation.id, 'aria-label': installation.name },
        h('h2', {}, installation.name, ' ', h('span', { class: 'pill' }, RELATION[installation.role] ?? installation.role), ' ', h('span', { class: 'address' }, installation.address)),
        // The element: who has access, with revoke.
        h('gk-installation-access', { 'installation-id': installation.id }),
      ),
    );
  }
  sharedList.append(...items.filter((i) => i.role === 'group').map((i) => h('li', {}, h('strong', {}, i.name), ` — ${i.address}`)));
  sharedCard.hidden = !sharedList.childElementCount;
}

box.append(sharedCard, loadMore(first, 'Load more installations', (cursor) => api.listInstallations({ cursor }), show));
show(first.items);
if (!first.items.length) box.append(emptyState('No installations yet. Owners (Olivia Owner, Nils Neighbour) have some; partners see them once access is approved.'));
