/**
 * @module
 * The base class of every grantkit element: typed events and the locale.
 */
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { PropertyValues } from 'lit';
import type { Translation } from '../i18n/en.js';
import { catalogueFor, isCatalogueReady, isCatalogueUnavailable, loadCatalogue } from '../i18n/load.js';
import { resolveLocale, type Locale } from '../i18n/locales.js';

/** The catalogue sections an element can read. */
type Section = Exclude<keyof Translation, 'locale'>;

/** Elements currently connected, so a change of the document's `lang` re-renders them. */
const connected = new Set<GkElement>();
let langObserver: MutationObserver | undefined;

function watchDocumentLang(): void {
  if (langObserver || typeof MutationObserver === 'undefined') return;
  langObserver = new MutationObserver(() => connected.forEach((element) => element.requestUpdate()));
  // Only the root: a page that switches language does so there (or sets `locale` on us).
  langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
}

/** Events of the `gk-*` family, by name, as declared in `GlobalEventHandlersEventMap`. */
type GkEventName = Extract<keyof GlobalEventHandlersEventMap, `gk-${string}`>;

/**
 * Base class: the `locale` attribute and its resolution, `localize()`, and a typed `emit()`.
 *
 * The locale is, in order: the `locale` attribute; whatever a subclass adds through
 * {@link GkElement.localeHints} (the consent card adds the access request's locale); the closest
 * `lang` attribute (across shadow roots); the document's language; English.
 */
export class GkElement extends LitElement {
  /** BCP 47 language tag (`en`, `fr`, `de`, `pt`, `nb`; `no`/`nn` mean `nb`). */
  @property({ reflect: true }) locale?: string;

  /** The language in use, after resolution. */
  get resolvedLocale(): Locale {
    return resolveLocale(this, this.locale, ...this.localeHints());
  }

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

  /** Extra locale candidates after the attribute; overridden by elements that learn one. */
  protected localeHints(): Array<string | undefined> {
    return [];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    connected.add(this);
    watchDocumentLang();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connected.delete(this);
  }

  /**
   * Dispatches one of the package's `gk-*` events (the classes in `src/events/`, each bubbling
   * and composed). Returns false when a listener called `preventDefault()` on a cancelable one.
   */
  protected emit(event: GlobalEventHandlersEventMap[GkEventName]): boolean {
    return this.dispatchEvent(event);
  }
}
