/**
 * Bad input at every door: a seeded property-based run (fast-check) over each operation of the
 * server's own /openapi.json and over the HTML routes (login, logout, the access-request page and
 * decision, the invitation page). Each generated request carries bad values — wrong types, sizes,
 * NUL and other control characters, non-Latin-1 text and lone surrogates in every string field
 * and in redirect targets (`next`, `return_url`, `state`), invalid percent-encoding, wrong content
 * types, duplicate parameters and keys, deep nesting, oversized bodies — and is sent twice over
 * real HTTP: as a logged-in user with the right Origin (so bodies reach validation) and
 * anonymously (also with the Origin, so only authentication refuses it).
 *
 * Asserted for every answer: never a 5xx; an error is problem+json with a `code` on the API,
 * OAuth JSON with an `error` on /oauth/*, an HTML page on the HTML routes; and a refused request
 * changes nothing in the database (see `fingerprint`).
 *
 * The seed is printed; rerun one with FUZZ_SEED=<n>. FUZZ_RUNS changes the number of cases (each
 * case is two requests).
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../seed/demo-data.js';
import { isPagePath } from './page-paths.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';
import { storeKinds } from '../testing/test-database.js';

const SEED = Number(process.env.FUZZ_SEED ?? 20261205);
const CASES = Number(process.env.FUZZ_RUNS ?? 900);

type BodyKind = 'json' | 'form';
interface Operation {
  readonly method: string;
  /** With `{name}` placeholders. */
  readonly path: string;
  readonly query: readonly string[];
  readonly body?: BodyKind;
  readonly fields: readonly string[];
  /** Sent without the session cookie even for the logged-in caller: it would end the session the rest of the run needs. */
  readonly endsSession?: boolean;
}

/** The HTML routes, which /openapi.json does not describe, with the fields they read. */
const pageOperations: Operation[] = [
  { method: 'GET', path: '/', query: ['next', 'lang'], fields: [] },
  { method: 'GET', path: '/login', query: ['next', 'lang'], fields: [] },
  { method: 'POST', path: '/login', query: [], body: 'form', fields: ['email', 'password', 'next'] },
  { method: 'POST', path: '/logout', query: [], body: 'form', fields: ['next'], endsSession: true },
  { method: 'GET', path: '/access/request/{lookupKey}', query: ['state', 'return_url', 'partner_name', 'locale', 'installation_id', 'next'], fields: [] },
  { method: 'POST', path: '/access/request/{id}/decision', query: [], body: 'form', fields: ['decision', 'installation_id'] },
  { method: 'GET', path: '/access/receipt/{id}', query: ['lang'], fields: [] },
  { method: 'GET', path: '/invitations/{token}', query: ['lang'], fields: [] },
  { method: 'POST', path: '/invitations/{token}', query: [], body: 'form', fields: ['name', 'email', 'password', 'next'] },
];

type Json = Record<string, any>;

function operationsOf(doc: Json): Operation[] {
  const resolve = (schema: Json | undefined): Json | undefined =>
    schema?.$ref ? doc.components?.schemas?.[String(schema.$ref).split('/').pop()!] : schema;
  const ops: Operation[] = [];
  for (const [path, methods] of Object.entries<Json>(doc.paths)) {
    for (const [method, op] of Object.entries<Json>(methods)) {
      const content: Json = op.requestBody?.content ?? {};
      const type = Object.keys(content)[0];
      const body: BodyKind | undefined = type === undefined ? undefined : type.includes('json') ? 'json' : 'form';
      const schema = type ? resolve(content[type].schema) : undefined;
      ops.push({
        method: method.toUpperCase(),
        path,
        query: (op.parameters ?? []).filter((p: Json) => p.in === 'query').map((p: Json) => p.name as string),
        body,
        fields: Object.keys(schema?.properties ?? {}),
        endsSession: method === 'delete' && path === '/api/session',
      });
    }
  }
  return ops;
}

// ---- the bad values ----

