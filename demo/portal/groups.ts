/**
 * My groups: each group with its lookup key, roles and, for its admins, the ready-made
 * access-request link (built with the SDK) and the installations shared with it.
 */
import { buildAccessRequestUrl } from '@grantkit/sdk/url';
import { SERVER_URL } from '../src/config.js';
import type { Grant } from '@grantkit/sdk';
import { formatDate, h } from '../src/dom.js';
import { loadMore } from '../src/load-more.js';
import { emptyState, portal } from './shell.js';
import { embeddingOriginsSection } from './embedding-origins.js';

const { me, api } = await portal();
const box = document.querySelector<HTMLElement>('#groups')!;
if (!me.groups.length) box.append(emptyState('You belong to no group yet. Redeem an invitation code to join one.'));

/** One installation shared with the group. */
const grantItem = (g: Grant): HTMLElement =>
  h('li', {}, h('strong', {}, g.installation_name), ` — since ${formatDate(g.created_at)}${g.created_by_name ? `, approved by ${g.created_by_name}` : ''}`);

for (const group of me.groups) {
  // Role names as the elements show them (the group's catalogue), not the API's keys.
  const catalogue = (await api.listGroupRoles(group.id).catch(() => ({ items: [] }))).items;
  const roles = group.roles.map((key) => catalogue.find((role) => role.key === key)?.name ?? key);
  const card = h(
    'section',
    { class: 'card', 'data-group': group.lookup_key, 'aria-label': group.name },
    h('h2', {}, group.name, ' ', h('span', { class: 'pill', title: 'Lookup key' }, group.lookup_key)),
    h('p', { class: 'muted' }, `Your roles: ${roles.join(', ') || '—'}${group.is_admin ? ' · you administer this group' : ''}`),
  );
  box.append(card);
  if (!group.is_admin) continue;
  const [details, grants] = await Promise.all([api.getGroup(group.id), api.listGroupGrants(group.id)]);
  const link = buildAccessRequestUrl({
    serverUrl: SERVER_URL,
    lookupKey: group.lookup_key,
    partnerName: group.name,
    ...(details.return_urls[0] ? { returnUrl: details.return_urls[0] } : {}),
  });
  const input = h('input', { type: 'text', readonly: true, value: link, 'aria-label': `Access-request link of ${group.name}`, 'data-testid': 'access-link' });
  const copy = h('button', { type: 'button', class: 'button' }, 'Copy');
  copy.addEventListener('click', async () => {
    await navigator.clipboard?.writeText(link).catch(() => input.select());
    copy.textContent = 'Copied';
  });
  const sharedList = h('ul', {}, ...grants.items.map(grantItem));
  card.append(
    h('h3', {}, 'Access-request link'),
    h('p', { class: 'muted' }, details.return_urls.length ? `Customers come back to ${details.return_urls[0]}.` : 'No return URL is registered: customers see the platform’s receipt page.'),
    h('div', { class: 'copyline' }, input, copy),
    embeddingOriginsSection(api, group, details.embedding_origins),
    // A count only when it is the whole list: further pages come behind "Load more".
    h('h3', {}, `Installations shared with ${group.name}${grants.next_cursor ? '' : ` (${grants.items.length})`}`),
    grants.items.length ? sharedList : h('p', { class: 'muted' }, 'None yet.'),
    loadMore(grants, 'Load more installations', (cursor) => api.listGroupGrants(group.id, { cursor }), (items) => sharedList.append(...items.map(grantItem))),
  );
}
