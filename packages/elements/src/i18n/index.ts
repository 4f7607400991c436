/**
 * @module
 * Every language of the access-request elements' catalogues, whole and statically, for tooling
 * and tests. The elements themselves load one language at a time (./catalogue.ts).
 */
import enCommon from './common/en.js';
import enAccessButton from '../components/access-button/i18n/en.js';
import enConsent from '../components/consent/i18n/en.js';
import enInstallationAccess from '../components/installation-access/i18n/en.js';
import frCommon from './common/fr.js';
import frAccessButton from '../components/access-button/i18n/fr.js';
import frConsent from '../components/consent/i18n/fr.js';
import frInstallationAccess from '../components/installation-access/i18n/fr.js';
import deCommon from './common/de.js';
import deAccessButton from '../components/access-button/i18n/de.js';
import deConsent from '../components/consent/i18n/de.js';
import deInstallationAccess from '../components/installation-access/i18n/de.js';
import ptCommon from './common/pt.js';
import ptAccessButton from '../components/access-button/i18n/pt.js';
import ptConsent from '../components/consent/i18n/pt.js';
import ptInstallationAccess from '../components/installation-access/i18n/pt.js';
import nbCommon from './common/nb.js';
import nbAccessButton from '../components/access-button/i18n/nb.js';
import nbConsent from '../components/consent/i18n/nb.js';
import nbInstallationAccess from '../components/installation-access/i18n/nb.js';
import type { AccessButtonStrings } from '../components/access-button/i18n/en.js';
import type { ConsentStrings } from '../components/consent/i18n/en.js';
import type { InstallationAccessStrings } from '../components/installation-access/i18n/en.js';
import type { CommonStrings } from './common/en.js';
import type { Locale } from './locales.js';

export type { AccessButtonStrings, CommonStrings, ConsentStrings, InstallationAccessStrings };
export { matchLocale, resolveLocale, SUPPORTED_LOCALES, type Locale } from './locales.js';

/** The strings of the access-request elements in one language, by element. */
export interface Translation {
  /** BCP 47 tag of this catalogue. */
  readonly locale: string;
  readonly common: CommonStrings;
  readonly accessButton: AccessButtonStrings;
  readonly consent: ConsentStrings;
  readonly installationAccess: InstallationAccessStrings;
}

/** Whole catalogues by language. */
export const catalogues: Readonly<Record<Locale, Translation>> = {
  en: { locale: 'en', common: enCommon, ...enAccessButton, consent: enConsent, ...enInstallationAccess },
  fr: { locale: 'fr', common: frCommon, ...frAccessButton, consent: frConsent, ...frInstallationAccess },
  de: { locale: 'de', common: deCommon, ...deAccessButton, consent: deConsent, ...deInstallationAccess },
  pt: { locale: 'pt', common: ptCommon, ...ptAccessButton, consent: ptConsent, ...ptInstallationAccess },
  nb: { locale: 'nb', common: nbCommon, ...nbAccessButton, consent: nbConsent, ...nbInstallationAccess },
};
