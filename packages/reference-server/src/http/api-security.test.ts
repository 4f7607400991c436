/**
 * The security requirements in GET /openapi.json are what the server enforces: for every
 * operation of the document, an anonymous caller, a logged-in person (session cookie) and a
 * service account (bearer token) are each refused with 401 exactly when the operation's
 * requirement does not name their credentials (OpenAPI 3.1 §4.8.30). Path parameters are filled
 * with unknown ids, so an accepted caller gets 400/403/404 — anything but 401, and never a 5xx.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { basic, getToken, postForm, seedGroup, seedServiceAccount } from '../oauth/testing.js';
import { createTestApp, type TestApp, type TestClient } from '../testing/test-app.js';
import { SCHEME } from './api-security.js';

interface Operation {
  readonly method: string;
  readonly path: string;
  readonly operationId: string;
  readonly security: Record<string, string[]>[];
  readonly hasBody: boolean;
}

function operationsOf(doc: { paths: Record<string, Record<string, Record<string, unknown>>> }): Operation[] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, op]) => ({
      method: method.toUpperCase(),
      path,
      operationId: op.operationId as string,
      security: op.security as Record<string, string[]>[],
      hasBody: op.requestBody !== undefined,
    })),
  );
}

const fill = (path: string) => path.replace(/\{[^}]+\}/g, () => crypto.randomUUID());

describe('security requirements in the OpenAPI document', () => {
  let t: TestApp;
  let operations: Operation[];
  let person: TestClient;
  let bearer: string;
  let serviceAccount: { clientId: string; clientSecret: string };

  beforeAll(async () => {
    t = await createTestApp();
    operations = operationsOf(await (await t.client().get('/openapi.json')).json());
    await t.createUser('reader@example.com', 'correct horse battery staple');
    person = t.client();
    await person.login('reader@example.com', 'correct horse battery staple');
    serviceAccount = await seedServiceAccount(t, await seedGroup(t));
    bearer = await getToken(t, serviceAccount.clientId, serviceAccount.clientSecret);
  });
  afterAll(async () => t?.close());

  const accepts = (op: Operation, scheme: string) => op.security.some((r) => scheme in r);
  const anonymousAllowed = (op: Operation) => op.security.length === 0 || op.security.some((r) => Object.keys(r).length === 0);
  // The OAuth endpoints authenticate clients themselves; they have their own test below.
  const apiOperations = () => operations.filter((op) => !accepts(op, SCHEME.clientSecretBasic));

  it('states a requirement on every operation, naming only declared schemes', () => {
    expect(operations.length).toBeGreaterThan(40);
    for (const op of operations) {
      expect(Array.isArray(op.security), `${op.method} ${op.path}`).toBe(true);
      for (const requirement of op.security) for (const scheme of Object.keys(requirement)) expect(Object.values(SCHEME)).toContain(scheme);
    }
  });

  it('answers 401 to each caller exactly when the operation does not name its credentials', async () => {
    // Logging out would end the session the other rows use: it goes last.
    const ordered = [...apiOperations()].sort((a, b) => Number(a.operationId === 'logout') - Number(b.operationId === 'logout'));
    const rows: string[] = [];
    for (const op of ordered) {
      const path = fill(op.path);
      const body = op.hasBody ? { json: {} } : {};
      const anonymous = await t.client().request(op.method, path, body);
      const viaCookie = await person.request(op.method, path, body);
      const viaBearer = await t.client().request(op.method, path, { ...body, origin: null, headers: { authorization: `Bearer ${bearer}` } });
      const row = (caller: string, res: Response, allowed: boolean) => {
        expect(res.status, `${caller} ${op.method} ${op.path}`).toBeLessThan(500);
        if ((res.status === 401) === allowed) rows.push(`${caller} ${op.method} ${op.path}: ${res.status}, document says ${allowed ? 'allowed' : '401'}`);
      };
      row('anonymous', anonymous, anonymousAllowed(op));
      row('cookie', viaCookie, anonymousAllowed(op) || accepts(op, SCHEME.cookie));
      row('bearer', viaBearer, anonymousAllowed(op) || accepts(op, SCHEME.bearer));
      // RFC 6750 §3: where a bearer token would do, the 401 says so.
      if (anonymous.status === 401 && accepts(op, SCHEME.bearer)) expect(anonymous.headers.get('www-authenticate'), op.path).toBe('Bearer realm="grantkit"');
    }
    expect(rows).toEqual([]);
  });

  it('refuses a bearer token on a cookie-only operation with a message that says so', async () => {
    const res = await t.client().request('GET', '/api/me', { origin: null, headers: { authorization: `Bearer ${bearer}` } });
    expect(res.status).toBe(401);
    expect((await res.json()).detail).toMatch(/not a bearer token/);
  });

  it('refuses anonymous callers before reading their input (401, not 400)', async () => {
    const res = await t.client().request('POST', `/api/groups/${crypto.randomUUID()}/invitation-codes`, { json: { count: 'many' } });
    expect(res.status).toBe(401);
  });

  it('OAuth endpoints: client_secret_basic is accepted, wrong credentials are 401 invalid_client with a Basic challenge', async () => {
    const oauth = operations.filter((op) => accepts(op, SCHEME.clientSecretBasic));
    expect(oauth.map((op) => op.path).sort()).toEqual(['/oauth/introspect', '/oauth/revoke', '/oauth/token']);
    const form = { grant_type: 'client_credentials', token: 'not-a-token' };
    for (const op of oauth) {
      const good = await postForm(t, op.path, form, { authorization: basic(serviceAccount.clientId, serviceAccount.clientSecret) });
      expect(good.status, op.path).toBe(200);
      const bad = await postForm(t, op.path, form, { authorization: basic(serviceAccount.clientId, 'wrong') });
      expect(bad.status, op.path).toBe(401);
      expect(bad.headers.get('www-authenticate'), op.path).toMatch(/^Basic /);
      expect((await bad.json()).error).toBe('invalid_client');
    }
  });
});
