/**
 * Installations: one `<gk-installation-access>` per installation the user owns or administers,
 * and a list of those reached through a group's grant.
 */
import '@grantkit/elements/define';
import { h } from '../src/dom.js';
import { emptyState, portal } from './shell.js';

const { api } = await portal();
const box = document.querySelector<HTMLElement>('#installations')!;
const { items } = await api.listInstallations();
const own = items.filter((i) => i.role !== 'group');
const shared = items.filter((i) => i.role === 'group');

/** The caller's relation to an installation, in words (the API says `owner` or `admin`). */
const RELATION: Record<string, string> = { owner: 'Owner', admin: 'Administrator' };

for (const installation of own) {
  box.append(
    h(
      'section',
      { class: 'installation', 'data-installation': installation.id, 'aria-label': installation.name },
      h('h2', {}, installation.name, ' ', h('span', { class: 'pill' }, RELATION[installation.role] ?? installation.role), ' ', h('span', { class: 'address' }, installation.address)),
      // The element: who has access, with revoke.
      h('gk-installation-access', { 'installation-id': installation.id }),
    ),
  );
}
if (shared.length) {
  box.append(
    h(
      'section',
      { class: 'card' },
      h('h2', {}, 'Shared with my groups'),
      h('p', { class: 'muted' }, 'Installations whose owners gave one of your groups access.'),
      h('ul', {}, ...shared.map((i) => h('li', {}, h('strong', {}, i.name), ` — ${i.address}`))),
    ),
  );
}
if (!items.length) box.append(emptyState('No installations yet. Owners (Olivia Owner, Nils Neighbour) have some; partners see them once access is approved.'));
