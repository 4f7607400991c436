/**
 * Partner members: `<gk-partner-invitations>` for the partner the user administers (the groups
 * `/api/me` marks `is_partner` and `is_admin`).
 */
import '@grantkit/elements/define';
import type { Partner } from '@grantkit/sdk';
import { h } from '../src/dom.js';
import { emptyState, portal } from './shell.js';

const { me, api } = await portal();
const element = document.querySelector('gk-partner-invitations')!;
const found = await Promise.all(me.groups.filter((g) => g.is_admin && g.is_partner).map((g) => api.getPartner(g.id).catch(() => null)));
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
