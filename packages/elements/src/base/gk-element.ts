/**
 * @module
 * The base class of every grantkit element that shows text: {@link GkBase} (locale, typed
 * events) plus its strings, from one catalogue per element (src/i18n/catalogue.ts), typed.
 */
import type { PropertyValues } from 'lit';
import type { Catalogue } from '../i18n/catalogue.js';
import { GkBase } from './gk-base.js';

/**
 * Base class: the `locale` attribute and its resolution (see {@link GkBase}), a typed `emit()`,
 * and `s`, the element's strings in the resolved language.
 *
 * Rendering waits until those strings have loaded, so nothing (a live region above all) is ever
 * shown or announced in the wrong language first; `updateComplete` waits for them too. A
 * language whose chunk fails to load renders in English; if English fails as well, the element
 * renders nothing.
 */
export abstract class GkElement<S> extends GkBase {
  /** This element's strings by language (`catalogue(…)` or `catalogue(withCommon(…))`). */
  protected abstract readonly i18n: Catalogue<S>;

  /** The strings of the resolved language. Only read while rendering, which waits for them. */
  protected get s(): S {
    const strings = this.i18n.get(this.resolvedLocale);
    if (!strings) throw new Error('grantkit: strings read before they loaded');
    return strings;
  }

  /**
   * The strings of the resolved language, loading them first: for text set outside rendering
   * (an error from a load started in `connectedCallback`), which may finish before the first
   * render has loaded them.
   */
  protected async strings(): Promise<S> {
    await this.i18n.load(this.resolvedLocale);
    return this.s;
  }

  /** The strings import in flight, if any; `updateComplete` waits for it. */
  private pendingStrings?: Promise<void>;

  protected override shouldUpdate(changed: PropertyValues): boolean {
    const locale = this.resolvedLocale;
    if (this.i18n.get(locale)) return super.shouldUpdate(changed);
    const pending = this.i18n.load(locale).then(() => {
      if (this.pendingStrings === pending) this.pendingStrings = undefined;
      // Not again when even English failed: that would loop.
      if (this.i18n.get(locale)) this.requestUpdate();
    });
    this.pendingStrings = pending;
    return false;
  }

  /**
   * Resolves after the render in the right language. A held update sets `pendingStrings` only
   * when it runs, so it is checked after each update, not only before the first.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.pendingStrings) {
      await this.pendingStrings;
      result = await super.getUpdateComplete();
    }
    return result;
  }
}