const nasty = [
  '', ' ', '\u0000', 'a\u0000b', '\u0007', '\u001b[31m', '\r\nSet-Cookie: x=1', '€', '/€', '/∕∕evil.example', '∕∕evil.example',
  '//evil.example', '/\\evil.example', 'https://evil.example/', 'javascript:alert(1)', 'http://localhost:5173/partner/return.html\u0000',
  '\ud800', '\udfff', '😀', 'ÿ', 'Ā', '\u202e', '\ufeff', '../../etc/passwd', '%00', "'; DROP TABLE users; --", '{{7*7}}', '<script>',
  'null', 'true', '-1', '0', '1e309', 'NaN', '00000000-0000-0000-0000-000000000000', 'TZBV', 'en', 'fr', 'approve', 'deny',
  'client_credentials', 'refresh_token', 'authorization_code',
];
const badString = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...nasty) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom('a', 'é', '€', '\u0000', '字', '\ud83d', '/'), minLength: 300, maxLength: 5000 }) },
);
const deepJson = fc.tuple(fc.integer({ min: 50, max: 3000 }), fc.boolean()).map(([depth, array]) =>
  array ? '['.repeat(depth) + ']'.repeat(depth) : '{"a":'.repeat(depth) + '1' + '}'.repeat(depth),
);
const badValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: badString },
  { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.double(), fc.boolean(), fc.constant(null)) },
  { weight: 1, arbitrary: fc.oneof(fc.array(badString, { maxLength: 3 }), fc.dictionary(badString, badString, { maxKeys: 3 })) },
  { weight: 1, arbitrary: deepJson.map((text) => JSON.parse(text) as unknown) },
);

/** Percent-encodes as UTF-8 (a lone surrogate becomes U+FFFD, as a browser would send it). */
const encode = (value: string) => encodeURIComponent(value.replace(/[\ud800-\udfff]/g, '\ufffd'));
/** Raw URL text that is not valid percent-encoded UTF-8, which no encoder would produce. */
const rawUrlText = fc.constantFrom('%', '%zz', '%00', '%C3%28', '%FF', '%E2%82', '%ED%A0%80', '%25%00', '%2F%2Fevil.example');
const urlValue = fc.oneof({ weight: 4, arbitrary: badString.map(encode) }, { weight: 1, arbitrary: rawUrlText });

const contentTypes = [
  'text/plain', 'application/json', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'multipart/form-data',
  'application/json; charset=latin1', 'application/xml', 'application/problem+json', 'application/json\u00e9', '',
];

interface Case {
  readonly op: Operation;
  readonly method: string;
  readonly pathValues: readonly string[];
  readonly query: ReadonlyArray<readonly [string, string]>;
  readonly body: { kind: 'fields'; values: ReadonlyArray<readonly [string, unknown]> } | { kind: 'raw'; text: string } | { kind: 'none' };
  /** undefined: the operation's own content type. */
  readonly contentType: string | undefined;
  readonly authorization: string | undefined;
  readonly caller: 'admin' | 'holder';
}

function caseArbitrary(ops: Operation[], knownPathValues: string[]): fc.Arbitrary<Case> {
  // Never empty, '.' or '..': those make another path (fetch resolves dot segments), which is no
  // route at all and answers the API's 404 problem even under a page prefix.
  const pathValue = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...knownPathValues.map(encode)) }, { weight: 2, arbitrary: urlValue.filter((v) => !['', '.', '..'].includes(v)) });
  return fc.constantFrom(...ops).chain((op) => {
    const fieldName = op.fields.length ? fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...op.fields) }, { weight: 1, arbitrary: badString }) : badString;
    const queryName = fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...op.query, 'next', 'state') }, { weight: 1, arbitrary: badString.map(encode) });
    return fc.record<Case>({
      op: fc.constant(op),
      // Mostly the operation's own method; sometimes another one (405 with Allow).
      method: fc.oneof({ weight: 9, arbitrary: fc.constant(op.method) }, { weight: 1, arbitrary: fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE') }),
      pathValues: fc.array(pathValue, { minLength: 2, maxLength: 2 }),
      // Repeated names give duplicate parameters.
      query: fc.array(fc.tuple(queryName, urlValue), { maxLength: 4 }),
      body: op.body
        ? fc.oneof(
            // Known fields, each possibly repeated (a duplicate key or form parameter).
            { weight: 6, arbitrary: fc.record({ kind: fc.constant('fields' as const), values: fc.array(fc.tuple(fieldName, badValue), { minLength: 1, maxLength: 6 }) }) },
            {
              weight: 2,
              arbitrary: fc.record({
                kind: fc.constant('raw' as const),
                text: fc.oneof(
                  fc.constantFrom('', '{', 'null', '[]', '"x"', '1', '{"a":1,"a":2}', '\u0000', '{"email":"a@b.example","email":{"$ne":null}}', 'a=1&a=2&a', '\ufeff{}'),
                  deepJson,
                ),
              }),
            },
            // Above every body limit (JSON and form), below the logo upload's.
            { weight: 1, arbitrary: fc.constantFrom(70_000, 1_100_000).map((size) => ({ kind: 'raw' as const, text: `{"name":"${'x'.repeat(size)}"}` })) },
          )
        : fc.constant({ kind: 'none' as const }),
      contentType: fc.option(fc.constantFrom(...contentTypes), { nil: undefined, freq: 3 }),
      authorization: fc.option(
        fc.oneof(
          fc.tuple(badString, badString).map(([id, secret]) => `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`),
          fc.constantFrom('Basic', 'Basic !!!', 'Bearer', 'Bearer x.y.z', 'Bearer eyJhbGciOiJub25lIn0.e30.'),
        ),
        { nil: undefined, freq: 4 },
      ),
      caller: fc.constantFrom('admin' as const, 'holder' as const),
    });
  });
}

