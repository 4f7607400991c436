import { describe, expect, it } from 'vitest';
import { createRouter } from '../context.js';
import { bearerCors } from './bearer-cors.js';

const app = createRouter();
app.use('/api/*', bearerCors());
app.get('/api/thing', (c) => c.json({ ok: true }));

const preflight = (headers: Record<string, string>) =>
  app.request('http://localhost/api/thing', { method: 'OPTIONS', headers: { origin: 'http://partner.example', 'access-control-request-method': 'GET', ...headers } });

describe('bearer-cors middleware', () => {
  it('answers a preflight that announces Authorization, without allowing credentials', async () => {
    const res = await preflight({ 'access-control-request-headers': 'Authorization' });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-headers')).toContain('authorization');
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('gives no CORS headers to a preflight without Authorization (a cookie call stays refused)', async () => {
    const res = await preflight({ 'access-control-request-headers': 'content-type' });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('opens the response of a bearer request and exposes the challenge header', async () => {
    const res = await app.request('http://localhost/api/thing', { headers: { origin: 'http://partner.example', authorization: 'Bearer abc' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-expose-headers')).toContain('www-authenticate');
  });

  it('leaves cross-origin cookie requests unreadable', async () => {
    const res = await app.request('http://localhost/api/thing', { headers: { origin: 'http://partner.example', cookie: 'gk_session=x' } });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });
});
