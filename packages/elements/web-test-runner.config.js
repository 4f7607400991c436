// @ts-check
/**
 * Browser tests for @grantkit/elements: real headless Chromium (no downloaded browsers on this
 * machine), TypeScript through esbuild with our legacy-decorator tsconfig, the `source` export
 * condition so `@grantkit/sdk` resolves to its TypeScript, and msw's worker served at the root
 * (a worker in a sub-folder would intercept nothing).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/chromium.js';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const workerPath = require.resolve('msw/mockServiceWorker.js');

/** @returns {string[]} every *.test.ts under src/components (one group per file). */
function testFiles(dir = join(here, 'src')) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(full);
    return entry.name.endsWith('.test.ts') && !entry.name.endsWith('.node.test.ts') ? [full] : [];
  });
}

export default {
  rootDir: join(here, '../..'),
  nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
  concurrency: 1,
  testsFinishTimeout: 120_000,
  testFramework: { config: { timeout: 10_000 } },
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromiumPath(),
        headless: true,
        args: [...CHROMIUM_ARGS],
      },
    }),
  ],
  // The plugin reads only this tsconfig (not what it extends): it repeats the decorator settings.
  // target: the UA-based 'auto' default picks an old target for headless Chromium and fails.
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: join(here, 'tsconfig.json') })],
  middleware: [
    /** Serve msw's worker at the origin root so it controls the test page at `/`. */
    function mockServiceWorker(context, next) {
      if (context.path === '/mockServiceWorker.js') {
        context.type = 'application/javascript';
        context.set('Service-Worker-Allowed', '/');
        context.body = readFileSync(workerPath, 'utf8');
        return undefined;
      }
      return next();
    },
  ],
  groups: testFiles().map((file) => ({
    name: file.split('/').pop()?.replace(/\.test\.ts$/, '') ?? file,
    files: file,
  })),
};
