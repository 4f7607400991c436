import { describe, expect, it } from 'vitest';
import { safeNext } from './page-helpers.js';

describe('safeNext', () => {
  it('keeps a same-site path with its query and fragment', () => {
    expect(safeNext('/access/request/TZBV?state=a%20b#top')).toBe('/access/request/TZBV?state=a%20b#top');
  });

  it('refuses other sites, however they are spelt', () => {
    for (const next of ['https://evil.example', '//evil.example', '/\\evil.example', '/\t/evil.example', '/.//evil.example', 'evil', 42, undefined]) {
      expect(safeNext(next)).toBe('/');
    }
  });

  it('percent-encodes characters a Location header cannot carry', () => {
    expect(safeNext('/€')).toBe('/%E2%82%AC');
    expect(safeNext('/∕∕evil.example')).toBe('/%E2%88%95%E2%88%95evil.example');
    expect(safeNext('/a?q=ø€')).toBe('/a?q=%C3%B8%E2%82%AC');
  });
});
