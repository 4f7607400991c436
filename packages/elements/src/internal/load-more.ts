/**
 * @module
 * "Load more" for every element that shows a paged list (the API answers lists a page at a time,
 * with `next_cursor`): one button under the list that appends the next page, a polite status
 * that says how many rows arrived, and a localised alert when a page fails to load, while the
 * rows already shown stay. The button keeps focus while it works (`aria-disabled`, not
 * `disabled`, which would drop it); when the last page has arrived the button goes and focus
 * moves to the status beside where it was, not to the top of the page.
 */
import { css, html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Page } from '@grantkit/sdk';
import { catalogue } from '../i18n/catalogue.js';
import type { Locale } from '../i18n/locales.js';
import type { LoadMoreStrings } from './load-more-i18n/en.js';

const strings = catalogue<LoadMoreStrings>({
  en: () => import('./load-more-i18n/en.js'),
  fr: () => import('./load-more-i18n/fr.js'),
  de: () => import('./load-more-i18n/de.js'),
  pt: () => import('./load-more-i18n/pt.js'),
  nb: () => import('./load-more-i18n/nb.js'),
});

/** The element a {@link LoadMore} belongs to: any grantkit element. */
export type LoadMoreHost = ReactiveControllerHost & { readonly resolvedLocale: Locale; readonly renderRoot: HTMLElement | DocumentFragment };

type Problem = 'offline' | 'failed';

/** The footer's layout; the button and the alert use the element's own `.button` and `.error`. */
export const loadMoreStyles = css`
  .more{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem;margin-top:.75rem}
  .more p{margin:0}
`;

/**
 * Pages through one list of the host: the host loads the first page, this the rest. It only asks
 * the host to render (no lifecycle hooks, so it is no `addController` controller: smaller).
 */
export class LoadMore<T> {
  /** The cursor of the next page; null when the last page is shown. */
  next: string | null = null;
  private busy = false;
  private problem: Problem | '' = '';
  private said = '';
  /** Bumped by every first page, so a late answer for an older list is dropped. */
  private generation = 0;

  /**
   * @param fetchPage reads the page after `cursor`.
   * @param append adds a page's rows to what the host shows.
   */
  constructor(
    private readonly host: LoadMoreHost,
    private readonly fetchPage: (cursor: string) => Promise<Page<T>>,
    private readonly append: (items: readonly T[]) => void,
  ) {}

  /** Takes a freshly loaded first page: keeps its cursor, forgets an earlier page's outcome, returns its rows. */
  first(page: Page<T>): T[] {
    this.generation++;
    this.next = page.next_cursor;
    this.busy = false;
    this.problem = this.said = '';
    if (this.next) void strings.load(this.host.resolvedLocale).then(() => this.host.requestUpdate());
    return page.items.slice();
  }

  /** Loads and appends the next page. */
  async more(): Promise<void> {
    const cursor = this.next;
    if (!cursor || this.busy) return;
    const generation = this.generation;
    const locale = this.host.resolvedLocale;
    const root = this.host.renderRoot as ShadowRoot;
    const focused = !!root.activeElement?.classList.contains('load-more');
    this.busy = true;
    this.problem = this.said = '';
    this.host.requestUpdate();
    try {
      const page = await this.fetchPage(cursor);
      await strings.load(locale);
      if (generation !== this.generation) return;
      this.next = page.next_cursor;
      this.append(page.items);
      const t = strings.get(locale)!;
      const loaded = t.loaded(page.items.length);
      this.said = this.next ? loaded : `${loaded} ${t.all}`;
    } catch (error) {
      if (generation !== this.generation) return;
      // classifyFailure's network rule, inlined: every other failure (an ended session too) reads
      // "try again" here, and importing it would push gk-service-accounts over its size budget.
      this.problem = (error as { code?: unknown }).code === 'network_error' || error instanceof TypeError ? 'offline' : 'failed';
    }
    this.busy = false;
    this.host.requestUpdate();
    await this.host.updateComplete;
    if (focused && !this.next) root.querySelector<HTMLElement>('.more-status')?.focus();
  }

  /** The footer: the button while a next page exists, the status, and the alert after a failure. */
  render(): TemplateResult | typeof nothing {
    const t = strings.get(this.host.resolvedLocale);
    if (!t || (!this.next && !this.said)) return nothing;
    return html`<div part="load-more" class="more">
      ${this.next
        ? html`<button type="button" class="button secondary load-more" aria-disabled=${String(this.busy)} @click=${() => void this.more()}>${this.busy ? t.loading : t.more}</button>`
        : nothing}
      <p class="more-status" role="status" tabindex="-1">${this.said}</p>
      ${this.problem ? html`<p class="error" role="alert">${t[this.problem]}</p>` : nothing}
    </div>`;
  }
}
