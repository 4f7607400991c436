/**
 * @module
 * The catalogues by language, and per-section tables for the elements. An element reads only
 * its sections through member accesses (`fr.consent`), so its bundle keeps only those strings,
 * in all five languages (a few hundred bytes gzipped per section), while each language still
 * lives in one file.
 */
import * as de from './de.js';
import * as en from './en.js';
import * as fr from './fr.js';
import * as nb from './nb.js';
import * as pt from './pt.js';
import type { AccessButtonStrings, CommonStrings, ConsentStrings, InstallationAccessStrings, Translation } from './en.js';
import type { Locale } from './locales.js';

export type { AccessButtonStrings, CommonStrings, ConsentStrings, InstallationAccessStrings, Translation } from './en.js';
export { matchLocale, resolveLocale, SUPPORTED_LOCALES, type Locale } from './locales.js';

/** One section of the catalogue, in every language. */
export type Localized<T> = Readonly<Record<Locale, T>>;

/** Whole catalogues by language (for tooling and tests; elements use the section tables). */
export const catalogues: Localized<Translation> = { en: en.default, fr: fr.default, de: de.default, pt: pt.default, nb: nb.default };

/** Strings every element shares. */
export const commonStrings: Localized<CommonStrings> = { en: en.common, fr: fr.common, de: de.common, pt: pt.common, nb: nb.common };

/** Strings of `<gk-access-button>`. */
export const accessButtonStrings: Localized<AccessButtonStrings> = {
  en: en.accessButton,
  fr: fr.accessButton,
  de: de.accessButton,
  pt: pt.accessButton,
  nb: nb.accessButton,
};

/** Strings of `<gk-consent>`. */
export const consentStrings: Localized<ConsentStrings> = { en: en.consent, fr: fr.consent, de: de.consent, pt: pt.consent, nb: nb.consent };

/** Strings of `<gk-installation-access>`. */
export const installationAccessStrings: Localized<InstallationAccessStrings> = {
  en: en.installationAccess,
  fr: fr.installationAccess,
  de: de.installationAccess,
  pt: pt.installationAccess,
  nb: nb.installationAccess,
};
