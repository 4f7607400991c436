import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { storeKinds } from '../../testing/test-database.js';

describe.each(storeKinds)('session routes on %s', (kind) => {
  let t: TestApp | undefined;
  afterEach(async () => t?.close());

  it('logs in with email and password, sets a safe cookie, and logs out', async () => {
    t = await createTestApp({ kind });
    await t.createUser('owner@example.com', 'hunter2hunter2');
    const client = t.client();
    const res = await client.post('/api/session', { json: { email: 'Owner@Example.com ', password: 'hunter2hunter2' } });
    expect(res.status).toBe(200);
    expect((await res.json()).user.email).toBe('owner@example.com');
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/gk_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i); // loopback http
    expect((await client.request('DELETE', '/api/session')).status).toBe(204);
    expect(client.cookies.size).toBe(0);
  });

  it('answers the same 401 for a wrong password and an unknown email', async () => {
    t = await createTestApp({ kind });
    await t.createUser('owner@example.com', 'hunter2hunter2');
    const wrong = await t.client().post('/api/session', { json: { email: 'owner@example.com', password: 'nope' } });
    const unknown = await t.client().post('/api/session', { json: { email: 'ghost@example.com', password: 'nope' } });
    for (const res of [wrong, unknown]) {
      expect(res.status).toBe(401);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
      expect((await res.json()).code).toBe('invalid_credentials');
    }
  });

  it('rejects malformed bodies with validation problems and no 500', async () => {
    t = await createTestApp({ kind });
    const client = t.client();
    const missing = await client.post('/api/session', { json: { email: 'x@example.com' } });
    expect(missing.status).toBe(400);
    const body = await missing.json();
    expect(body.code).toBe('validation_failed');
    expect(body.errors[0].field).toBe('password');
    const garbage = await client.request('POST', '/api/session', { headers: { 'content-type': 'application/json' }, json: undefined });
    expect(garbage.status).toBe(400);
  });

  it('refuses unsafe requests without a trusted Origin', async () => {
    t = await createTestApp({ kind });
    await t.createUser('owner@example.com', 'hunter2hunter2');
    const none = await t.client().post('/api/session', { json: { email: 'owner@example.com', password: 'hunter2hunter2' }, origin: null });
    expect(none.status).toBe(403);
    expect((await none.json()).code).toBe('origin_mismatch');
    const evil = await t.client().post('/api/session', { json: { email: 'owner@example.com', password: 'hunter2hunter2' }, origin: 'https://evil.example' });
    expect(evil.status).toBe(403);
  });

  it('rate limits repeated failed logins with 429 and Retry-After', async () => {
    t = await createTestApp({ kind });
    const client = t.client();
    let last: Response | undefined;
    for (let i = 0; i < 11; i++) last = await client.post('/api/session', { json: { email: 'a@example.com', password: 'x' } });
    expect(last!.status).toBe(429);
    expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
