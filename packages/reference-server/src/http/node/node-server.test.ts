/**
 * The Node adapter's token fast path answers exactly like the Hono app: the same requests go
 * through a server with the fast path and one without, and status, headers (values of `date` and
 * `x-request-id` aside) and body must match — for success, every OAuth error the token endpoint
 * returns, and 429. Both paths count failed authentication under the same client address. Added
 * app-wide middleware turns the fast path off with a warning.
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { basic, seedGroup, seedServiceAccount } from '../../oauth/testing.js';
import { createNodeServer, type NodeServerOptions } from './node-server.js';
import { unreproducedHandlers } from './token-fast-path.js';
import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../context.js';

type Answer = { status: number; headers: Record<string, string>; body: Record<string, unknown> };

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Two servers over one app: the fast path, and every request through Hono. */
async function pair(app: TestApp, options: NodeServerOptions = {}) {
  // Counts what reaches Hono, to prove which path answered.
  const fetched: string[] = [];
  const counted = { ...app, app: Object.assign(Object.create(app.app) as TestApp['app'], { fetch: (req: Request, ...rest: unknown[]) => (fetched.push(new URL(req.url).pathname), (app.app.fetch as (...a: unknown[]) => Response | Promise<Response>)(req, ...rest)) }) };
  const servers = [createNodeServer(counted, options), createNodeServer(app, { tokenFastPath: false })];
  const [fast, slow] = await Promise.all(servers.map(listen));
  return { fast: fast!, slow: slow!, fetched, close: () => Promise.all(servers.map((s) => new Promise((r) => s.close(r)))) };
}

async function post(base: string, body: string, headers: Record<string, string> = {}): Promise<Answer> {
  const res = await fetch(`${base}/oauth/token`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers }, body });
  const all = Object.fromEntries(res.headers);
  expect(all['x-request-id']).toBeTruthy();
  expect(all.date).toBeTruthy();
  // Transport and per-response values; everything else must match.
  for (const k of ['date', 'x-request-id', 'connection', 'keep-alive']) delete all[k];
  return { status: res.status, headers: all, body: (await res.json()) as Record<string, unknown> };
}

describe('token fast path and Hono answer alike', () => {
  let app: TestApp;
  let servers: Awaited<ReturnType<typeof pair>>;
  let sa: { clientId: string; clientSecret: string };
  let lookupKey: string;

  beforeAll(async () => {
    app = await createTestApp();
    const group = await seedGroup(app);
    lookupKey = group.lookupKey;
    sa = await seedServiceAccount(app, group);
    servers = await pair(app);
  });
  afterAll(async () => {
    await servers.close();
    await app.close();
  });

  it('the app runs nothing for POST /oauth/token that the fast path does not reproduce', () => {
    expect(unreproducedHandlers(app.app.routes)).toEqual([]);
  });

  it('success (client_credentials): same status, headers and body but the token itself', async () => {
    const request = ['grant_type=client_credentials&scope=installation%3Aread', { authorization: basic(sa.clientId, sa.clientSecret) }] as const;
    const [a, b] = [await post(servers.fast, ...request), await post(servers.slow, ...request)];
    expect(a.status).toBe(200);
    expect(a.body.access_token).toEqual(expect.any(String));
    expect(a.body.access_token).not.toBe(b.body.access_token);
    // Tokens differ in jti and signature; their length (and so Content-Length) may not.
    const strip = (x: Answer) => ({ ...x, headers: { ...x.headers, 'content-length': undefined }, body: { ...x.body, access_token: undefined } });
    expect(strip(a)).toEqual(strip(b));
    expect(a.headers).toMatchObject({
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'referrer-policy': 'no-referrer',
      'content-security-policy': "frame-ancestors 'none'",
      'access-control-allow-origin': '*',
    });
    expect(servers.fetched).toEqual([]);
  });

  const oauthErrors: [string, string, Record<string, string>, number][] = [
    ['invalid_request (not form-encoded)', 'grant_type=client_credentials', { 'content-type': 'text/plain' }, 400],
    ['invalid_request (no grant_type)', 'scope=x', {}, 400],
    ['invalid_request (repeated parameter)', 'grant_type=client_credentials&grant_type=client_credentials', {}, 400],
    ['invalid_request (body too large)', `grant_type=client_credentials&pad=${'x'.repeat(20_000)}`, {}, 400],
    ['invalid_request (body too large, not form-encoded)', `grant_type=client_credentials&pad=${'x'.repeat(20_000)}`, { 'content-type': 'text/plain' }, 400],
    ['invalid_request (two client authentications)', 'grant_type=client_credentials&client_secret=x', { authorization: 'Basic eDp5' }, 400],
    ['unsupported_grant_type', 'grant_type=password', {}, 400],
    ['invalid_client (wrong secret)', 'grant_type=client_credentials', { authorization: 'WRONG' }, 401],
    ['invalid_client (unknown client)', 'grant_type=client_credentials&client_id=nobody&client_secret=x', {}, 401],
    ['invalid_scope', 'grant_type=client_credentials&scope=nope', { authorization: 'RIGHT' }, 400],
    ['invalid_target', 'grant_type=client_credentials&resource=https%3A%2F%2Fother.example', { authorization: 'RIGHT' }, 400],
    ['unauthorized_client', 'grant_type=authorization_code&code=x&code_verifier=y&redirect_uri=https%3A%2F%2Fp.example', { authorization: 'RIGHT' }, 400],
    ['invalid_grant', 'grant_type=authorization_code&client_id=LOOKUP&code=nope&code_verifier=' + 'v'.repeat(43) + '&redirect_uri=https%3A%2F%2Fp.example%2Fcb', {}, 400],
  ];
  it.each(oauthErrors)('%s', async (_name, body, headers, status) => {
    const resolved = Object.fromEntries(
      Object.entries(headers).map(([k, v]) => [k, v === 'RIGHT' ? basic(sa.clientId, sa.clientSecret) : v === 'WRONG' ? basic(sa.clientId, 'wrong') : v]),
    );
    const form = body.replace('LOOKUP', lookupKey);
    const [a, b] = [await post(servers.fast, form, resolved), await post(servers.slow, form, resolved)];
    expect(a.status).toBe(status);
    expect(a.body.error).toBe(_name.split(' ')[0]);
    expect(a).toEqual(b);
  });

  it('every OAuth error the token endpoint returns is covered', () => {
    const covered = new Set([...oauthErrors.map(([name]) => name.split(' ')[0]), 'temporarily_unavailable']);
    // OAuthErrorCode minus the codes of other endpoints (revocation, bearer checks).
    expect([...covered].sort()).toEqual(
      ['invalid_client', 'invalid_grant', 'invalid_request', 'invalid_scope', 'invalid_target', 'temporarily_unavailable', 'unauthorized_client', 'unsupported_grant_type'],
    );
  });
});

