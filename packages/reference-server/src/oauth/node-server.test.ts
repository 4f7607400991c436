/**
 * The Node server's token fast path answers exactly like the Hono route: same statuses, bodies
 * and headers (security headers, CORS, no-store, request id), for success and errors.
 */
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app.js';
import { createNodeServer } from './node-server.js';
import { basic, seedGroup, seedServiceAccount } from './testing.js';

describe('token fast path', () => {
  let app: TestApp;
  let fast: string;
  let slow: string;
  const servers: ReturnType<typeof createNodeServer>[] = [];
  let sa: { clientId: string; clientSecret: string };

  beforeAll(async () => {
    app = await createTestApp();
    sa = await seedServiceAccount(app, await seedGroup(app));
    for (const tokenFastPath of [true, false]) {
      const server = createNodeServer(app, { tokenFastPath });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      servers.push(server);
    }
    [fast, slow] = servers.map((s) => `http://127.0.0.1:${(s.address() as AddressInfo).port}`) as [string, string];
  });
  afterAll(async () => {
    for (const s of servers) await new Promise((resolve) => s.close(resolve));
    await app.close();
  });

  const post = (base: string, body: string, headers: Record<string, string> = {}) =>
    fetch(`${base}/oauth/token`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers }, body });
  const comparable = (res: Response) => {
    const h = Object.fromEntries(res.headers);
    for (const k of ['date', 'content-length', 'connection', 'keep-alive', 'x-request-id', 'transfer-encoding', 'vary']) delete h[k];
    return { status: res.status, headers: h };
  };

  it('serves the same answers as the Hono route', async () => {
    const cases: [string, Record<string, string>][] = [
      ['grant_type=client_credentials&scope=installation%3Aread', { authorization: basic(sa.clientId, sa.clientSecret) }],
      ['grant_type=client_credentials', { authorization: basic(sa.clientId, 'wrong') }],
      ['grant_type=password', {}],
      ['grant_type=client_credentials&scope=nope', { authorization: basic(sa.clientId, sa.clientSecret) }],
    ];
    for (const [body, headers] of cases) {
      const [a, b] = [await post(fast, body, headers), await post(slow, body, headers)];
      expect(comparable(a)).toEqual(comparable(b));
      const [ja, jb] = [(await a.json()) as Record<string, unknown>, (await b.json()) as Record<string, unknown>];
      expect(Object.keys(ja).sort()).toEqual(Object.keys(jb).sort());
      if (a.status !== 200) expect(ja).toEqual(jb);
    }
  });

  it('echoes a safe X-Request-Id, refuses an oversized body, and leaves other routes to Hono', async () => {
    const res = await post(fast, 'grant_type=client_credentials', { 'x-request-id': 'req-12345678', authorization: basic(sa.clientId, sa.clientSecret) });
    expect(res.headers.get('x-request-id')).toBe('req-12345678');
    const big = await post(fast, `grant_type=client_credentials&pad=${'x'.repeat(20_000)}`, { authorization: basic(sa.clientId, sa.clientSecret) });
    expect(big.status).toBe(400);
    expect(await big.json()).toMatchObject({ error: 'invalid_request', error_description: 'The request body is too large.' });
    const metadata = await fetch(`${fast}/.well-known/oauth-authorization-server`);
    expect(metadata.status).toBe(200);
    const preflight = await fetch(`${fast}/oauth/token`, { method: 'OPTIONS', headers: { origin: 'https://partner.example', 'access-control-request-method': 'POST' } });
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
  });
});
