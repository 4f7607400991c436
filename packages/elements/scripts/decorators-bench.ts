/**
 * @module
 * `npm run bench:decorators -w @grantkit/elements` (after `npm run build`): the evidence for
 * keeping Lit's legacy decorators. Converts a copy of the sources to standard decorators
 * (`@property() accessor x`), compiles it with tsc twice — lowered to ES2022, and left as
 * ESNext for the consumer's esbuild to lower — and measures a few entries the way
 * scripts/size.ts measures the shipped ones. The copy lives in `.bench/` (git-ignored).
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureFile } from './size.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const work = join(root, '.bench/decorators');
const ENTRIES = ['components/access-button/access-button.define.js', 'components/consent/consent.define.js', 'components/installation-access/installation-access.define.js', 'define.js'];

/** `@property(…) name = …` → `@property(…) accessor name = …`; optional fields become `| undefined` (an accessor cannot be optional). */
function toStandard(source: string): string {
  return source
    .replace(/(@(?:property|state|query)\((?:[^()]|\([^()]*\))*\)\s+)((?:private |protected |public |override |readonly )*)(\w+[?!]?\s*[:=;])/g, '$1$2accessor $3')
    .replace(/accessor (\w+)\?: ([^;=]+(?:=>[^;=]+)?);/g, 'accessor $1: $2 | undefined;');
}

function convert(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) convert(full);
    else if (entry.name.endsWith('.test.ts')) rmSync(full);
    else if (entry.name.endsWith('.ts')) writeFileSync(full, toStandard(readFileSync(full, 'utf8')));
  }
}

rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
cpSync(join(root, 'src'), join(work, 'src'), { recursive: true });
rmSync(join(work, 'src/internal/test'), { recursive: true, force: true });
convert(join(work, 'src'));

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
for (const target of ['ES2022', 'ESNext']) {
  const config = {
    extends: '../../../../tsconfig.base.json',
    compilerOptions: { outDir: `out-${target}`, rootDir: 'src', target, experimentalDecorators: false, useDefineForClassFields: true, noEmit: false, declaration: false, sourceMap: false, customConditions: [], types: [] },
    include: ['src'],
  };
  writeFileSync(join(work, `tsconfig.${target}.json`), JSON.stringify(config));
  // Lit's @query typings refuse two `accessor` fields typed `| undefined`; tsc emits regardless.
  spawnSync(process.execPath, [tsc, '-p', join(work, `tsconfig.${target}.json`)], { stdio: 'ignore' });
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(2)} KB`;
console.log('| entry | legacy, tsc (shipped) | standard, tsc → ES2022 | standard as ESNext, esbuild → ES2022 |');
console.log('| --- | --- | --- | --- |');
for (const entry of ENTRIES) {
  const sizes = await Promise.all([join(root, 'dist', entry), join(work, 'out-ES2022', entry), join(work, 'out-ESNext', entry)].map((file) => measureFile(entry, file)));
  console.log(`| ${entry.split('/').pop()} | ${sizes.map((size) => kb(size.initial)).join(' | ')} |`);
}
