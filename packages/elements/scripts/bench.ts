/**
 * @module
 * `npm run bench -w @grantkit/elements` (after `npm run build`): prints each element's compiled
 * entry bundled alone with Lit, and the shipped `dist/bundle.js`, minified and gzipped (see
 * scripts/size.ts for what each column counts).
 */
import { BUNDLE_BUDGET_BYTES, ELEMENT_BUDGET_BYTES, measureAll } from './size.js';

const kb = (bytes: number): string => (bytes ? `${(bytes / 1024).toFixed(2)} KB` : '-');
const sizes = await measureAll();
const verdict = (initialAndLanguage: number, worst: number, budget: number): string =>
  initialAndLanguage > budget ? 'OVER' : worst > budget ? 'OVER (lazy chunks)' : 'ok';
const rows = sizes.map((size) => ({
  bundle: size.name,
  'initial min': kb(size.minified),
  'initial gz': kb(size.initial),
  '+ 1 language gz': kb(size.language),
  '+ lazy gz': Object.entries(size.lazy).map(([file, bytes]) => `${kb(bytes)} (${file})`).join(', ') || '-',
  'worst case gz': kb(size.worst),
  'every chunk of 1 language': size.languageAll === size.language ? '=' : `${kb(size.languageAll)} → ${kb(size.worstAll)}`,
  budget: size.name.startsWith('gk-')
    ? `16 KB ${verdict(size.initial + size.language, size.worst, ELEMENT_BUDGET_BYTES)}`
    : size.name.startsWith('bundle.js')
      ? `${BUNDLE_BUDGET_BYTES / 1024} KB ${verdict(size.initial + size.languageAll, size.worstAll, BUNDLE_BUDGET_BYTES)}`
      : '-',
}));
const keys = Object.keys(rows[0]!) as Array<keyof (typeof rows)[number]>;
const widths = keys.map((key) => Math.max(key.length, ...rows.map((row) => row[key].length)));
const line = (cells: string[]): string => `| ${cells.map((cell, index) => cell.padEnd(widths[index]!)).join(' | ')} |`;
console.log(line(keys));
console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`);
for (const row of rows) console.log(line(keys.map((key) => row[key])));
