import assert from 'node:assert/strict';
import { test } from 'node:test';
import { exportTargets, shippingProblems } from './what-ships.js';

const base = ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'dist/index.js', 'dist/index.d.ts'];

test('a clean server file list passes; tests, helpers and build state are named', () => {
  const manifest = { exports: { '.': { source: './src/index.ts', types: './dist/index.d.ts', default: './dist/index.js' } }, bin: { x: './dist/bin.js' } };
  assert.deepEqual(shippingProblems('@grantkit/reference-server', [...base, 'dist/bin.js', 'dist/bin.d.ts'], manifest), []);
  const bad = shippingProblems('@grantkit/reference-server', [...base, 'src/a.test.ts', 'src/testing/app.ts', 'dist/.tsbuildinfo', 'dist/x.js'], manifest);
  assert.deepEqual(bad, [
    'missing dist/bin.js (named in package.json)',
    'ships tests: src/a.test.ts',
    'ships test helpers: src/testing/app.ts',
    'ships build state: dist/.tsbuildinfo',
    'no .d.ts beside dist/x.js',
  ]);
});

test('export targets skip the source condition and wildcard patterns', () => {
  assert.deepEqual(
    exportTargets({ exports: { '.': { source: './src/i.ts', types: './dist/i.d.ts', default: './dist/i.js' }, './*': './dist/*.js', './p': './p.json' } }),
    ['dist/i.d.ts', 'dist/i.js', 'p.json'],
  );
});
