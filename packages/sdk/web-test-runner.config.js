// @ts-check
/**
 * Browser tests of @grantkit/sdk (`src/**\/*.browser.test.ts`) in real headless Chromium: the
 * system binary (no downloaded browsers here; CHROME_PATH overrides), TypeScript through esbuild
 * with our tsconfig, the `source` export condition, and msw's worker served at the origin root
 * (a worker in a sub-folder would intercept nothing).
 */
import { readFileSync, readdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { esbuildPlugin } from '@web/dev-server-esbuild'
import { chromeLauncher } from '@web/test-runner-chrome'

const here = dirname(fileURLToPath(import.meta.url))
const require = createRequire(import.meta.url)
const workerPath = require.resolve('msw/mockServiceWorker.js')

/** @returns {string[]} every *.browser.test.ts under src. */
function testFiles(dir = join(here, 'src')) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name)
    if (entry.isDirectory()) return testFiles(full)
    return entry.name.endsWith('.browser.test.ts') ? [full] : []
  })
}

const chromeFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
  '--mute-audio',
]

export default {
  rootDir: join(here, '../..'),
  files: testFiles().map((file) => relative(process.cwd(), file)),
  nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
  concurrency: 1,
  testsFinishTimeout: 120_000,
  testFramework: { config: { timeout: 10_000 } },
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
        headless: true,
        args: chromeFlags,
      },
    }),
  ],
  plugins: [esbuildPlugin({ ts: true, tsconfig: join(here, 'tsconfig.json') })],
  middleware: [
    /** Serve the installed msw worker at the root so it controls the test page at `/`. */
    function mockServiceWorker(context, next) {
      if (context.path === '/mockServiceWorker.js') {
        context.type = 'application/javascript'
        context.set('Service-Worker-Allowed', '/')
        context.body = readFileSync(workerPath, 'utf8')
        return undefined
      }
      return next()
    },
  ],
}
