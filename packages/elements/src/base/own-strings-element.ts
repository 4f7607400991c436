/**
 * @module
 * The base of the elements that carry their own strings (one lazy chunk per language, English
 * included) and read none of the shared catalogue: `<gk-service-accounts>`,
 * `<gk-partner-invitations>` and `<gk-partner-installations>`. `<gk-partners>` does the same
 * inline. It extends base/gk-base.ts, not gk-element.ts, so the shared catalogue's loader and
 * its five language chunks are not bundled with these elements at all.
 */
import type { LazyStrings } from '../i18n/lazy-strings.js';
import { GkBase } from './gk-base.js';

/**
 * Holds rendering until the element's strings in the resolved language have loaded (so nothing
 * is shown or announced in the wrong language first), loads the element's data whenever one of
 * the inputs named by {@link OwnStringsElement.loadKey} changes, and moves focus to
 * {@link OwnStringsElement.focusSelector} after a render.
 */
export abstract class OwnStringsElement<T> extends GkBase {
  /** This element's strings by language. */
  protected abstract readonly catalogue: LazyStrings<T>;

  /** The inputs whose change reloads the data (attributes, client). */
  protected abstract loadKey(): readonly unknown[];

  /** Loads (or reloads) the element's data. */
  abstract load(): Promise<void>;

  /** A selector in the shadow root to focus after the next render. */
  protected focusSelector = '';
  private loadedFor?: readonly unknown[];
  private pendingStrings?: Promise<void>;
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

  /** Only read while rendering, which waits for the strings (see {@link shouldUpdate}). */
  protected get s(): T {
    return this.catalogue.get(this.resolvedLocale)!;
  }

  protected override shouldUpdate(): boolean {
    if (this.catalogue.get(this.resolvedLocale)) return true;
    this.pendingStrings = this.catalogue.load(this.resolvedLocale).then(() => this.requestUpdate());
    return false;
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    await this.pendingStrings;
    return super.getUpdateComplete();
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
