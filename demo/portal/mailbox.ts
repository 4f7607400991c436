/** Mailbox: the outbox kept by the server when no SMTP server is configured (newest first). */
import { formatDateTime, h } from '../src/dom.js';
import { emptyState, portal } from './shell.js';

const { api } = await portal();
const box = document.querySelector<HTMLElement>('#mail')!;
try {
  const { items } = await api.listMailbox();
  if (!items.length) box.closest('section')!.replaceWith(emptyState('No mail yet. Register a partner (as Hana Holder) to send its admin an invitation.'));
  for (const mail of items) {
    box.append(
      h(
        'article',
        { class: 'mail', 'data-to': mail.to },
        h('h2', {}, mail.subject),
        h('p', { class: 'muted' }, `To ${mail.to} · ${formatDateTime(mail.created_at)} · ${mail.status}`),
        ...mail.links.map((link) => h('p', {}, h('a', { class: 'button', href: link, 'data-testid': 'mail-link' }, 'Open the link in this email'))),
        h('details', {}, h('summary', {}, 'Show the message'), h('pre', {}, mail.text)),
      ),
    );
  }
} catch {
  box.closest('section')!.replaceWith(emptyState('The mailbox is off (the server sends real mail through SMTP, or runs in production).'));
}
