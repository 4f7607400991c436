import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';

describe('the login and logout forms’ next', () => {
  let t: TestApp | undefined;
  afterEach(async () => t?.close());

  it('redirects to a next above U+00FF percent-encoded, never a 500', async () => {
    t = await createTestApp();
    await t.createUser('ada@example.com', 'a long enough password');
    const logout = await t.client().post('/logout', { form: { next: '/€' } });
    expect(logout.status).toBe(303);
    expect(logout.headers.get('location')).toBe('/%E2%82%AC');

    const login = await t.client().post('/login', { form: { email: 'ada@example.com', password: 'a long enough password', next: '/∕∕evil.example' } });
    expect(login.status).toBe(303);
    expect(login.headers.get('location')).toBe('/%E2%88%95%E2%88%95evil.example');
  });
});
