/**
 * The demo pages' "Load more" for the lists they render themselves (audit, mailbox, installations,
 * a group's grants): the API answers a page at a time with `next_cursor` (the elements have
 * their own footer; this is the plain-DOM one). The button keeps focus while it loads; a
 * `role="status"` says how many rows arrived; after the last page the button goes and focus
 * moves to that status. A failed page says so, and the rows already shown stay.
 */
import type { Page } from '@grantkit/sdk';
import { h } from './dom.js';

/**
 * A footer that appends the pages after `first` with `show`, until `next_cursor` is null;
 * nothing visible when `first` is the only page.
 */
export function loadMore<T>(first: Page<T>, label: string, fetchPage: (cursor: string) => Promise<Page<T>>, show: (items: readonly T[]) => void): HTMLElement {
  let next = first.next_cursor;
  const button = h('button', { type: 'button', class: 'button button--quiet', 'data-testid': 'load-more' }, label);
  const status = h('p', { class: 'muted', role: 'status', tabindex: '-1' });
  const footer = h('div', { class: 'load-more' }, button, status);
  button.hidden = !next;
  button.addEventListener('click', async () => {
    if (!next || button.getAttribute('aria-disabled') === 'true') return;
    button.setAttribute('aria-disabled', 'true');
    status.textContent = 'Loading…';
    try {
      const page = await fetchPage(next);
      next = page.next_cursor;
      show(page.items);
      status.textContent = `${page.items.length} more loaded.${next ? '' : ' That is everything.'}`;
      if (!next) {
        button.hidden = true;
        status.focus();
      }
    } catch (error) {
      status.textContent = `Could not load more (${error instanceof Error ? error.message : 'unknown error'}). The rows above are still current; try again.`;
    } finally {
      button.removeAttribute('aria-disabled');
    }
  });
  return footer;
}
