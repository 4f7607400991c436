/**
 * @module
 * Loading a language's catalogue on demand. Every language, English included, is a separate
 * module imported the first time an element needs it, so a page downloads the one language it
 * shows. In a single-file bundle (no code splitting) the import is inlined and resolves at once.
 */
import type { Translation } from './en.js';
import type { Locale } from './locales.js';

const importers: Record<Locale, () => Promise<{ default: Translation }>> = {
  en: () => import('./en.js'),
  fr: () => import('./fr.js'),
  de: () => import('./de.js'),
  pt: () => import('./pt.js'),
  nb: () => import('./nb.js'),
};

const loaded = new Map<Locale, Translation>();
const failed = new Set<Locale>();
const loading = new Map<Locale, Promise<void>>();

/**
 * The catalogue to render `locale` with: its own once loaded, else English (when `locale`
 * failed to load), else whichever is loaded; `undefined` before any has loaded.
 */
export function catalogueFor(locale: Locale): Translation | undefined {
  return loaded.get(locale) ?? loaded.get('en') ?? loaded.values().next().value;
}

/** True when `locale` can render now: loaded, or failed with English loaded as the fallback. */
export function isCatalogueReady(locale: Locale): boolean {
  return loaded.has(locale) || (failed.has(locale) && loaded.has('en'));
}

/** True when neither `locale` nor English can ever load (their chunks failed). */
export function isCatalogueUnavailable(locale: Locale): boolean {
  return failed.has(locale) && failed.has('en');
}

/**
 * Loads `locale` once; concurrent callers share one import. A failed import (a chunk that did
 * not arrive) loads English instead, so the element renders in English rather than not at all.
 */
export function loadCatalogue(locale: Locale): Promise<void> {
  let pending = loading.get(locale);
  if (!pending) {
    pending = importers[locale]().then(
      (module) => void loaded.set(locale, module.default),
      () => {
        failed.add(locale);
        return locale === 'en' ? undefined : loadCatalogue('en');
      },
    );
    loading.set(locale, pending);
  }
  return pending;
}
