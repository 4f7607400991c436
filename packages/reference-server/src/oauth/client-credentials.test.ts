import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app.js';
import { storeKinds } from '../testing/test-database.js';
import { basic, postForm, seedGroup, seedServiceAccount, type TokenFixture } from './testing.js';
import { decodeJwt, decodeProtectedHeader } from 'jose';

describe.each(storeKinds)('client_credentials on %s', (kind) => {
  let app: TestApp;
  let fx: TokenFixture;
  beforeAll(async () => {
    app = await createTestApp({ kind });
    fx = await seedGroup(app);
  });
  afterAll(() => app.close());

  it('issues an RFC 9068 access token with client_secret_basic', async () => {
    const sa = await seedServiceAccount(app, fx);
    const res = await postForm(app, '/oauth/token', { grant_type: 'client_credentials' }, { authorization: basic(sa.clientId, sa.clientSecret) });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ token_type: 'Bearer', expires_in: 900, scope: 'installation:read installation:settings chargers:control' });
    const header = decodeProtectedHeader(body.access_token as string);
    expect(header).toMatchObject({ typ: 'at+jwt', alg: 'ES256' });
    const claims = decodeJwt(body.access_token as string);
    expect(claims).toMatchObject({ iss: app.config.publicUrl, aud: app.config.publicUrl, sub: sa.id, client_id: sa.clientId, group_id: fx.groupId, lookup_key: fx.lookupKey });
    expect(claims.exp! - claims.iat!).toBe(900);
    expect(typeof claims.jti).toBe('string');
  });
});
