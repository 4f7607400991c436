/**
 * @module
 * `@grantkit/elements/consent-strings`: the consent card's copy in every language, written once
 * for `<gk-consent>` (which loads one language lazily from the same modules) and for the
 * server's no-JavaScript consent page, so the two cannot drift apart. Plain data and `Intl`
 * only: it runs in Node as well as in a browser.
 */
import de from './components/consent/i18n/de.js';
import en, { type ConsentStrings } from './components/consent/i18n/en.js';
import fr from './components/consent/i18n/fr.js';
import nb from './components/consent/i18n/nb.js';
import pt from './components/consent/i18n/pt.js';
import type { Locale } from './i18n/locales.js';

export type { ConsentStrings };
export type { Locale };

/** The consent card's copy by language. */
export const consentStrings: Readonly<Record<Locale, ConsentStrings>> = { en, fr, de, pt, nb };
