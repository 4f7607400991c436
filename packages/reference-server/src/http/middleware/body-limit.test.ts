import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, TEST_PUBLIC_URL, type TestApp } from '../../testing/test-app.js';
import { DEFAULT_BODY_LIMIT } from './body-limit.js';
import { errorCodeFrom } from '../../testing/access-request-helpers.js';

const GROUP = '00000000-0000-4000-8000-000000000001';

describe('request body limits', () => {
  let t: TestApp | undefined;
  afterEach(async () => t?.close());

  const send = (path: string, body: string, headers: Record<string, string>) =>
    t!.app.request(TEST_PUBLIC_URL + path, { method: 'POST', headers: { origin: TEST_PUBLIC_URL, ...headers }, body });

  it('refuses a JSON body over the default with 413 body_too_large, by Content-Length or by counting', async () => {
    t = await createTestApp();
    const body = JSON.stringify({ email: 'a@example.com', password: 'x'.repeat(DEFAULT_BODY_LIMIT) });
    const byLength: Record<string, string> = { 'content-type': 'application/json', 'content-length': String(body.length) };
    for (const headers of [byLength, { 'content-type': 'application/json' }]) {
      const res = await send('/api/session', body, headers);
      expect(res.status).toBe(413);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
      // The unread rest of the body ends the connection; a keep-alive client must not reuse it.
      expect(res.headers.get('connection')).toBe('close');
      expect(await res.json()).toMatchObject({ code: 'body_too_large', status: 413, max_bytes: DEFAULT_BODY_LIMIT });
    }
  });

  it('refuses before authentication: an anonymous oversized body gets 413, not 401', async () => {
    t = await createTestApp();
    const res = await send(`/api/groups/${GROUP}/service-accounts`, JSON.stringify({ name: 'x'.repeat(DEFAULT_BODY_LIMIT) }), { 'content-type': 'application/json' });
    expect(res.status).toBe(413);
    const small = await send(`/api/groups/${GROUP}/service-accounts`, JSON.stringify({ name: 'x' }), { 'content-type': 'application/json' });
    expect(small.status).toBe(401);
  });

  it('caps HTML forms too, answered with the error page', async () => {
    t = await createTestApp();
    const res = await send('/login', `email=a%40example.com&password=${'x'.repeat(DEFAULT_BODY_LIMIT)}`, { 'content-type': 'application/x-www-form-urlencoded' });
    expect(res.status).toBe(413);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('connection')).toBe('close');
    expect(errorCodeFrom(await res.text())).toBe('body_too_large');
  });

  it('answers the OAuth endpoints the OAuth way, at the token fast path’s 16 KiB', async () => {
    t = await createTestApp();
    for (const path of ['/oauth/revoke', '/oauth/introspect', '/oauth/token']) {
      const res = await send(path, `token=${'x'.repeat(DEFAULT_BODY_LIMIT)}`, { 'content-type': 'application/x-www-form-urlencoded' });
      expect(res.status).toBe(400);
      expect(await res.json()).toEqual({ error: 'invalid_request', error_description: 'The request body is too large.' });
    }
  });

  it('lets partner registration carry a logo larger than the default', async () => {
    t = await createTestApp();
    const body = JSON.stringify({ step: 'info', name: 'Fjord', logo: 'A'.repeat(DEFAULT_BODY_LIMIT * 2) });
    const res = await send(`/api/organisations/${GROUP}/partners/validate`, body, { 'content-type': 'application/json' });
    // Past the limit, on to authentication.
    expect(res.status).toBe(401);
    const tooLarge = await send(`/api/organisations/${GROUP}/partners/validate`, JSON.stringify({ logo: 'A'.repeat(1024 * 1024) }), { 'content-type': 'application/json' });
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.headers.get('connection')).toBe('close');
    expect(await tooLarge.json()).toMatchObject({ code: 'logo_too_large', field: 'logo' });
  });
});
