/**
 * @module
 * The one way an element gets its strings: a catalogue per element, one lazily imported module
 * per language (English included), so a page downloads the one language it shows. An element
 * that also reads the strings every element shares loads them beside its own with `withCommon`
 * (./common/index.ts, a module of its own so that elements without them do not carry its
 * imports); in a bundle with every element they are one chunk per language.
 * In a single-file bundle (no code splitting) the imports are inlined and resolve at once.
 */
import type { Locale } from './locales.js';

/** One import per language; each module's default export is that language's strings. */
export type Importers<T> = Readonly<Record<Locale, () => Promise<{ readonly default: T }>>>;

/** One element's strings by language. */
export interface Catalogue<T> {
  /** The strings of `locale` once loaded (English when that language's module failed to load). */
  get(locale: Locale): T | undefined;
  /**
   * Loads `locale` once (concurrent callers share one import). A failed import loads English
   * instead, so the element renders in English rather than not at all; when English fails too,
   * {@link get} stays undefined.
   */
  load(locale: Locale): Promise<void>;
}

/** A catalogue over one import per language. */
export function catalogue<T>(importers: Importers<T>): Catalogue<T> {
  const loaded = new Map<Locale, T>();
  const loading = new Map<Locale, Promise<void>>();
  const load = (locale: Locale): Promise<void> => {
    let pending = loading.get(locale);
    if (!pending) {
      pending = importers[locale]().then(
        (module) => void loaded.set(locale, module.default),
        async () => {
          if (locale === 'en') return;
          await load('en');
          const english = loaded.get('en');
          if (english) loaded.set(locale, english);
        },
      );
      loading.set(locale, pending);
    }
    return pending;
  };
  return { get: (locale) => loaded.get(locale), load };
}
