/**
 * @module domain/locales
 * The languages of the access-request pages and the elements, and how a BCP 47 tag (RFC 5646)
 * maps onto them: only the primary language subtag counts (`fr-CH` → `fr`), and Norwegian in
 * any form (`no`, `nn`, `nb-NO`) is served in Bokmål.
 */

export const LOCALES = ['en', 'fr', 'de', 'pt', 'nb'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** The supported locale for a tag, or null when its language is not supported. */
export function normaliseLocale(tag: string): Locale | null {
  const language = tag.trim().split(/[-_]/)[0]?.toLowerCase() ?? '';
  const mapped = language === 'no' || language === 'nn' ? 'nb' : language;
  return (LOCALES as readonly string[]).includes(mapped) ? (mapped as Locale) : null;
}

/**
 * The best supported locale of an `Accept-Language` header (RFC 9110 §12.5.4), honouring
 * q-values; the default when none matches.
 */
export function localeFromAcceptLanguage(header: string | undefined | null): Locale {
  if (!header) return DEFAULT_LOCALE;
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { tag, q: q === undefined ? 1 : Number(q), index };
    })
    .filter((r) => r.tag && r.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranked) {
    const locale = normaliseLocale(tag);
    if (locale) return locale;
  }
  return DEFAULT_LOCALE;
}
