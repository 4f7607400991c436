/** Mailbox: the outbox kept by the server when no SMTP server is configured (newest first). */
import type { MailboxMessage } from '@grantkit/sdk';
import { formatDateTime, h } from '../src/dom.js';
import { loadMore } from '../src/load-more.js';
import { emptyState, portal } from './shell.js';

const { api } = await portal();
const box = document.querySelector<HTMLElement>('#mail')!;
/** Appends mails to the list. */
function show(mails: readonly MailboxMessage[]): void {
  for (const mail of mails) {
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
}

try {
  const first = await api.listMailbox();
  if (!first.items.length) box.closest('section')!.replaceWith(emptyState('No mail yet. Register a partner (as Hana Holder) to send its admin an invitation.'));
  show(first.items);
  box.after(loadMore(first, 'Load older mail', (cursor) => api.listMailbox({ cursor }), show));
} catch {
  box.closest('section')!.replaceWith(emptyState('The mailbox is off (the server sends real mail through SMTP, or runs in production).'));
}
