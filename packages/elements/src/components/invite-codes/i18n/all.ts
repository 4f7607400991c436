/**
 * @module
 * Every invitation catalogue, whole and statically (tests and tooling; the elements load one
 * element's strings per language lazily).
 */
import type { Locale } from '../../../i18n/locales.js';
import en, { type InvitationStrings } from './en.js';
import de from './full/de.js';
import fr from './full/fr.js';
import nb from './full/nb.js';
import pt from './full/pt.js';

export const invitationCatalogues: Readonly<Record<Locale, InvitationStrings>> = { en, fr, de, pt, nb };
