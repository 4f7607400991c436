import { describe, expect, it } from 'vitest';
import { likePattern } from './like-pattern.js';

describe('likePattern', () => {
  it('matches the text anywhere', () => expect(likePattern('fjord')).toBe('%fjord%'));
  it('escapes the wildcards and the escape character, so they match themselves', () => {
    expect(likePattern('50%_off\\')).toBe('%50\\%\\_off\\\\%');
  });
});
