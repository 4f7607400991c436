import { describe, expect, it } from 'vitest';
import { passwordWeakness } from './service-accounts.js';

describe('passwordWeakness (admin-chosen service-account passwords)', () => {
  it('accepts 12+ characters with three classes, or 20+ of anything varied', () => {
    expect(passwordWeakness('Correct-Horse-42')).toBeNull();
    expect(passwordWeakness('tr4ceparts-export!')).toBeNull();
    expect(passwordWeakness('correct horse battery staple')).toBeNull();
  });

  it('refuses short, single-class, repetitive, or name-containing passwords with a reason', () => {
    expect(passwordWeakness('Sh0rt!')).toMatch(/at least 12/);
    expect(passwordWeakness('alllowercaseletters')).toMatch(/three of/);
    expect(passwordWeakness('aaaaaaaaaaaaaaaaaaaaaaaaA1!')).toMatch(/too few different/);
    expect(passwordWeakness('Lead-Export-2026', ['lead-export'])).toMatch(/must not contain/);
    expect(passwordWeakness('x'.repeat(300))).toMatch(/at most 256/);
  });
});
