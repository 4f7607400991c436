/**
 * @module
 * Every invitation catalogue, whole and statically (tests and tooling; the elements load one
 * element's strings per language lazily).
 */
import type { Locale } from '../../../i18n/locales.js';
import { copy, date, errors, invite, list, members, mode, redeem, roles, status, type InvitationStrings } from './strings.js';
import de from './full/de.js';
import fr from './full/fr.js';
import nb from './full/nb.js';
import pt from './full/pt.js';

const en: InvitationStrings = { date, roles, status, mode, errors, copy, redeem, invite, list, members };

export const invitationCatalogues: Readonly<Record<Locale, InvitationStrings>> = { en, fr, de, pt, nb };
