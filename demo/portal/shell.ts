/**
 * @module
 * The portal's chrome, shared by every page: top bar with the demo-account switcher, the
 * navigation, the page heading, and (for pages that need one) the group picker. A page keeps
 * only its element: it calls `portal()` and sets one attribute.
 *
 * The portal is the platform's own UI: it is served next to the API (Vite proxies `/api`), so the
 * elements' default client (session cookie, page origin) just works.
 */
import { Bot, Building2, createElement, Handshake, House, Mailbox, ScrollText, Ticket, TicketCheck, UserPlus, Users, Webhook } from 'lucide';
import { ApiError, createApiClient, type ApiClient, type GroupMembership, type MeResponse } from '@grantkit/sdk';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../src/accounts.js';
import { h } from '../src/dom.js';

export const api: ApiClient = createApiClient({ baseUrl: location.origin, credentials: 'include' });

/** What the navigation knows of the logged-in user, to show only the pages that are theirs. */
interface Reach {
  readonly me: MeResponse;
  /** Owns or administers an installation (not only sees one shared with a group). */
  readonly installations: boolean;
  /** Account holder of an organisation (registers partners). */
  readonly holder: boolean;
}

const adminOfAGroup = ({ me }: Reach): boolean => me.groups.some((g) => g.is_admin);

// Lucide's icons (ISC), imported one by one so the bundle carries only these eleven as inline SVG.
// `for`: who the page is for, as GitHub shows an organisation's settings only to its owners;
// a page opened by its address still works (and says what it needs).
const PAGES = [
  { href: 'index.html', label: 'Installations', icon: House, for: () => true },
  { href: 'groups.html', label: 'My groups', icon: Building2, for: ({ me }: Reach) => me.groups.length > 0 },
  { href: 'codes.html', label: 'Invitation codes', icon: Ticket, for: adminOfAGroup },
  { href: 'redeem.html', label: 'Redeem a code', icon: TicketCheck, for: () => true },
  { href: 'members.html', label: 'Members', icon: Users, for: adminOfAGroup },
  { href: 'service-accounts.html', label: 'Service accounts', icon: Bot, for: adminOfAGroup },
  { href: 'webhooks.html', label: 'Webhooks', icon: Webhook, for: adminOfAGroup },
  { href: 'partners.html', label: 'Partners', icon: Handshake, for: ({ holder }: Reach) => holder },
  // Only a partner's admin invites its members by email (other groups use invitation codes).
  { href: 'partner-members.html', label: 'Partner members', icon: UserPlus, for: ({ me }: Reach) => me.groups.some((g) => g.is_admin && g.is_partner) },
  // The demo's mail catcher: invitations arrive there for every account.
  { href: 'mailbox.html', label: 'Mailbox', icon: Mailbox, for: () => true },
  { href: 'audit.html', label: 'Audit history', icon: ScrollText, for: (reach: Reach) => reach.installations || adminOfAGroup(reach) },
] as const;

/** What the user can reach; a failed look-up shows the page rather than hiding it. */
async function reachOf(me: MeResponse): Promise<Reach> {
  const [installations, organisations] = await Promise.all([
    api.listInstallations().then(({ items }) => items.some((i) => i.role !== 'group'), () => true),
    api.listOrganisations().then(({ items }) => items.length > 0, () => true),
  ]);
  return { me, installations, holder: organisations };
}

export interface PortalContext {
  readonly me: MeResponse;
  readonly api: ApiClient;
  /** The group chosen in the picker (pages with `needs: 'admin-group'`). */
  readonly group: GroupMembership | null;
}

export interface PortalOptions {
  /** `admin-group`: the page works on one group the user administers (a picker is shown). */
  readonly needs?: 'admin-group';
  /** Show the group picker (default true); false when the element has its own. */
  readonly picker?: boolean;
}

const GROUP_KEY = 'portal:group';

function currentPage(): string {
  const file = location.pathname.split('/').pop() || 'index.html';
  return file.endsWith('.html') ? file : `${file}.html`;
}

/** Logs in as `email`; ends the current session first only when there is one (a logout without a session is a 401 in the console). */
async function switchTo(email: string, loggedIn: boolean): Promise<void> {
  if (loggedIn) await api.logout().catch(() => undefined);
  await api.login({ email, password: DEMO_PASSWORD });
  localStorage.removeItem(GROUP_KEY);
  location.reload();
}

