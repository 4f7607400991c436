/**
 * @module
 * `npm run bench -w @grantkit/elements`: prints each element's size, bundled alone with Lit,
 * minified and gzipped (see scripts/size.ts for what each column counts).
 */
import { ELEMENT_BUDGET_BYTES, measureAll } from './size.js';

const kb = (bytes: number): string => (bytes ? `${(bytes / 1024).toFixed(2)} KB` : '-');
const sizes = await measureAll();
const rows = sizes.map((size) => ({
  bundle: size.name,
  'initial min': kb(size.minified),
  'initial gz': kb(size.initial),
  '+ 1 language gz': kb(size.language),
  '+ lazy gz': Object.entries(size.lazy).map(([file, bytes]) => `${kb(bytes)} (${file})`).join(', ') || '-',
  'worst case gz': kb(size.worst),
  'budget 16 KB': !size.name.startsWith('gk-') ? '-' : size.initial + size.language <= ELEMENT_BUDGET_BYTES ? (size.worst <= ELEMENT_BUDGET_BYTES ? 'ok' : 'OVER (lazy chunks)') : 'OVER',
}));
const keys = Object.keys(rows[0]!) as Array<keyof (typeof rows)[number]>;
const widths = keys.map((key) => Math.max(key.length, ...rows.map((row) => row[key].length)));
const line = (cells: string[]): string => `| ${cells.map((cell, index) => cell.padEnd(widths[index]!)).join(' | ')} |`;
console.log(line(keys));
console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`);
for (const row of rows) console.log(line(keys.map((key) => row[key])));
