/**
 * @module domain/text-input
 * The one rule for control characters in text input, whatever the transport: a string that
 * carries a C0 control other than TAB, LF and CR, DEL, or a C1 control is refused, never
 * stripped or stored. PostgreSQL cannot store NUL in text at all (`invalid byte sequence for
 * encoding "UTF8": 0x00`), and the other controls are never meant in a name, an address, a
 * password or an OAuth parameter. TAB, LF and CR stay allowed for multi-line text.
 *
 * The JSON API applies it to every validated request part (http/validation.ts), the HTML forms
 * to every field (http/pages/page-helpers.ts `formFields`), the OAuth endpoints to the form and
 * the Basic credentials (oauth/endpoint-response.ts, oauth/client-authentication.ts), the
 * access-request link to its parameters (domain/access-request-params.ts).
 */
import { ValidationError, type FieldError } from '../errors.js';

const CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

export function hasControlCharacter(text: string): boolean {
  return CONTROL_CHARACTER.test(text);
}

/** The field error for `field`, as every entry point reports it. */
export function controlCharacterFieldError(field: string): FieldError {
  return { field, code: 'control_character', message: `${field} must not contain control characters.` };
}

/**
 * The dotted paths of the strings in `value` (parsed JSON, a query, a form: objects and arrays at
 * any depth, keys included) that carry a control character.
 */
export function fieldsWithControlCharacters(value: unknown, path = ''): string[] {
  if (typeof value === 'string') return hasControlCharacter(value) ? [path || '(body)'] : [];
  if (value === null || typeof value !== 'object') return [];
  const found: string[] = [];
  for (const [key, member] of Object.entries(value)) {
    const memberPath = path ? `${path}.${key}` : key;
    if (hasControlCharacter(key)) found.push(memberPath);
    else found.push(...fieldsWithControlCharacters(member, memberPath));
  }
  return found;
}

/** Throws 400 validation_failed naming each field of `value` that carries a control character. */
export function refuseControlCharacters(value: unknown): void {
  const fields = fieldsWithControlCharacters(value);
  if (fields.length) throw new ValidationError(fields.map(controlCharacterFieldError));
}
