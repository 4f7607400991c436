/** Partners: `<gk-partners>` for the first organisation the user is an account holder of. */
import '@grantkit/elements/define';
import { emptyState, portal } from './shell.js';

const { api } = await portal();
const partners = document.querySelector('gk-partners')!;
const { items } = await api.listOrganisations();
const organisation = items[0];
if (!organisation) {
  partners.replaceWith(emptyState('You are not an account holder of any organisation. Switch to Hana Holder (Helio Grid) with the account menu.'));
} else {
  partners.setAttribute('organisation-id', organisation.id);
  partners.hidden = false;
}
