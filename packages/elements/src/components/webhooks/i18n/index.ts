/**
 * @module
 * `<gk-webhooks>` strings. Every language, English included, is its own chunk loaded on first
 * use, so a page downloads exactly the one it shows.
 */
import { catalogue } from '../../../i18n/catalogue.js';
import type { WebhookStrings } from './en.js';

export type { WebhookStrings } from './en.js';

/** The element’s strings, loaded per language on first use. */
export const webhookStrings = catalogue<WebhookStrings>({
  en: () => import('./en.js'),
  fr: () => import('./fr.js'),
  de: () => import('./de.js'),
  pt: () => import('./pt.js'),
  nb: () => import('./nb.js'),
});
