/**
 * @module
 * Every portal page, with the demo account that sees it at its fullest and what to wait for:
 * the one list the screenshot script and the layout test both walk.
 */
export interface PortalPage {
  /** File name stem of its screenshot. */
  readonly name: string;
  readonly email: string;
  readonly path: string;
  /** A selector that appears once the page shows its content. */
  readonly ready: string;
}

// Grouped by account, so a walk through them switches account as seldom as possible.
export const PORTAL_PAGES: readonly PortalPage[] = [
  { name: 'portal-installations', email: 'owner@demo.grantkit.dev', path: 'index.html', ready: 'gk-installation-access [part~="entry"]' },
  { name: 'portal-audit', email: 'owner@demo.grantkit.dev', path: 'audit.html', ready: '#audit > *' },
  { name: 'portal-groups', email: 'admin@acme.example', path: 'groups.html', ready: '[data-testid="access-link"]' },
  { name: 'portal-codes', email: 'admin@acme.example', path: 'codes.html', ready: 'gk-invite-codes' },
  { name: 'portal-members', email: 'admin@acme.example', path: 'members.html', ready: 'gk-members' },
  { name: 'portal-service-accounts', email: 'admin@acme.example', path: 'service-accounts.html', ready: 'gk-service-accounts' },
  { name: 'portal-webhooks', email: 'admin@acme.example', path: 'webhooks.html', ready: 'gk-webhooks' },
  { name: 'portal-partners', email: 'holder@demo.grantkit.dev', path: 'partners.html', ready: 'gk-partners' },
  { name: 'portal-mailbox', email: 'holder@demo.grantkit.dev', path: 'mailbox.html', ready: 'main .content' },
  { name: 'portal-partner-members', email: 'lead@solstice.example', path: 'partner-members.html', ready: 'gk-partner-invitations' },
  { name: 'portal-redeem', email: 'lead@nordlys.example', path: 'redeem.html', ready: 'gk-redeem-code' },
];
