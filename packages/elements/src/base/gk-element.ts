/**
 * @module
 * The base class of the grantkit elements that read the package's shared catalogue
 * (src/i18n/): {@link GkBase} (locale, typed events) plus `localize()`.
 */
import type { PropertyValues } from 'lit';
import type { Translation } from '../i18n/en.js';
import { catalogueFor, isCatalogueReady, isCatalogueUnavailable, loadCatalogue } from '../i18n/load.js';
import { GkBase } from './gk-base.js';

/** The catalogue sections an element can read. */
type Section = Exclude<keyof Translation, 'locale'>;

/**
 * Base class: the `locale` attribute and its resolution (see {@link GkBase}), `localize()`, and
 * a typed `emit()`.
 */
export class GkElement extends GkBase {
  /**
   * The strings of one catalogue section in {@link resolvedLocale}. Rendering waits until that
   * language has loaded (see {@link shouldUpdate}), so during render this is always the right
   * language, or English if the language's chunk failed to load.
   */
  protected localize<K extends Section>(section: K): Translation[K] {
    const catalogue = catalogueFor(this.resolvedLocale);
    if (!catalogue) throw new Error('grantkit: localize() called before any catalogue loaded');
    return catalogue[section];
  }

  /** The language import in flight, if any; `updateComplete` waits for it. */
  private pendingCatalogue?: Promise<void>;

  /**
   * Holds rendering until the language is loaded, so nothing (a live region above all) is ever
   * shown or announced in the wrong language first.
   */
  protected override shouldUpdate(changed: PropertyValues): boolean {
    const locale = this.resolvedLocale;
    if (isCatalogueReady(locale)) return super.shouldUpdate(changed);
    if (isCatalogueUnavailable(locale)) return false;
    const pending = loadCatalogue(locale).then(() => {
      if (this.pendingCatalogue === pending) this.pendingCatalogue = undefined;
      this.requestUpdate();
    });
    this.pendingCatalogue = pending;
    return false;
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.pendingCatalogue) {
      await this.pendingCatalogue;
      result = await super.getUpdateComplete();
    }
    return result;
  }
}
