/**
 * The platform's webhooks as Acme's page sees them: its backend (partner-webhooks.ts) verifies
 * and keeps them; this polls the list and says, in words, what changed, and when the change is
 * to this page's own connection (its grant revoked or narrowed), says so on the connection card.
 */
import type { WebhookEvent } from '@grantkit/sdk';
import { formatDateTime, h } from '../src/dom.js';
import { loadConnection } from './connection.js';

const EVENTS_PATH = '/partner/webhooks/events';
const POLL_MS = 2000;

function describe(event: WebhookEvent): string {
  switch (event.type) {
    case 'grant.created':
      return `The owner shared an installation with Acme (${event.data.permissions.join(', ')}).`;
    case 'grant.updated':
      return `The owner changed what Acme may do: now ${event.data.permissions.join(', ')}.`;
    case 'grant.revoked':
      return event.data.how === 'relinquished' ? 'Acme gave up its access to an installation.' : 'The owner revoked Acme’s access to an installation.';
    case 'member.joined':
      return 'Someone joined Acme’s group.';
    case 'member.removed':
      return 'Someone left Acme’s group.';
    case 'service_account.created':
      return `Service account “${event.data.name}” was created.`;
    case 'service_account.deleted':
      return `Service account “${event.data.name}” was deleted.`;
    case 'partner.deactivated':
      return 'Acme was deactivated on the platform.';
    case 'webhook.test':
      return 'A test event from the platform.';
  }
}

/** What the event means for this page's own connection, if anything. */
function aboutMyConnection(event: WebhookEvent): string | null {
  const mine = loadConnection();
  if (!mine || !('grant_id' in event.data) || event.data.grant_id !== mine.grant_id) return null;
  if (event.type === 'grant.revoked') return 'The owner revoked this access just now: the platform will refuse our calls.';
  if (event.type === 'grant.updated') return `The owner changed this access just now: ${event.data.permissions.join(', ')}.`;
  return null;
}

export function watchLiveEvents(list: HTMLElement, connectionBox: HTMLElement): void {
  let seen = 0;
  const poll = async (): Promise<void> => {
    try {
      const res = await fetch(EVENTS_PATH, { cache: 'no-store' });
      const { registered, events } = (await res.json()) as { registered: boolean; events: WebhookEvent[] };
      if (!registered) list.replaceChildren(h('li', { class: 'muted' }, 'Not receiving webhooks yet (the platform is not reachable).'));
      else if (!events.length) list.replaceChildren(h('li', { class: 'muted' }, 'Nothing has changed since this page opened.'));
      else if (events.length !== seen) {
        list.replaceChildren(...events.slice(0, 10).map((e) => h('li', { 'data-event': e.type }, h('time', { datetime: e.timestamp }, formatDateTime(e.timestamp, undefined, 'short')), ' ', describe(e))));
        // Newest first: only the ones that arrived since the last look can be news for the card.
        for (const event of events.slice(0, events.length - seen).reverse()) {
          const news = aboutMyConnection(event);
          if (news) connectionBox.prepend(h('p', { class: 'notice notice--bad', 'data-testid': 'live-connection-change' }, news));
        }
        seen = events.length;
      }
    } catch {
      // The receiver is part of the demo's server: a failed poll is tried again.
    }
    setTimeout(() => void poll(), POLL_MS);
  };
  void poll();
}