function accountSwitcher(me: MeResponse | null): HTMLElement {
  const select = h(
    'select',
    { id: 'account', 'aria-label': 'Demo account', 'data-testid': 'account-switcher' },
    h('option', { value: '', selected: !me }, me ? 'Switch account…' : 'Log in as…'),
    ...DEMO_ACCOUNTS.map((a) => h('option', { value: a.email, selected: me?.user.email === a.email, title: a.role }, a.name)),
  );
  select.addEventListener('change', () => {
    if (select.value) void switchTo(select.value, me !== null);
  });
  const parts: HTMLElement[] = [select];
  if (me) {
    const logout = h('button', { type: 'button', class: 'linkish' }, 'Log out');
    logout.addEventListener('click', async () => {
      await api.logout();
      location.reload();
    });
    parts.unshift(h('label', { class: 'whoami', for: 'account', 'data-testid': 'whoami' }, 'Logged in as'));
    parts.push(logout);
  }
  return h('div', { class: 'account' }, ...parts);
}

function loginPanel(): HTMLElement {
  const list = h('ul', { class: 'accounts' });
  for (const a of DEMO_ACCOUNTS) {
    const button = h('button', { type: 'button', class: 'account-card', 'data-email': a.email }, h('strong', {}, a.name), h('span', {}, a.role), h('small', {}, a.email));
    button.addEventListener('click', () => void switchTo(a.email, false));
    list.append(h('li', {}, button));
  }
  return h(
    'section',
    { class: 'panel', 'data-testid': 'login-panel', 'aria-labelledby': 'login-title' },
    h('h2', { id: 'login-title' }, 'Log in with a demo account'),
    h('p', { class: 'muted' }, `One click logs you in (every demo password is “${DEMO_PASSWORD}”).`),
    list,
  );
}

function chrome(title: string, me: MeResponse | null, reach: Reach | null): { main: HTMLElement; toolbar: HTMLElement } {
  const main = document.querySelector('main')!;
  const content = [...main.childNodes];
  const nav = h(
    'nav',
    { class: 'sidenav', 'aria-label': 'Portal', hidden: reach === null },
    h(
      'ul',
      {},
      // Logged out, the page shows the demo logins and no navigation; the current page always shows.
      ...PAGES.filter((p) => reach !== null && (p.for(reach) || p.href === currentPage())).map((p) =>
        h('li', {}, h('a', { href: p.href, 'aria-current': currentPage() === p.href ? 'page' : undefined }, createElement(p.icon, { class: 'icon', 'aria-hidden': 'true', width: 18, height: 18 }), p.label)),
      ),
    ),
  );
  const bar = h(
    'header',
    { class: 'bar' },
    h('a', { class: 'brand', href: 'index.html' }, h('span', { class: 'brand__mark', 'aria-hidden': 'true' }, 'V'), h('span', {}, 'Voltgrid ', h('span', { class: 'brand__sub' }, 'portal'))),
    accountSwitcher(me),
  );
  const toolbar = h('div', { class: 'toolbar' });
  const description = main.dataset.description;
  const inner = h('div', { class: 'content' }, h('h1', {}, title), description ? h('p', { class: 'lead' }, description) : null, toolbar, ...content);
  main.replaceChildren(inner);
  const layout = h('div', { class: 'layout' }, nav, main);
  document.body.prepend(bar, layout);
  document.title = `${title} — Voltgrid portal`;
  return { main: inner, toolbar };
}

/** Builds the page chrome; resolves when the user is logged in (else shows the one-click logins). */
export async function portal(options: PortalOptions = {}): Promise<PortalContext> {
  const title = document.querySelector('main')?.dataset.title ?? 'Portal';
  let me: MeResponse | null = null;
  try {
    me = await api.me();
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 401)) throw error;
  }
  const { main, toolbar } = chrome(title, me, me ? await reachOf(me) : null);
  if (!me) {
    main.replaceChildren(h('h1', {}, title), loginPanel());
    return new Promise(() => {}); // the page waits for a login (which reloads it)
  }
  let group: GroupMembership | null = null;
  if (options.needs === 'admin-group') {
    const admin = me.groups.filter((g) => g.is_admin);
    if (!admin.length) {
      main.replaceChildren(
        main.firstChild!,
        h('div', { class: 'panel empty', 'data-testid': 'no-admin-group' }, h('p', {}, `${me.user.name} administers no group. Switch to a group admin (Adam Acme, Liv Nordlys or Siri Solstice) with the account menu.`)),
      );
      return new Promise(() => {});
    }
    const saved = localStorage.getItem(GROUP_KEY);
    group = admin.find((g) => g.id === saved) ?? admin[0]!;
    const picker = h('select', { id: 'group', 'data-testid': 'group-picker' }, ...admin.map((g) => h('option', { value: g.id, selected: g.id === group!.id }, `${g.name} (${g.lookup_key})`)));
    picker.addEventListener('change', () => {
      localStorage.setItem(GROUP_KEY, picker.value);
      location.reload();
    });
    if (options.picker !== false) toolbar.append(h('label', { for: 'group' }, 'Group'), picker);
  }
  return { me, api, group };
}

/** An empty state in the portal's style. */
export function emptyState(text: string): HTMLElement {
  return h('div', { class: 'panel empty' }, h('p', {}, text));
}
