import { describe, expect, it } from 'vitest';
import { localeFromAcceptLanguage, normaliseLocale } from './locales.js';

describe('locales', () => {
  it('maps region tags to their language and Norwegian variants to nb', () => {
    expect(normaliseLocale('fr-CH')).toBe('fr');
    expect(normaliseLocale('pt-BR')).toBe('pt');
    expect(normaliseLocale('DE')).toBe('de');
    expect(normaliseLocale('no')).toBe('nb');
    expect(normaliseLocale('nn-NO')).toBe('nb');
    expect(normaliseLocale('nb_NO')).toBe('nb');
  });

  it('returns null for unsupported languages', () => {
    expect(normaliseLocale('es')).toBeNull();
    expect(normaliseLocale('')).toBeNull();
    expect(normaliseLocale('x-klingon')).toBeNull();
  });

  it('picks the best supported language of Accept-Language by q-value', () => {
    expect(localeFromAcceptLanguage('es-ES,es;q=0.9,de;q=0.8,fr;q=0.5')).toBe('de');
    expect(localeFromAcceptLanguage('fr;q=0.4, nb;q=0.9')).toBe('nb');
    expect(localeFromAcceptLanguage('it, es')).toBe('en');
    expect(localeFromAcceptLanguage(undefined)).toBe('en');
    expect(localeFromAcceptLanguage('de;q=0')).toBe('en');
  });
});
