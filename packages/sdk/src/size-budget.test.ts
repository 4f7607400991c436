import { describe, expect, it } from 'vitest'
import { BUDGETS, ENTRIES, measure } from '../scripts/bundle-size.js'

const entry = (name: string) => ENTRIES.find((e) => e.name === name)!

describe('bundle size budgets (min+gz)', () => {
  it(`@grantkit/sdk/url stays within ${BUDGETS.url} bytes`, async () => {
    const size = await measure(entry('@grantkit/sdk/url'))
    expect(size.gzipped).toBeGreaterThan(200) // it really bundled the builder
    expect(size.gzipped).toBeLessThanOrEqual(BUDGETS.url)
    // Zero dependencies: only the builder, its error class and the loopback rule go in.
    expect(size.inputs.map((f) => f.replace(/^.*\/dist\//, 'dist/')).sort()).toEqual(['dist/errors.js', 'dist/rules/loopback.js', 'dist/url.js'])
  })

  it(`the browser flow (start + complete + code exchange) stays within ${BUDGETS.flow} bytes`, async () => {
    const size = await measure(entry('@grantkit/sdk flow'))
    expect(size.gzipped).toBeGreaterThan(4000) // oauth4webapi is in it
    expect(size.gzipped).toBeLessThanOrEqual(BUDGETS.flow)
    // No jose, msw or API client in the browser flow.
    expect(size.inputs.filter((f) => /jose|msw|client\.js|mock/.test(f))).toEqual([])
  }, 30_000)

  it(`popup mode (open, deliver, return-trip checks) carries no code exchange and stays within ${BUDGETS.popup} bytes`, async () => {
    const size = await measure(entry('@grantkit/sdk popup'))
    expect(size.inputs.some((f) => f.endsWith('dist/return-trip.js'))).toBe(true)
    // The page that wants tokens calls completeAccessRequest({ url }) and pays for the exchange.
    expect(size.inputs.filter((f) => f.endsWith('dist/code-exchange.js'))).toEqual([])
    expect(size.gzipped).toBeLessThanOrEqual(BUDGETS.popup)
  }, 30_000)
})
