/**
 * @module
 * `<gk-partner-installations>` strings: every language, English included, is its own chunk.
 */
import { catalogue } from '../../../i18n/catalogue.js';
import type { PartnerInstallationStrings } from './en.js';

export type { PartnerInstallationStrings } from './en.js';

/** The element's strings, loaded per language on first use. */
export const partnerInstallationStrings = catalogue<PartnerInstallationStrings>({
  en: () => import('./en.js'),
  fr: () => import('./fr.js'),
  de: () => import('./de.js'),
  pt: () => import('./pt.js'),
  nb: () => import('./nb.js'),
});
