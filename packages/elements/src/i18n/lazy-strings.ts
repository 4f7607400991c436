/**
 * @module
 * An element's own strings, one chunk per language (English included), loaded the first time the
 * element shows that language, so a page downloads exactly the one it shows. Used by the elements
 * that read none of the shared catalogue (see base/own-strings-element.ts).
 */
import type { Locale } from './locales.js';

/** One element's strings by language. */
export interface LazyStrings<T> {
  /** The strings of `locale` once loaded (English when that language's chunk failed). */
  get(locale: Locale): T | undefined;
  /** Loads `locale` once (shared by concurrent callers); a failed chunk falls back to English. */
  load(locale: Locale): Promise<void>;
}

/** A loader over one import per language. */
export function lazyStrings<T>(importers: Record<Locale, () => Promise<{ default: T }>>): LazyStrings<T> {
  const loaded = new Map<Locale, T>();
  const loading = new Map<Locale, Promise<void>>();
  const load = (locale: Locale): Promise<void> => {
    let pending = loading.get(locale);
    if (!pending) {
      pending = importers[locale]().then(
        (m) => void loaded.set(locale, m.default),
        () => (locale === 'en' ? undefined : load('en').then(() => void loaded.set(locale, loaded.get('en')!))),
      );
      loading.set(locale, pending);
    }
    return pending;
  };
  return { get: (locale) => loaded.get(locale), load };
}
