/**
 * The consumer type tests (test/types/*) on the built `.d.ts`, as a partner's project resolves
 * them: no `source` condition and no decorator settings. `npm run typecheck` runs the same
 * programs on the sources. Needs `npm run build` first (the root `npm test` runs it).
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const programs = readdirSync(join(root, 'test/types'), { withFileTypes: true }).filter((entry) => entry.isDirectory());

for (const program of programs) {
  test(`test/types/${program.name} type-checks against dist`, () => {
    assert.ok(existsSync(join(root, 'dist/react.d.ts')), 'dist is missing: run `npm run build -w @grantkit/elements` first');
    const args = ['-p', `test/types/${program.name}`, '--customConditions', 'null', '--experimentalDecorators', 'false', '--useDefineForClassFields', 'true'];
    try {
      execFileSync(process.execPath, [tsc, ...args], { cwd: root, encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      assert.fail(`tsc ${args.join(' ')}\n${(error as { stdout?: string }).stdout ?? String(error)}`);
    }
  });
}
