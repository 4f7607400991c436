/**
 * @module
 * `npm run bench -w @grantkit/elements` (after `npm run build`): prints each element's compiled
 * entry bundled alone with Lit, and the shipped `dist/bundle.js`, minified and gzipped (see
 * scripts/size.ts for what each column counts).
 */
import { BUNDLE_BUDGET_BYTES, ELEMENT_BUDGET_BYTES, measureAll } from './size.js';

const kb = (bytes: number): string => (bytes ? `${(bytes / 1024).toFixed(2)} KB` : '-');
const sizes = await measureAll();
const budgetOf = (name: string): number | undefined =>
  name.startsWith('gk-') ? ELEMENT_BUDGET_BYTES : name.startsWith('bundle.js') ? BUNDLE_BUDGET_BYTES : undefined;
const rows = sizes.map((size) => {
  const budget = budgetOf(size.name);
  const { locale, chunks } = size.worstLanguage;
  return {
    bundle: size.name,
    'initial min': kb(size.minified),
    'initial gz': kb(size.initial),
    // Every chunk of the costliest language, not only its largest one.
    '+ 1 language gz (all its chunks)': `${kb(size.language)} (${locale}, ${chunks} chunk${chunks === 1 ? '' : 's'})`,
    '+ lazy gz': Object.entries(size.lazy).map(([file, bytes]) => `${kb(bytes)} (${file})`).join(', ') || '-',
    'worst case gz': kb(size.worst),
    budget: budget === undefined ? '-' : `${budget / 1024} KB ${size.worst > budget ? 'OVER' : 'ok'}`,
  };
});
const keys = Object.keys(rows[0]!) as Array<keyof (typeof rows)[number]>;
const widths = keys.map((key) => Math.max(key.length, ...rows.map((row) => row[key].length)));
const line = (cells: string[]): string => `| ${cells.map((cell, index) => cell.padEnd(widths[index]!)).join(' | ')} |`;
console.log(line(keys));
console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`);
for (const row of rows) console.log(line(keys.map((key) => row[key])));