describe('token fast path and Hono rate limit alike', () => {
  let app: TestApp;
  let servers: Awaited<ReturnType<typeof pair>>;

  beforeAll(async () => {
    app = await createTestApp({ env: { GRANTKIT_RATE_LIMIT_CLIENT_AUTH_PER_ADDRESS: '4/300' } });
    servers = await pair(app);
  });
  afterAll(async () => {
    await servers.close();
    await app.close();
  });

  it('count failures under the same client address and answer 429 alike', async () => {
    const hit = vi.spyOn(app.deps.store.rateLimits, 'hit');
    // Unknown clients, each new: only the per-address budget (4) is shared between them.
    const fail = (base: string, i: number) => post(base, `grant_type=client_credentials&client_id=c${i}&client_secret=x`);
    for (let i = 0; i < 4; i++) expect((await fail(i % 2 ? servers.slow : servers.fast, i)).status).toBe(401);
    const addressBuckets = hit.mock.calls.map(([bucket]) => bucket).filter((b) => b.startsWith('oauth-client:ip:'));
    // Two failures through each path, one bucket: the socket's address, on both.
    expect(addressBuckets).toEqual(Array(4).fill('oauth-client:ip:127.0.0.1'));
    const [a, b] = [await fail(servers.fast, 4), await fail(servers.slow, 5)];
    expect(a.status).toBe(429);
    expect(Number(a.headers['retry-after'])).toBeGreaterThan(0);
    expect(a).toEqual(b);
    expect(servers.fetched).toEqual([]);
  });
});

