/**
 * @module
 * Loading an invitation element's strings in French, German, Portuguese or Norwegian: each
 * element has one chunk per language (its own section and the shared ones), imported the first
 * time it shows that language, so a page downloads one small chunk at most. English is not
 * loaded: each element imports the English sections it shows from ./en.ts (named exports).
 */
import type { Locale } from '../../../i18n/locales.js';

export type { InvitationStrings } from './en.js';

type Other = Exclude<Locale, 'en'>;

/** One element's strings by language. */
export interface StringsLoader<T> {
  /** The loaded strings of a language other than English; undefined means "use English". */
  get(locale: Locale): T | undefined;
  /** True when `locale` can render now (English, loaded, or failed and shown in English). */
  ready(locale: Locale): boolean;
  /** Loads `locale` once (shared by concurrent callers); a failed import falls back to English. */
  load(locale: Locale): Promise<void>;
}

/** A loader over one import per language. */
export function stringsLoader<T>(importers: Record<Other, () => Promise<{ default: T }>>): StringsLoader<T> {
  /** `null` marks a language whose chunk failed to load. */
  const loaded = new Map<Other, T | null>();
  const loading = new Map<Other, Promise<void>>();
  return {
    get: (locale) => (locale === 'en' ? undefined : (loaded.get(locale) ?? undefined)),
    ready: (locale) => locale === 'en' || loaded.has(locale),
    load(locale) {
      if (locale === 'en' || loaded.has(locale)) return Promise.resolve();
      let pending = loading.get(locale);
      if (!pending) {
        pending = importers[locale]().then(
          (module) => void loaded.set(locale, module.default),
          () => void loaded.set(locale, null),
        );
        loading.set(locale, pending);
      }
      return pending;
    },
  };
}
