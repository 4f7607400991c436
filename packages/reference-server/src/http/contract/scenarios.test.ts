/**
 * The SDK's contract scenarios against the real server (PGlite, demo seed, real HTTP): the same
 * list the SDK runs against its msw mock, so both answer every call alike.
 * Imported by path: the scenarios are the contract's test suite, not part of the published SDK.
 */
import { runScenario, SCENARIOS, type ScenarioContext } from '../../../../sdk/src/scenarios/index.js';
import { afterAll, beforeAll, beforeEach, describe, it } from 'vitest';
import { DEMO_PARTNER_USERS, DEMO_ORGANISATION } from '../../seed/partners.js';
import { DEMO_GROUPS, DEMO_INSTALLATIONS, DEMO_PASSWORD, DEMO_USERS } from '../../seed/demo-data.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';
import { DEFAULT_RATE_LIMITS } from '../../security/rate-limit-policy.js';

let server: TestServer;
let context: ScenarioContext;
// Every scenario logs in afresh from 127.0.0.1: each starts a login rate-limit window later.
let offset = 0;

beforeAll(async () => {
  server = await startTestServer({ clock: () => new Date(Date.now() + offset) });
  const user = (email: string) => ({ email, password: DEMO_PASSWORD });
  context = {
    baseUrl: server.url,
    world: {
      owner: user(DEMO_USERS.owner.email),
      acmeAdmin: user(DEMO_USERS.acmeAdmin.email),
      holder: user(DEMO_PARTNER_USERS.holder.email),
      home: { id: DEMO_INSTALLATIONS.home.id },
      acme: { id: DEMO_GROUPS.acme.id, lookupKey: DEMO_GROUPS.acme.lookupKey, returnUrl: DEMO_GROUPS.acme.returnUrls[1] },
      organisation: { id: DEMO_ORGANISATION.id },
    },
  };
}, 120_000);
afterAll(async () => server?.close());
beforeEach(() => {
  offset += (DEFAULT_RATE_LIMITS.loginPerAddress.windowSeconds + 1) * 1000;
});

describe('contract scenarios against the reference server', () => {
  for (const scenario of SCENARIOS) it(scenario.name, () => runScenario(scenario, context), 30_000);
});
