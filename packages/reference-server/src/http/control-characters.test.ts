/**
 * The control-character rule (domain/text-input.ts) at every entry point the outside probe found
 * a NUL reaching PostgreSQL: refused with a clear 400 (validation_failed naming the field,
 * invalid_request for OAuth, the error page for HTML), never a 500, nothing stored.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { basic, postForm, seedGroup, type TokenFixture } from '../oauth/testing.js';
import { createTestApp, type TestApp, type TestClient } from '../testing/test-app.js';
import { errorCodeFrom } from '../testing/access-request-helpers.js';
import { testLookupKey } from '../testing/group-fixtures.js';
import { storeKinds } from '../testing/test-database.js';

type Json = Record<string, any>;

describe.each(storeKinds)('control characters in text input on %s', (kind) => {
  let app: TestApp;
  let fx: TokenFixture;
  let admin: TestClient;
  beforeAll(async () => {
    app = await createTestApp({ kind });
    // A lookup key of the real format, so the access-request link resolves.
    fx = await seedGroup(app, testLookupKey());
    admin = app.client();
    await admin.login(fx.adminEmail);
  });
  afterAll(() => app.close());

  const refusedField = async (res: Response, field: string) => {
    expect(res.status).toBe(400);
    const body = (await res.json()) as Json;
    expect(body).toMatchObject({ code: 'validation_failed', errors: [{ field, code: 'control_character' }] });
  };

  it('refuses a NUL in the email of POST /api/session', async () => {
    await refusedField(await app.client().post('/api/session', { json: { email: `${fx.adminEmail}\u0000`, password: 'x' } }), 'email');
  });

  it('shows the error page for a NUL in the email of POST /login', async () => {
    const res = await app.client().post('/login', { form: { email: `a\u0000@example.com`, password: 'x', next: '/' } });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(errorCodeFrom(await res.text())).toBe('validation_failed');
  });

  it('answers invalid_request for a NUL in Basic credentials or in a token form parameter', async () => {
    for (const [form, headers] of [
      [{ grant_type: 'client_credentials' }, { authorization: basic('gksa_\u0000', 'secret') }],
      [{ grant_type: 'client_credentials' }, { authorization: basic('gksa_x', 'sec\u0000ret') }],
      [{ grant_type: 'client_credentials', client_id: 'gksa_\u0000', client_secret: 'x' }, {}],
    ] as const) {
      const res = await postForm(app, '/oauth/token', form, headers);
      expect(res.status).toBe(400);
      expect(((await res.json()) as Json).error).toBe('invalid_request');
    }
  });

  it('shows the error page for a NUL in the state of an access-request link, and stores no request', async () => {
    const res = await admin.get(`/access/request/${fx.lookupKey}?state=a%00b`);
    expect(res.status).toBe(400);
    expect(errorCodeFrom(await res.text())).toBe('validation_failed');
    expect(await app.database.db.query('SELECT id FROM access_requests')).toHaveLength(0);
  });

  it('refuses a NUL in an installation’s name and keeps the old name', async () => {
    await refusedField(await admin.request('PATCH', `/api/installations/${fx.installationId}/settings`, { json: { name: 'Garage\u0000' } }), 'name');
    expect((await app.deps.store.installations.findById(fx.installationId))?.name).toBe(`Site of ${fx.lookupKey}`);
  });

  it('refuses a NUL in a service account’s name or password and creates nothing', async () => {
    const base = `/api/groups/${fx.groupId}/service-accounts`;
    await refusedField(await admin.post(base, { json: { name: 'Lead\u0000export' } }), 'name');
    await refusedField(await admin.post(base, { json: { name: 'Lead export', password: 'a long password\u0000with a NUL' } }), 'password');
    await refusedField(await admin.post(base, { json: { name: 'Bell\u0007' } }), 'name');
    expect(((await (await admin.get(base)).json()) as Json).items).toEqual([]);
  });

  it('keeps tabs and line breaks, which multi-line text may carry', async () => {
    const res = await admin.request('PATCH', `/api/installations/${fx.installationId}/settings`, { json: { name: 'Garage\tNorth' } });
    expect(res.status).toBe(200);
  });
});
