/**
 * The contract scenarios against the msw mock: the same list the reference server runs
 * (`reference-server/src/http/contract/scenarios.test.ts`), so the mock answers every call as the
 * server does. A failure here means the mock drifted: fix the mock, not the scenario.
 */
import { setupServer } from 'msw/node'
import { afterAll, beforeAll, beforeEach, describe, it } from 'vitest'
import { createMockServer, MOCK_ORGANISATION } from './mock/index.js'
import { runScenario, SCENARIOS, type ScenarioContext } from './scenarios/index.js'

const baseUrl = 'https://grantkit.test'
const mock = createMockServer({ baseUrl })
const server = setupServer(...mock.handlers)
const { owner, partnerAdmin, home, acme } = mock.fixtures
const context: ScenarioContext = {
  baseUrl,
  world: {
    owner,
    acmeAdmin: partnerAdmin,
    // The mock's organisation has the owner as its account holder.
    holder: owner,
    home: { id: home.id },
    acme: { id: acme.id, lookupKey: acme.lookupKey, returnUrl: acme.returnUrl },
    organisation: { id: MOCK_ORGANISATION.id },
  },
}

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
beforeEach(() => mock.reset())
afterAll(() => server.close())

describe('contract scenarios against the mock', () => {
  for (const scenario of SCENARIOS) it(scenario.name, () => runScenario(scenario, context))
})
