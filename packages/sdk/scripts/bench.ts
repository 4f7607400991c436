/**
 * `npm run bench -w @grantkit/sdk`: prints bundle sizes (min and min+gz) of our entries beside
 * @auth0/auth0-spa-js and oidc-client-ts doing the same job, with ratios to our browser flow.
 */
import { BUDGETS, measureAll } from './bundle-size.js'

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(2)} KB`
const sizes = await measureAll()
const flow = sizes.find((s) => s.name === '@grantkit/sdk flow')!
const BUDGET_OF: Readonly<Record<string, number>> = { '@grantkit/sdk/url': BUDGETS.url, '@grantkit/sdk flow': BUDGETS.flow, '@grantkit/sdk popup': BUDGETS.popup }
const budgetOf = (name: string): number | undefined => BUDGET_OF[name]

const rows = sizes.map((s) => {
  const budget = budgetOf(s.name)
  return {
    bundle: s.name,
    job: s.job,
    min: kb(s.minified),
    'min+gz': kb(s.gzipped),
    budget: budget === undefined ? '' : `${kb(budget)} ${s.gzipped <= budget ? 'ok' : 'OVER'}`,
    'vs flow': `${(s.gzipped / flow.gzipped).toFixed(2)}x`,
  }
})
console.log('Bundle sizes (esbuild --bundle --minify, browser, gzip -9 via node:zlib)')
console.table(rows)
const over = sizes.filter((s) => {
  const budget = budgetOf(s.name)
  return budget !== undefined && s.gzipped > budget
})
if (over.length) {
  console.error(`Over budget: ${over.map((s) => s.name).join(', ')}`)
  process.exitCode = 1
}