describe('token fast path and Hono behind a trusted proxy', () => {
  let app: TestApp;
  let servers: Awaited<ReturnType<typeof pair>>;
  let sa: { clientId: string; clientSecret: string };
  const stranger = (xff: string) => ({ 'x-forwarded-for': xff });

  beforeAll(async () => {
    app = await createTestApp({ env: { GRANTKIT_TRUSTED_PROXIES: '127.0.0.1/32,::1/128' } });
    sa = await seedServiceAccount(app, await seedGroup(app));
    servers = await pair(app);
  });
  afterAll(async () => {
    await servers.close();
    await app.close();
  });

  it('count a stranger’s failures under its forwarded address; the client with the right secret still gets a token', async () => {
    const hit = vi.spyOn(app.deps.store.rateLimits, 'hit');
    const wrong = { authorization: basic(sa.clientId, 'wrong') };
    const right = { authorization: basic(sa.clientId, sa.clientSecret) };
    const form = 'grant_type=client_credentials';
    const { max } = app.config.rateLimits.clientAuthPerClientAddress;
    for (let i = 0; i < max; i++) {
      const res = await post(i % 2 ? servers.slow : servers.fast, form, { ...wrong, ...stranger(`10.0.0.1, 203.0.113.7`) });
      expect(res.status).toBe(401);
    }
    const addressBuckets = hit.mock.calls.map(([bucket]) => bucket).filter((b) => b.startsWith('oauth-client:ip:'));
    // Both paths read the client address in one place: the right-most untrusted forwarded hop.
    expect(addressBuckets).toEqual(Array(max).fill('oauth-client:ip:203.0.113.7'));
    // The next failure crosses the (client, address) limit; from then on that address is refused, alike on both paths.
    const [a, b] = [await post(servers.fast, form, { ...wrong, ...stranger('203.0.113.7') }), await post(servers.slow, form, { ...wrong, ...stranger('203.0.113.7') })];
    expect(a.status).toBe(429);
    expect(Number(a.headers['retry-after'])).toBeGreaterThan(0);
    expect(a).toEqual(b);
    expect((await post(servers.fast, form, { ...right, ...stranger('203.0.113.7') })).status).toBe(429);
    // The client itself, from its own address, is not refused on either path.
    for (const base of [servers.fast, servers.slow]) expect((await post(base, form, { ...right, ...stranger('198.51.100.23') })).status).toBe(200);
    // The per-client back-off (past its 10 failures): a further stranger's first wrong guess is answered 429, then it is refused.
    expect((await post(servers.fast, form, { ...wrong, ...stranger('203.0.113.8') })).status).toBe(429);
    expect((await post(servers.slow, form, { ...wrong, ...stranger('203.0.113.8') })).status).toBe(429);
    expect((await post(servers.slow, form, { ...right, ...stranger('192.0.2.50') })).status).toBe(200);
    expect(servers.fetched).toEqual([]);
  });
});

describe('app-wide middleware the fast path does not reproduce', () => {
  it('turns the fast path off with a warning, so the middleware runs for token requests', async () => {
    const logLines: string[] = [];
    const app = await createTestApp({ logLines });
    const sa = await seedServiceAccount(app, await seedGroup(app));
    // An embedder's app around ours, with middleware of its own in front.
    const outer = new OpenAPIHono<AppEnv>();
    outer.use('*', async function stampMiddleware(c, next) {
      await next();
      c.header('x-stamped', 'yes');
    });
    outer.route('/', app.app);
    expect(unreproducedHandlers(outer.routes).map((r) => r.path)).toEqual(['/*']);
    const servers = await pair({ ...app, app: outer as unknown as TestApp['app'] });
    try {
      const res = await fetch(`${servers.fast}/oauth/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: basic(sa.clientId, sa.clientSecret) },
        body: 'grant_type=client_credentials',
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('x-stamped')).toBe('yes');
      expect(servers.fetched).toEqual(['/oauth/token']);
      const warning = logLines.map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l.msg === 'token fast path disabled: the app runs middleware for POST /oauth/token that the fast path does not reproduce');
      expect(warning).toMatchObject({ level: 'warn', handlers: ['ALL /* stampMiddleware'] });
    } finally {
      await servers.close();
      await app.close();
    }
  });
});

describe('unreproducedHandlers', () => {
  const route = (method: string, path: string, handler: object = () => undefined) => ({ method, path, handler });
  it('counts only what matches POST /oauth/token and runs before the token route answers', () => {
    const before = route('ALL', '/oauth/*');
    const after = route('ALL', '*');
    const token = route('POST', '/oauth/token');
    const routes = [route('ALL', '/api/*'), before, route('GET', '/oauth/token'), token, after, route('POST', '/oauth/revoke')];
    expect(unreproducedHandlers(routes)).toEqual([before, token]);
  });
});

describe('the Node server', () => {
  it('echoes a safe X-Request-Id, answers CORS preflights and leaves other routes to Hono', async () => {
    const app = await createTestApp();
    const servers = await pair(app);
    try {
      const res = await fetch(`${servers.fast}/oauth/token`, { method: 'POST', headers: { 'x-request-id': 'req-12345678' }, body: '' });
      expect(res.headers.get('x-request-id')).toBe('req-12345678');
      const unsafe = await fetch(`${servers.fast}/oauth/token`, { method: 'POST', headers: { 'x-request-id': 'short' }, body: '' });
      expect(unsafe.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
      expect((await fetch(`${servers.fast}/.well-known/oauth-authorization-server`)).status).toBe(200);
      const preflight = await fetch(`${servers.fast}/oauth/token`, { method: 'OPTIONS', headers: { origin: 'https://partner.example', 'access-control-request-method': 'POST' } });
      expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
      expect(servers.fetched).toEqual(['/.well-known/oauth-authorization-server', '/oauth/token']);
    } finally {
      await servers.close();
      await app.close();
    }
  });
});
