import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { THEME_TOKENS } from './theme-tokens.js';

const ELEMENTS_SRC = fileURLToPath(new URL('../../../elements/src/', import.meta.url));

describe('the theme tokens', () => {
  it('are exactly the --gk-* properties the elements read', () => {
    const read = new Set<string>();
    for (const file of readdirSync(ELEMENTS_SRC, { recursive: true, encoding: 'utf8' })) {
      if (!file.endsWith('.ts') || file.endsWith('.test.ts')) continue;
      for (const m of readFileSync(join(ELEMENTS_SRC, file), 'utf8').matchAll(/var\(--gk-([a-z0-9-]+)/g)) read.add(m[1]!);
    }
    expect(read.size).toBeGreaterThan(10);
    expect(new Set(THEME_TOKENS)).toEqual(read);
  });
});
