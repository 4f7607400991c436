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

describe('a wrong password (Post/Redirect/Get)', () => {
  let t: TestApp | undefined;
  afterEach(async () => t?.close());
  const next = '/access/request/TZBV?locale=de&state=s1';

  it('303s back to the login page with its next; the page says why once, keeps the email, never the password', async () => {
    t = await createTestApp({ seed: true });
    const browser = t.client();
    const wrong = await browser.post('/login', { form: { email: 'owner@demo.grantkit.dev', password: 'my secret guess', next } });
    expect(wrong.status).toBe(303);
    const location = wrong.headers.get('location')!;
    expect(new URL(location, 'http://x').pathname).toBe('/login');
    expect(new URL(location, 'http://x').searchParams.get('next')).toBe(next);
    const flash = wrong.headers.getSetCookie().find((c) => c.startsWith('gk_login_flash='))!;
    expect(flash).toMatch(/HttpOnly/i);
    expect(flash).toMatch(/SameSite=Lax/i);
    expect(flash).toMatch(/Path=\/login/i);
    expect(flash).not.toContain('my secret guess');

    const page = await browser.get(location);
    expect(page.status).toBe(200);
    const html = await page.text();
    // The request's language (locale=de in next) and its partner, as before the attempt.
    expect(html).toContain('E-Mail oder Passwort ist nicht korrekt');
    expect(html).toContain('value="owner@demo.grantkit.dev"');
    expect(html).not.toContain('my secret guess');
    expect(html).toContain(`name="next" value="${next.replace(/&/g, '&amp;')}"`);

    // A refresh is a GET of the same page: no resubmission, and the message is gone.
    const refreshed = await (await browser.get(location)).text();
    expect(refreshed).not.toContain('nicht korrekt');
    expect(refreshed).not.toContain('value="owner@demo.grantkit.dev"');
  });

  it('ignores a flash cookie it did not sign', async () => {
    t = await createTestApp();
    const browser = t.client();
    browser.cookies.set('gk_login_flash', encodeURIComponent(JSON.stringify({ p: 'invalid_credentials', e: 'planted@evil.example' })) + '.AAAA');
    const html = await (await browser.get('/login')).text();
    expect(html).not.toContain('planted@evil.example');
    expect(html).not.toContain('role="alert"');
  });

  it('still answers 429 with Retry-After once the login is throttled', async () => {
    t = await createTestApp({ env: { GRANTKIT_RATE_LIMIT_LOGIN_PER_ADDRESS: '2/300' } });
    await t.createUser('ada@example.com', 'a long enough password');
    const browser = t.client();
    const attempt = () => browser.post('/login', { form: { email: 'ada@example.com', password: 'wrong password', next: '/' } });
    expect((await attempt()).status).toBe(303);
    expect((await attempt()).status).toBe(303);
    const limited = await attempt();
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await limited.text()).toContain('Too many attempts.');
  });
});
