/** Audit history: per installation the user owns or administers, per group they administer, and per organisation they hold. */
import type { AuditEvent } from '@grantkit/sdk';
import { formatDateTime, h } from '../src/dom.js';
import { emptyState, portal } from './shell.js';

const { me, api } = await portal();
const box = document.querySelector<HTMLElement>('#audit')!;

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
  'service_account.password_changed': 'Service account given its own secret',
  'service_account.secret_regenerated': 'Service account secret rotated',
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

function describe(event: AuditEvent): string {
  const d = event.data as Record<string, unknown>;
  const bits: string[] = [];
  if (event.group_id && names.has(event.group_id)) bits.push(names.get(event.group_id)!);
  if (event.installation_id && names.has(event.installation_id)) bits.push(names.get(event.installation_id)!);
  for (const key of ['name', 'how', 'via', 'email', 'roles', 'count']) {
    const value = d[key];
    if (value === undefined || value === null) continue;
    bits.push(`${key}: ${Array.isArray(value) ? value.join(', ') : String(value)}`);
  }
  return bits.join(' · ');
}

function table(title: string, events: readonly AuditEvent[]): HTMLElement {
  return h(
    'section',
    { class: 'card', 'aria-label': title },
    h('h2', {}, title),
    events.length
      ? h(
          'div',
          { class: 'table-wrap' },
          h(
            'table',
            { class: 'cards-on-phone' },
            h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'When'), h('th', { scope: 'col' }, 'What'), h('th', { scope: 'col' }, 'Who'), h('th', { scope: 'col' }, 'Details'))),
            h(
              'tbody',
              {},
              ...events.map((e) =>
                // The event's type stays in data-type (for tests and support); a person reads its label.
                h(
                  'tr',
                  { 'data-type': e.type },
                  h('td', { 'data-label': 'When' }, formatDateTime(e.occurred_at, undefined, 'short')),
                  h('td', { 'data-label': 'What' }, LABELS[e.type] ?? e.type),
                  h('td', { 'data-label': 'Who' }, e.actor.name ?? e.actor.kind),
                  h('td', { 'data-label': 'Details' }, describe(e)),
                ),
              ),
            ),
          ),
        )
      : h('p', { class: 'muted' }, 'Nothing recorded yet.'),
  );
}

const installations = (await api.listInstallations()).items.filter((i) => i.role !== 'group');
for (const i of installations) names.set(i.id, i.name);
for (const g of me.groups) names.set(g.id, g.name);
for (const grant of installations.length ? (await api.listGrants()).items : []) names.set(grant.group_id, grant.group_name);
for (const i of installations) box.append(table(`Installation ${i.name}`, (await api.listAudit({ installation_id: i.id })).items));
for (const g of me.groups.filter((g) => g.is_admin)) box.append(table(`Group ${g.name} (${g.lookup_key})`, (await api.listAudit({ group_id: g.id })).items));
// Account holders see their organisation's partner changes (registration, invitations, deactivation).
for (const o of (await api.listOrganisations()).items) box.append(table(`Organisation ${o.name}`, (await api.listAudit({ organisation_id: o.id })).items));
if (!box.childElementCount) box.append(emptyState('Nothing to show: you own no installation and administer no group.'));