function requestOf(base: string, c: Case, origin: string, cookie: string | undefined): { url: string; init: RequestInit } {
  let i = 0;
  const path = c.op.path.replace(/\{[^}]+\}/g, () => c.pathValues[i++ % c.pathValues.length]!);
  const search = c.query.map(([k, v]) => `${k}=${v}`).join('&');
  const headers = new Headers({ origin });
  if (cookie) headers.set('cookie', cookie);
  if (c.authorization) headers.set('authorization', c.authorization);
  let body: string | undefined;
  if (c.method !== 'GET' && c.body.kind !== 'none') {
    if (c.body.kind === 'raw') body = c.body.text;
    else if (c.op.body === 'json') body = `{${c.body.values.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(',')}}`;
    else body = c.body.values.map(([k, v]) => `${encode(k)}=${encode(typeof v === 'string' ? v : JSON.stringify(v) ?? '')}`).join('&');
    const type = c.contentType ?? (c.op.body === 'json' ? 'application/json' : 'application/x-www-form-urlencoded');
    if (type) headers.set('content-type', type);
  }
  return { url: `${base}${path}${search ? `?${search}` : ''}`, init: { method: c.method, headers, body, redirect: 'manual' } };
}

/**
 * A cheap fingerprint of the data a request could change: per table, the row count and the
 * highest `xmin` (the id of the transaction that wrote the row version). Any insert or update
 * gives some row a new, highest xmin; a delete changes the count. One query, no row data read
 * beyond the system column, so it can run around every request. Left out: rate_limit_hits and
 * sessions, which a refused request may rightly write (a failed login is counted; a session's
 * last use is touched).
 */
