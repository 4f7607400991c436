/**
 * @module
 * `<gk-service-accounts>` strings. Every language, English included, is its own chunk loaded on
 * first use, so a page downloads exactly the one it shows.
 */
import type { Locale } from '../../../i18n/locales.js';
import type { ServiceAccountStrings } from './en.js';

export type { ServiceAccountStrings } from './en.js';

const importers: Record<Locale, () => Promise<{ default: ServiceAccountStrings }>> = {
  en: () => import('./en.js'),
  fr: () => import('./fr.js'),
  de: () => import('./de.js'),
  pt: () => import('./pt.js'),
  nb: () => import('./nb.js'),
};

const loaded = new Map<Locale, ServiceAccountStrings>();
const loading = new Map<Locale, Promise<void>>();

/** The strings of `locale` once loaded (English when that language failed to load). */
export const serviceAccountStrings = (locale: Locale): ServiceAccountStrings | undefined => loaded.get(locale);

/** Loads `locale` once; a failed chunk falls back to English rather than to nothing. */
export function loadServiceAccountStrings(locale: Locale): Promise<void> {
  let pending = loading.get(locale);
  if (!pending) {
    pending = importers[locale]().then(
      (m) => void loaded.set(locale, m.default),
      () => (locale === 'en' ? undefined : loadServiceAccountStrings('en').then(() => void loaded.set(locale, loaded.get('en')!))),
    );
    loading.set(locale, pending);
  }
  return pending;
}
