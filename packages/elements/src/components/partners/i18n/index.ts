/**
 * @module
 * `<gk-partners>` strings. Every language, English included, is its own chunk loaded on first
 * use (as the package's catalogues are), so a page downloads exactly the one it shows.
 */
import type { Locale } from '../../../i18n/locales.js';
import type { PartnerStrings } from './en.js';

export type { PartnerStrings } from './en.js';

const importers: Record<Locale, () => Promise<{ default: PartnerStrings }>> = {
  en: () => import('./en.js'),
  fr: () => import('./fr.js'),
  de: () => import('./de.js'),
  pt: () => import('./pt.js'),
  nb: () => import('./nb.js'),
};

const loaded = new Map<Locale, PartnerStrings>();
const loading = new Map<Locale, Promise<void>>();

/** The strings of `locale` once loaded (English when that language failed to load). */
export const partnerStrings = (locale: Locale): PartnerStrings | undefined => loaded.get(locale);

/** Loads `locale` once; a failed chunk falls back to English rather than to nothing. */
export function loadPartnerStrings(locale: Locale): Promise<void> {
  let pending = loading.get(locale);
  if (!pending) {
    pending = importers[locale]().then(
      (m) => void loaded.set(locale, m.default),
      () => (locale === 'en' ? undefined : loadPartnerStrings('en').then(() => void loaded.set(locale, loaded.get('en')!))),
    );
    loading.set(locale, pending);
  }
  return pending;
}
