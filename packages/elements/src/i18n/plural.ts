/**
 * @module
 * Plurals and lists by the language's own rules (`Intl.PluralRules`, `Intl.ListFormat`), so the
 * catalogues write one form per CLDR category instead of `n === 1 ? … : …`, which is wrong for
 * French 0 ("0 code créé") and for languages with more than two forms.
 */

/** The forms of one phrase by CLDR plural category; `other` is required, the rest as the language needs. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { readonly other: string };

const pluralRules = new Map<string, Intl.PluralRules>();
const listFormats = new Map<string, Intl.ListFormat>();

/** The form of `forms` for `n` in `locale`, with `#` replaced by `n` formatted for that language. */
export function plural(locale: string, n: number, forms: PluralForms): string {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  const form = forms[rules.select(n)] ?? forms.other;
  return form.replace('#', new Intl.NumberFormat(locale).format(n));
}

/** `items` as one phrase in `locale` ("a, b and c", "a, b et c"), by the language's own list rules. */
export function list(locale: string, items: readonly string[]): string {
  let format = listFormats.get(locale);
  if (!format) listFormats.set(locale, (format = new Intl.ListFormat(locale, { type: 'conjunction' })));
  return format.format(items);
}
