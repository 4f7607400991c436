import { describe, expect, it } from 'vitest';
import { generateLookupKey, generateUniqueLookupKey, LOOKUP_KEY_ALPHABET, parseLookupKey } from './lookup-keys.js';

describe('lookup keys', () => {
  it('generates 6-character keys from the unambiguous alphabet only', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 500; i++) {
      const key = generateLookupKey();
      expect(key).toMatch(/^[ABCDEFGHJKLMNPQRSTUVWXYZ23456789]{6}$/);
      seen.add(key);
    }
    expect(seen.size).toBeGreaterThan(490);
    expect(LOOKUP_KEY_ALPHABET).not.toMatch(/[01IO]/);
  });

  it('parses input case-insensitively and trims it', () => {
    expect(parseLookupKey(' tzbv ')).toBe('TZBV');
    expect(parseLookupKey('Ab3dEf')).toBe('AB3DEF');
  });

  it('refuses keys with look-alike characters, bad lengths or other characters', () => {
    for (const bad of ['TZB', 'ABCDEFGHJ', 'TZB0', 'TZBI', 'TZBO', 'TZB1', 'TZ-BV', '', 'TZBV/..', 'TŽBV']) {
      expect(parseLookupKey(bad), bad).toBeNull();
    }
  });

  it('retries until a free key is found, and gives up with a clear error', async () => {
    const taken = new Set(['AAAAAA', 'BBBBBB']);
    const queue = ['AAAAAA', 'BBBBBB', 'CCCCCC'];
    const key = await generateUniqueLookupKey(async (k) => taken.has(k), { generate: () => queue.shift()! });
    expect(key).toBe('CCCCCC');
    await expect(generateUniqueLookupKey(async () => true, { attempts: 3 })).rejects.toMatchObject({ code: 'lookup_key_exhausted' });
  });
});
