/** Audit history: per installation the user owns or administers, per group they administer, and per organisation they hold. */
import { allPages, MAX_PAGE_LIMIT, type AuditEvent, type Page } from '@grantkit/sdk';
import { formatDateTime, h } from '../src/dom.js';
import { loadMore } from '../src/load-more.js';
import { emptyState, portal } from './shell.js';

const { me, api } = await portal();
const box = document.querySelector<HTMLElement>('#audit')!;

/** Events per page: a screenful; older ones behind "Load older events". */
const AUDIT_PAGE = 20;
type AuditFilter = { readonly installation_id: string } | { readonly group_id: string } | { readonly organisation_id: string };

/** Plain words for the event types the reference server records. */
const LABELS: Record<string, string> = {
  'access_request.approved': 'Access request approved',
  'access_request.denied': 'Access request denied',
  'access_request.cancelled': 'Access request closed without sharing',
  'grant.created': 'Access granted',
  'grant.revoked': 'Access revoked',
  'installation.settings_changed': 'Settings changed',
  'invitation_code.created': 'Invitation codes created',
  'invitation_code.redeemed': 'Invitation code redeemed',
  'invitation_code.deactivated': 'Invitation code deactivated',
  'group_member.roles_changed': 'Member roles changed',
  'group_member.removed': 'Member removed',
  'service_account.created': 'Service account created',
  'service_account.deleted': 'Service account deleted',
  'webhook.endpoint_created': 'Webhook endpoint registered',
  'webhook.endpoint_updated': 'Webhook endpoint changed',
  'webhook.secret_rotated': 'Webhook secret rotated',
  'webhook.endpoint_deleted': 'Webhook endpoint deleted',
  'service_account.password_changed': 'Service account given its own secret',
  'service_account.secret_regenerated': 'Service account secret rotated',
  'group.embedding_origins_changed': 'Sites that may embed consent changed',
  'partner.registered': 'Partner registered',
  'partner.admin_invited': 'Partner admin invited',
  'partner.member_invited': 'Partner member invited',
  'partner.invitation_accepted': 'Partner invitation accepted',
  'partner.admin_changed': 'Partner admin changed',
  'partner.deactivated': 'Partner deactivated',
  'organisation.created': 'Organisation created',
  'organisation.account_holder_added': 'Account holder added',
  'organisation.partner_limit_changed': 'Partner limit changed',
};

/** Names the page already knows (groups, installations), to say who and what an event is about. */
const names = new Map<string, string>();

/** Role names by `${group id}:${role key}`, from the catalogues of the person's groups. */
const roleNames = new Map<string, string>();

/** How a grant ended, and how it began, in words (the events carry keys). */
const HOW: Record<string, string> = { revoked: 'revoked by the installation’s owner', relinquished: 'given up by the partner' };
const VIA: Record<string, string> = { partner_link: 'through the partner’s access link' };

/** An event's details in words: names, not ids, keys or enum values. */
function describe(event: AuditEvent): string {
  const d = event.data as Record<string, unknown>;
  const bits: string[] = [];
  if (event.group_id && names.has(event.group_id)) bits.push(names.get(event.group_id)!);
  if (event.installation_id && names.has(event.installation_id)) bits.push(names.get(event.installation_id)!);
  const text = (key: string) => (typeof d[key] === 'string' ? (d[key] as string) : undefined);
  for (const value of [text('name'), text('email'), HOW[text('how') ?? ''], VIA[text('via') ?? '']]) if (value) bits.push(value);
  if (Array.isArray(d.roles)) {
    const roles = (d.roles as string[]).map((key) => roleNames.get(`${event.group_id}:${key}`) ?? key);
    bits.push(`roles: ${new Intl.ListFormat('en', { type: 'conjunction' }).format(roles) || 'none'}`);
  }
  if (typeof d.count === 'number') bits.push(`${d.count} ${d.count === 1 ? 'code' : 'codes'}`);
  return bits.join(' · ');
}

/** One audit row; the event's type stays in data-type (for tests and support), a person reads its label. */
function row(e: AuditEvent): HTMLElement {
  return h(
    'tr',
    { 'data-type': e.type },
    h('td', { 'data-label': 'When' }, formatDateTime(e.occurred_at, undefined, 'short')),
    h('td', { 'data-label': 'What' }, LABELS[e.type] ?? e.type),
    h('td', { 'data-label': 'Who' }, e.actor.name ?? e.actor.kind),
    h('td', { 'data-label': 'Details' }, describe(e)),
  );
}

/** One audit list, newest first: its first page, and "Load older events" for the pages after it. */
async function table(title: string, filter: AuditFilter): Promise<HTMLElement> {
  const first = await api.listAudit({ ...filter, limit: AUDIT_PAGE });
  const tbody = h('tbody', {}, ...first.items.map(row));
  return h(
    'section',
    { class: 'card', 'aria-label': title },
    h('h2', {}, title),
    // The table also when a first page came back empty but more follow (rows arrive below).
    first.items.length || first.next_cursor
      ? h(
          'div',
          { class: 'table-wrap' },
          h(
            'table',
            { class: 'cards-on-phone' },
            h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'When'), h('th', { scope: 'col' }, 'What'), h('th', { scope: 'col' }, 'Who'), h('th', { scope: 'col' }, 'Details'))),
            tbody,
          ),
        )
      : h('p', { class: 'muted' }, 'Nothing recorded yet.'),
    loadMore(first, 'Load older events', (cursor) => api.listAudit({ ...filter, cursor, limit: AUDIT_PAGE }), (events) => tbody.append(...events.map(row))),
  );
}

/** Every page of a list, for the names the tables refer to (a person owns few installations). */
async function everything<T>(fetchPage: (cursor: string | undefined) => Promise<Page<T>>): Promise<T[]> {
  const items: T[] = [];
  for await (const page of allPages(fetchPage)) items.push(...page.items);
  return items;
}

const installations = (await everything((cursor) => api.listInstallations({ cursor, limit: MAX_PAGE_LIMIT }))).filter((i) => i.role !== 'group');
for (const i of installations) names.set(i.id, i.name);
for (const g of me.groups) names.set(g.id, g.name);
for (const g of me.groups.filter((g) => g.is_admin)) {
  for (const role of (await api.listGroupRoles(g.id).catch(() => ({ items: [] }))).items) roleNames.set(`${g.id}:${role.key}`, role.name);
}
for (const grant of installations.length ? await everything((cursor) => api.listGrants({ cursor, limit: MAX_PAGE_LIMIT })) : []) names.set(grant.group_id, grant.group_name);
for (const i of installations) box.append(await table(`Installation ${i.name}`, { installation_id: i.id }));
for (const g of me.groups.filter((g) => g.is_admin)) box.append(await table(`Group ${g.name} (${g.lookup_key})`, { group_id: g.id }));
// Account holders see their organisation's partner changes (registration, invitations, deactivation).
for (const o of (await api.listOrganisations()).items) box.append(await table(`Organisation ${o.name}`, { organisation_id: o.id }));
if (!box.childElementCount) box.append(emptyState('Nothing to show: you own no installation and administer no group.'));
