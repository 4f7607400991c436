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
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/chromium.js'

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

/**
 * Stand-in for the platform's access-request page, for popup tests (browsers do not send page
 * navigations through msw's worker). `partner_name` tells it what the "customer" does:
 * `approve` / `deny` answer 303 to the return URL with the contract's parameters, `close` closes
 * the popup, `approve-coop` approves from a page sent with `Cross-Origin-Opener-Policy:
 * same-origin`, which cuts the opener link for real, `approve-foreign-iss` approves naming another
 * issuer (a mix-up, RFC 9207).
 * @param {import('koa').Context} context
 * @param {() => Promise<unknown>} next
 */
function fakeAccessRequestPage(context, next) {
  const match = /^\/__grantkit\/access\/request\/([^/]+)$/.exec(context.path)
  if (!match) return next()
  const query = new URLSearchParams(context.querystring)
  const issuer = `${context.protocol}://${context.host}/__grantkit`
  const lookupKey = match[1].toUpperCase()
  const back = new URL(query.get('return_url') ?? '/')
  const action = query.get('partner_name')
  const set = (/** @type {Record<string, string>} */ params) => {
    for (const [k, v] of Object.entries(params)) back.searchParams.set(k, v)
    back.searchParams.set('state', query.get('state') ?? '')
    back.searchParams.set('iss', action === 'approve-foreign-iss' ? 'https://elsewhere.example' : issuer)
  }
  if (action === 'close') {
    context.type = 'text/html'
    context.body = '<!doctype html><title>consent</title><script>setTimeout(() => window.close(), 150)</script>'
    return undefined
  }
  if (action === 'deny') set({ success: 'false', error: 'access_denied', lookup_key: lookupKey })
  else set({ success: 'true', installation_id: 'ins_home', lookup_key: lookupKey, grant_id: 'grt_popup', code: 'popup-code' })
  if (action === 'approve-coop') {
    context.type = 'text/html'
    context.set('Cross-Origin-Opener-Policy', 'same-origin')
    context.body = `<!doctype html><title>consent</title><script>setTimeout(() => location.replace(${JSON.stringify(back.href)}), 300)</script>`
    return undefined
  }
  context.status = 303
  context.redirect(back.href)
  return undefined
}

export default {
  rootDir: join(here, '../..'),
  files: testFiles().map((file) => relative(process.cwd(), file)),
  nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
  concurrency: 1,
  testsFinishTimeout: 120_000,
  testFramework: { config: { timeout: 20_000 } },
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromiumPath(),
        headless: true,
        args: [...CHROMIUM_ARGS],
      },
    }),
  ],
  plugins: [esbuildPlugin({ ts: true, tsconfig: join(here, 'tsconfig.json') })],
  middleware: [
    fakeAccessRequestPage,
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
