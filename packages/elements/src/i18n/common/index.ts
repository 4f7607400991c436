/**
 * @module
 * The strings every element shares (loading, retry, errors, dates), one chunk per language,
 * loaded beside an element's own catalogue by {@link withCommon}.
 */
import type { Importers } from '../catalogue.js';
import { SUPPORTED_LOCALES, type Locale } from '../locales.js';
import type { CommonStrings } from './en.js';

export type { CommonStrings } from './en.js';

const commonImporters: Importers<CommonStrings> = {
  en: () => import('./en.js'),
  fr: () => import('./fr.js'),
  de: () => import('./de.js'),
  pt: () => import('./pt.js'),
  nb: () => import('./nb.js'),
};

/** An element's own importers extended with the shared strings (as `common`), loaded in parallel. */
export function withCommon<T>(own: Importers<T>): Importers<T & { readonly common: CommonStrings }> {
  const entry = (locale: Locale) => async () => {
    const [common, strings] = await Promise.all([commonImporters[locale](), own[locale]()]);
    return { default: { ...strings.default, common: common.default } };
  };
  return Object.fromEntries(SUPPORTED_LOCALES.map((locale) => [locale, entry(locale)])) as unknown as Importers<T & { readonly common: CommonStrings }>;
}
