/**
 * @module
 * The root of every grantkit element: the locale and typed events, without any strings. Strings
 * come from base/gk-element.ts (one lazy catalogue per element, src/i18n/catalogue.ts).
 */
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { resolveLocale, type Locale } from '../i18n/locales.js';

/** Elements currently connected, so a change of the document's `lang` re-renders them. */
const connected = new Set<GkBase>();
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
 * Base class: the `locale` attribute and its resolution, and a typed `emit()`.
 *
 * The locale is, in order: the `locale` attribute; whatever a subclass adds through
 * {@link GkBase.localeHints} (the consent card adds the access request's locale); the closest
 * `lang` attribute (across shadow roots); the document's language; English.
 */
export class GkBase extends LitElement {
  /** BCP 47 language tag (`en`, `fr`, `de`, `pt`, `nb`; `no`/`nn` mean `nb`). */
  @property({ reflect: true }) locale?: string;

  /** The language in use, after resolution. */
  get resolvedLocale(): Locale {
    return resolveLocale(this, this.locale, ...this.localeHints());
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
