/**
 * @module
 * Loading a language's catalogue on demand. English is bundled with each element (only the
 * sections it reads); the other languages are separate modules imported the first time an
 * element needs them, so a page downloads one extra language at most. In a single-file bundle
 * (no code splitting) the import is inlined and resolves at once.
 */
import type { Translation } from './en.js';
import type { Locale } from './locales.js';

type Other = Exclude<Locale, 'en'>;

const importers: Record<Other, () => Promise<{ default: Translation }>> = {
  fr: () => import('./fr.js'),
  de: () => import('./de.js'),
  pt: () => import('./pt.js'),
  nb: () => import('./nb.js'),
};

const loaded = new Map<Other, Translation>();
const loading = new Map<Other, Promise<void>>();

/** The catalogue of `locale` if it is loaded; English always counts as loaded (returns null). */
export function loadedCatalogue(locale: Other): Translation | undefined {
  return loaded.get(locale);
}

/**
 * Loads `locale` once; concurrent callers share one import. A failed import (offline chunk)
 * resolves too: the element then stays in English rather than blank.
 */
export function loadCatalogue(locale: Other): Promise<void> {
  let pending = loading.get(locale);
  if (!pending) {
    pending = importers[locale]().then(
      (module) => void loaded.set(locale, module.default),
      () => void loaded.set(locale, undefined as never),
    );
    loading.set(locale, pending);
  }
  return pending;
}

/** True when `locale` can render now (English, a loaded language, or one that failed to load). */
export function isCatalogueReady(locale: Locale): boolean {
  return locale === 'en' || loaded.has(locale);
}
