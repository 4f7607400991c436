/**
 * @module
 * The catalogues by language. All five are bundled: together they weigh a few hundred bytes
 * gzipped per element, less than a second request for a lazily loaded one would cost.
 */
import de from './de.js';
import en from './en.js';
import fr from './fr.js';
import nb from './nb.js';
import pt from './pt.js';
import type { Translation } from './en.js';
import type { Locale } from './locales.js';

export type { Translation } from './en.js';
export { matchLocale, resolveLocale, SUPPORTED_LOCALES, type Locale } from './locales.js';

/** Catalogue per shipped language. */
export const catalogues: Readonly<Record<Locale, Translation>> = { en, fr, de, pt, nb };
