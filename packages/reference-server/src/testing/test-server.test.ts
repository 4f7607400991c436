/**
 * The real server over real HTTP: what the SDK, elements and demo tests build on.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_INSTALLATIONS, DEMO_PASSWORD, DEMO_USERS } from '../seed/demo-data.js';
import { startTestServer, type TestServer } from './test-server.js';

describe('startTestServer', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => server?.close());

  it('listens on 127.0.0.1 with a matching public URL and the demo data', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.deps.config.publicUrl).toBe(server.url);
    const page = await fetch(`${server.url}/access/request/TZBV?installation_id=${DEMO_INSTALLATIONS.home.id}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Acme Energy is asking for access');
  });

  it('logs in over HTTP with the demo password and reads an installation', async () => {
    const login = await fetch(`${server.url}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: server.url },
      body: JSON.stringify({ email: DEMO_USERS.owner.email, password: DEMO_PASSWORD }),
    });
    expect(login.status).toBe(200);
    const cookie = login.headers.getSetCookie()[0]!.split(';')[0]!;
    const details = await fetch(`${server.url}/api/installations/${DEMO_INSTALLATIONS.home.id}`, { headers: { cookie } });
    expect(details.status).toBe(200);
    expect((await details.json()).chargers).toHaveLength(2);
  });
});
