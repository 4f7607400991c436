import { describe, expect, it } from 'vitest'
import { BUDGETS, ENTRIES, measure } from '../scripts/bundle-size.js'

const entry = (name: string) => ENTRIES.find((e) => e.name === name)!

describe('bundle size budgets (min+gz)', () => {
  it(`@grantkit/sdk/url stays within ${BUDGETS.url} bytes`, async () => {
    const size = await measure(entry('@grantkit/sdk/url'))
    expect(size.gzipped).toBeGreaterThan(200) // it really bundled the builder
    expect(size.gzipped).toBeLessThanOrEqual(BUDGETS.url)
  })

  it(`the browser flow (start + complete + code exchange) stays within ${BUDGETS.flow} bytes`, async () => {
    const size = await measure(entry('@grantkit/sdk flow'))
    expect(size.gzipped).toBeGreaterThan(4000) // oauth4webapi is in it
    expect(size.gzipped).toBeLessThanOrEqual(BUDGETS.flow)
  }, 30_000)
})
