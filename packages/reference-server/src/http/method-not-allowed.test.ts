import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TEST_PUBLIC_URL, type TestApp } from '../testing/test-app.js';
import { errorCodeFrom } from '../testing/access-request-helpers.js';

describe('a method the path does not serve', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());
  const call = (method: string, path: string) => t.app.request(TEST_PUBLIC_URL + path, { method, headers: { origin: TEST_PUBLIC_URL } });

  it('answers 405 problem+json with Allow on the API and the OAuth endpoints', async () => {
    for (const [method, path, allow] of [
      ['PUT', '/api/session', 'DELETE, POST'],
      ['DELETE', '/api/me', 'GET, HEAD'],
      ['GET', '/oauth/token', 'POST'],
      ['POST', '/healthz', 'GET, HEAD'],
      ['PATCH', '/api/groups/00000000-0000-4000-8000-000000000001/service-accounts', 'GET, HEAD, POST'],
    ] as const) {
      const res = await call(method, path);
      expect(res.status, `${method} ${path}`).toBe(405);
      expect(res.headers.get('allow')).toBe(allow);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
      expect(await res.json()).toMatchObject({ code: 'method_not_allowed', status: 405, allowed_methods: allow.split(', ') });
    }
  });

  it('answers 405 with Allow and the error page on the HTML routes', async () => {
    const res = await call('PUT', '/login');
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD, POST');
    expect(errorCodeFrom(await res.text())).toBe('method_not_allowed');
  });

  it('keeps 404 for a path nothing serves, and for a route’s own not-found', async () => {
    expect((await call('GET', '/api/no-such-thing')).status).toBe(404);
    expect((await call('POST', '/no-such-page')).status).toBe(404);
    expect((await call('GET', '/logos/not-a-logo')).status).toBe(404);
  });
});