async function fingerprint(server: TestServer): Promise<string> {
  const tables = await server.db.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
       AND table_name NOT IN ('rate_limit_hits', 'sessions', 'schema_migrations') ORDER BY table_name`,
  );
  const parts = tables.map(({ table_name: t }) => `SELECT '${t}' AS t, count(*)::text || ':' || coalesce(max(xmin::text::bigint), 0)::text AS f FROM "${t}"`);
  const rows = await server.db.query<{ t: string; f: string }>(parts.join(' UNION ALL '));
  return rows.map((r) => `${r.t}=${r.f}`).sort().join(' ');
}

async function login(server: TestServer, email: string): Promise<string> {
  const res = await fetch(`${server.url}/api/session`, {
    method: 'POST',
    headers: { origin: server.url, 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`login failed for ${email}: ${res.status}`);
  return res.headers.getSetCookie().map((line) => line.split(';')[0]).join('; ');
}

/** Why an answer breaks the contract, or undefined when it keeps it. */
function contractBreach(path: string, res: Response, text: string): string | undefined {
  if (res.status >= 500) return `status ${res.status}`;
  if (res.status < 400) return undefined;
  const type = res.headers.get('content-type') ?? '';
  const json = (): Json | undefined => {
    try {
      return JSON.parse(text) as Json;
    } catch {
      return undefined;
    }
  };
  if (isPagePath(path)) return /^text\/html/.test(type) ? undefined : `page error as ${type}`;
  // A wrong method on an OAuth endpoint is the API's 405 problem (http/method-not-allowed.test.ts).
  if (path.startsWith('/oauth/') && res.status !== 405) {
    return /^application\/json/.test(type) && typeof json()?.error === 'string' ? undefined : `OAuth error without error: ${type} ${text.slice(0, 200)}`;
  }
  return type === 'application/problem+json' && typeof json()?.code === 'string' ? undefined : `API error without code: ${type} ${text.slice(0, 200)}`;
}

describe.each(storeKinds)('bad input at every route on %s', (kind) => {
  let server: TestServer;
  let ops: Operation[];
  let knownPathValues: string[];
  const cookies: Record<Case['caller'], string> = { admin: '', holder: '' };

  beforeAll(async () => {
    server = await startTestServer({ kind });
    // The webhook worker writes in the background (it marks event rows of the outbox sent, and
    // would attempt deliveries to endpoints a fuzzed request registered): stopped, so the
    // fingerprint sees only what the requests write.
    await server.deps.webhooks.close();
    ops = [...operationsOf((await (await fetch(`${server.url}/openapi.json`)).json()) as Json), ...pageOperations];
    // Real ids and keys, so many requests pass the lookup and reach the body's validation.
    const ids = await server.db.query<{ id: string }>(
      `SELECT id::text FROM groups UNION ALL SELECT id::text FROM installations UNION ALL SELECT id::text FROM organisations
       UNION ALL SELECT id::text FROM users UNION ALL SELECT id::text FROM service_accounts UNION ALL SELECT id::text FROM grants
       UNION ALL SELECT id::text FROM invitation_codes UNION ALL SELECT lookup_key FROM groups WHERE lookup_key IS NOT NULL`,
    );
    knownPathValues = ids.map((r) => r.id);
    cookies.admin = await login(server, 'admin@acme.example');
    cookies.holder = await login(server, 'holder@demo.grantkit.dev');
  });
  afterAll(() => server?.close());

  it('never answers 5xx, always answers errors in the route’s format, and changes nothing when it refuses', async () => {
    // The fingerprint sees a write: an update that changes no value still gives the row a new xmin.
    const untouched = await fingerprint(server);
    await server.db.query(`UPDATE users SET name = name WHERE email = 'owner@demo.grantkit.dev'`);
    expect(await fingerprint(server)).not.toBe(untouched);

    const statuses = new Map<number, number>();
    let requests = 0;
    let previous = 'nothing';
    const started = Date.now();
    console.log(`bad-input on ${kind}: seed ${SEED} (rerun with FUZZ_SEED=${SEED}), ${CASES} cases × 2 callers, ${ops.length} operations`);
    await fc.assert(
      fc.asyncProperty(caseArbitrary(ops, knownPathValues), async (c) => {
        for (const cookie of [c.op.endsSession ? undefined : cookies[c.caller], undefined]) {
          const { url, init } = requestOf(server.url, c, server.url, cookie);
          const before = await fingerprint(server);
          const where = `${init.method} ${url.slice(server.url.length, server.url.length + 300)} (${cookie ? c.caller : 'anonymous'}, ${String(init.body ?? '').length} body bytes)`;
          let res: Response;
          try {
            res = await fetch(url, init);
          } catch (error) {
            throw new Error(`${where}: no answer (after ${previous})`, { cause: error });
          }
          const text = await res.text();
          requests++;
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          const breach = contractBreach(c.op.path, res, text);
          if (breach) throw new Error(`${where}: ${res.status} ${breach}`);
          previous = `${where} → ${res.status}`;
          if (res.status >= 400) expect(await fingerprint(server), `${where} answered ${res.status} but changed the database`).toBe(before);
        }
      }),
      { seed: SEED, numRuns: CASES, endOnFailure: true },
    );
    const counts = [...statuses].sort(([a], [b]) => a - b).map(([s, n]) => `${s}:${n}`).join(' ');
    const fivexx = [...statuses].filter(([s]) => s >= 500).reduce((sum, [, n]) => sum + n, 0);
    console.log(`bad-input on ${kind}: ${requests} requests in ${((Date.now() - started) / 1000).toFixed(1)} s; statuses ${counts}; 5xx = ${fivexx}`);
    expect(fivexx).toBe(0);
    // The logged-in half really was logged in to the end.
    for (const cookie of Object.values(cookies)) expect((await fetch(`${server.url}/api/me`, { headers: { cookie } })).status).toBe(200);
  }, 180_000);
});
