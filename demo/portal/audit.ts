/** Audit history: per installation the user owns or administers, and per group they administer. */
import type { AuditEvent } from '@grantkit/sdk';
import { formatDateTime, h } from '../src/dom.js';
import { emptyState, portal } from './shell.js';

const { me, api } = await portal();
const box = document.querySelector<HTMLElement>('#audit')!;

function describe(event: AuditEvent): string {
  const d = event.data as Record<string, unknown>;
  const bits = ['name', 'installation_name', 'group_name', 'lookup_key', 'how', 'via', 'email', 'roles']
    .filter((k) => d[k] !== undefined && d[k] !== null)
    .map((k) => `${k.replace(/_/g, ' ')}: ${Array.isArray(d[k]) ? (d[k] as unknown[]).join(', ') : String(d[k])}`);
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
            {},
            h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'When'), h('th', { scope: 'col' }, 'What'), h('th', { scope: 'col' }, 'Who'), h('th', { scope: 'col' }, 'Details'))),
            h(
              'tbody',
              {},
              ...events.map((e) =>
                h('tr', { 'data-type': e.type }, h('td', {}, formatDateTime(e.occurred_at)), h('td', {}, h('code', {}, e.type)), h('td', {}, e.actor.name ?? e.actor.kind), h('td', {}, describe(e))),
              ),
            ),
          ),
        )
      : h('p', { class: 'muted' }, 'Nothing recorded yet.'),
  );
}

const installations = (await api.listInstallations()).items.filter((i) => i.role !== 'group');
for (const i of installations) box.append(table(`Installation ${i.name}`, (await api.listAudit({ installation_id: i.id })).items));
for (const g of me.groups.filter((g) => g.is_admin)) box.append(table(`Group ${g.name} (${g.lookup_key})`, (await api.listAudit({ group_id: g.id })).items));
if (!box.childElementCount) box.append(emptyState('Nothing to show: you own no installation and administer no group.'));
