/**
 * @module
 * The invitation elements' catalogues by language (same locales as the package's catalogues).
 */
import type { Locale } from '../../../i18n/locales.js';
import de from './de.js';
import en, { type InvitationStrings } from './en.js';
import fr from './fr.js';
import nb from './nb.js';
import pt from './pt.js';

export type { InvitationStrings } from './en.js';

export const invitationCatalogues: Readonly<Record<Locale, InvitationStrings>> = { en, fr, de, pt, nb };
