/**
 * @module
 * Formatting shared by the catalogues (kept apart so a lazily loaded language does not pull
 * in another).
 */

/** Formats an ISO date in the catalogue's language, or returns it unchanged when unparsable. */
export function formatDate(locale: string, iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(date);
}
