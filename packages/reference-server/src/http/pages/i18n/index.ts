/**
 * @module http/pages/i18n
 * One catalogue per supported locale.
 */
import type { Locale } from '../../../domain/locales.js';
import de from './de.js';
import en, { type PageMessages } from './en.js';
import fr from './fr.js';
import nb from './nb.js';
import pt from './pt.js';

export type { PageMessages };

const catalogues: Readonly<Record<Locale, PageMessages>> = { en, fr, de, pt, nb };

export function messages(locale: Locale): PageMessages {
  return catalogues[locale];
}
