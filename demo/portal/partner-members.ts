/**
 * Partner members: `<gk-partner-invitations>` for the partner the user administers. Which of the
 * user's admin groups are partners is not in `/api/me`; `getPartner` answers 404 for the others.
 */
import '@grantkit/elements/define';
import type { Partner } from '@grantkit/sdk';
import { h } from '../src/dom.js';
import { emptyState, portal } from './shell.js';

const { me, api } = await portal();
const element = document.querySelector('gk-partner-invitations')!;
const found = await Promise.all(me.groups.filter((g) => g.is_admin).map((g) => api.getPartner(g.id).catch(() => null)));
const partners = found.filter((p): p is Partner => p !== null && p.status === 'active');
const first = partners[0];
if (!first) {
  element.replaceWith(emptyState(`${me.user.name} administers no partner. Switch to Siri Solstice (Solstice Service) with the account menu, or register a partner as Hana Holder and accept its admin invitation.`));
} else {
  if (partners.length > 1) {
    const picker = h('select', { id: 'partner', 'data-testid': 'partner-picker' }, ...partners.map((p) => h('option', { value: p.id }, `${p.name} (${p.lookup_key})`)));
    picker.addEventListener('change', () => element.setAttribute('partner-id', picker.value));
    document.querySelector('.toolbar')!.append(h('label', { for: 'partner' }, 'Partner'), picker);
  }
  element.setAttribute('partner-id', first.id);
  element.hidden = false;
}
