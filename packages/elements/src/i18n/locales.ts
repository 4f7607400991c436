/**
 * @module
 * The languages the elements ship and how any BCP 47 tag maps onto one of them.
 */

/** Languages with a catalogue. English is the reference and the fallback. */
export const SUPPORTED_LOCALES = ['en', 'fr', 'de', 'pt', 'nb'] as const;

/** One of {@link SUPPORTED_LOCALES}. */
export type Locale = (typeof SUPPORTED_LOCALES)[number];

/**
 * Maps a BCP 47 tag (`fr-CA`, `pt_BR`, `no`, `NN`) to a shipped language, or `undefined` when we
 * have none for it. Norwegian `no` and Nynorsk `nn` map to Bokmål, as the server does
 * (docs/ARCHITECTURE.md, "The access request page").
 */
export function matchLocale(tag: string | null | undefined): Locale | undefined {
  if (!tag) return undefined;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  if (primary === 'no' || primary === 'nn') return 'nb';
  return (SUPPORTED_LOCALES as readonly string[]).includes(primary ?? '') ? (primary as Locale) : undefined;
}

/**
 * The language an element should speak: the first tag we support among the candidates (in
 * order: the element's `locale` attribute, then whatever the element adds, such as the access
 * request's locale), else the closest `lang` attribute up the composed tree (crossing shadow
 * roots), else the document's language, else English.
 */
export function resolveLocale(element: Element, ...candidates: Array<string | null | undefined>): Locale {
  for (const candidate of candidates) {
    const match = matchLocale(candidate);
    if (match) return match;
  }
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      // The closest `lang` wins even when unsupported (a French page inside a Japanese one is
      // still French); an unsupported closest language falls through to English below.
      return matchLocale(node.getAttribute('lang')) ?? 'en';
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return matchLocale(document.documentElement.lang) ?? 'en';
}
