/**
 * @module
 * The base of the elements that load data through the API: `<gk-partners>`,
 * `<gk-service-accounts>`, `<gk-partner-invitations>` and `<gk-partner-installations>`. Strings
 * come from {@link GkElement}; this adds the reload on changed inputs, the default client and
 * focus after a render, written once for all of them.
 */
import { GkElement } from './gk-element.js';

/**
 * Loads the element's data whenever one of the inputs named by {@link LoadingElement.loadKey}
 * changes, and moves focus to {@link LoadingElement.focusSelector} after a render.
 */
export abstract class LoadingElement<S> extends GkElement<S> {
  /** The inputs whose change reloads the data (attributes, client). */
  protected abstract loadKey(): readonly unknown[];

  /** Loads (or reloads) the element's data. */
  abstract load(): Promise<void>;

  /** A selector in the shadow root to focus after the next render. */
  protected focusSelector = '';
  private loadedFor?: readonly unknown[];
  private madeClient?: { readonly base: string; readonly client: unknown };

  /**
   * The element's default API client for `base` (the page's origin when empty), made once and
   * made again when the base changes, so a new `api-base` is also where the reload goes.
   */
  protected defaultClient<C>(base: string | undefined, make: (baseUrl: URL) => C): C {
    const key = base || '/';
    if (this.madeClient?.base !== key) this.madeClient = { base: key, client: make(new URL(key, location.href)) };
    return this.madeClient.client as C;
  }

  protected override willUpdate(): void {
    // Compared on every update: an update held while strings load drops Lit's `changed` map.
    const key = this.loadKey();
    if (this.loadedFor?.every((k, i) => k === key[i])) return;
    this.loadedFor = key;
    void this.load();
  }

  protected override updated(): void {
    if (this.focusSelector) this.renderRoot.querySelector<HTMLElement>(this.focusSelector)?.focus();
    this.focusSelector = '';
  }
}
