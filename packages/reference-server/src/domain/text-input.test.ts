import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors.js';
import { fieldsWithControlCharacters, hasControlCharacter, refuseControlCharacters } from './text-input.js';

describe('the control-character rule', () => {
  it('refuses C0 controls but TAB, LF and CR, DEL and C1 controls', () => {
    for (const c of ['\u0000', '\u0007', '\u000b', '\u001b', '\u007f', '\u0085']) expect(hasControlCharacter(`a${c}b`)).toBe(true);
    for (const text of ['a\tb', 'a\nb', 'a\r\nb', 'Ærøskøbing €', '∕∕']) expect(hasControlCharacter(text)).toBe(false);
  });

  it('names every field that carries one, at any depth and in keys', () => {
    expect(fieldsWithControlCharacters({ name: 'ok', nested: { list: ['x', 'y\u0000'] }, ['k\u0000']: 'v' })).toEqual(['nested.list.1', 'k\u0000']);
    expect(fieldsWithControlCharacters('\u0000')).toEqual(['(body)']);
    expect(() => refuseControlCharacters({ email: 'a\u0000' })).toThrow(ValidationError);
    expect(() => refuseControlCharacters({ email: 'a', n: 1, b: null })).not.toThrow();
  });
});
