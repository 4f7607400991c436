/**
 * @module
 * `<gk-partner-invitations>` strings: every language, English included, is its own chunk.
 */
import { catalogue } from '../../../i18n/catalogue.js';
import type { PartnerInvitationStrings } from './en.js';

export type { PartnerInvitationStrings } from './en.js';

/** The element's strings, loaded per language on first use. */
export const partnerInvitationStrings = catalogue<PartnerInvitationStrings>({
  en: () => import('./en.js'),
  fr: () => import('./fr.js'),
  de: () => import('./de.js'),
  pt: () => import('./pt.js'),
  nb: () => import('./nb.js'),
});
