/**
 * GET /openapi.json as code generators read it: every operation has a stable camelCase
 * `operationId` — the SDK client's method name where the SDK calls it — and documents the 401 of
 * its security requirement; the OAuth endpoints describe their form bodies and RFC 6749 §5.2
 * errors; and `redocly lint` with the recommended rules (redocly.yaml) finds no problem.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApiClient } from '@grantkit/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app.js';

type Op = { operationId?: string; security?: Record<string, string[]>[]; responses: Record<string, unknown>; requestBody?: { content: Record<string, { schema: { $ref?: string } }> } };
type Doc = { paths: Record<string, Record<string, Op>>; components: { schemas: Record<string, { required?: string[]; properties?: Record<string, unknown>; oneOf?: unknown[] }> } };

const PACKAGE_DIR = join(dirname(fileURLToPath(import.meta.url)), '../..');
// Not localhost: redocly's no-server-example.com rule is about what a deployment serves.
const PUBLIC_URL = 'https://platform.grantkit.test';

describe('the OpenAPI document', () => {
  let t: TestApp;
  let doc: Doc;
  const operations = () => Object.entries(doc.paths).flatMap(([path, item]) => Object.entries(item).map(([method, op]) => ({ path, method, op })));

  beforeAll(async () => {
    t = await createTestApp({ env: { PUBLIC_URL } });
    doc = (await (await t.app.request(`${PUBLIC_URL}/openapi.json`)).json()) as Doc;
  });
  afterAll(async () => t?.close());

  it('gives every operation a unique camelCase operationId', () => {
    const ids = operations().map(({ method, path, op }) => op.operationId ?? `(none on ${method} ${path})`);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-zA-Z0-9]*$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('documents every /api route the app serves', () => {
    const documented = new Set(operations().map(({ method, path }) => `${method.toUpperCase()} ${path}`));
    const served = t.app.routes
      .filter((r) => r.path.startsWith('/api/') && r.method !== 'ALL' && r.method !== 'OPTIONS')
      .map((r) => `${r.method} ${r.path.replace(/:([A-Za-z_]+)(\{[^}]*\})?/g, '{$1}')}`);
    expect(served.length).toBeGreaterThan(40);
    expect(served.filter((route) => !documented.has(route))).toEqual([]);
  });

  it('uses the SDK client’s method name for every operation the SDK calls, and the SDK calls nothing undocumented', async () => {
    const calls: { method: string; path: string }[] = [];
    const client = createApiClient({
      baseUrl: PUBLIC_URL,
      credentials: 'include',
      fetch: async (url, init) => {
        calls.push({ method: (init?.method ?? 'GET').toUpperCase(), path: new URL(String(url)).pathname });
        return new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } });
      },
    }) as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
    expect(Object.keys(client).length).toBeGreaterThan(40);
    const byId = new Map(operations().map((o) => [o.op.operationId, o]));
    const mismatches: string[] = [];
    for (const name of Object.keys(client)) {
      calls.length = 0;
      await client[name]!(crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID()).catch(() => undefined);
      const call = calls[0];
      const documented = byId.get(name);
      const template = documented && new RegExp(`^${documented.path.replace(/\{[^}]+\}/g, '[^/]+')}$`);
      if (!call || !documented || documented.method.toUpperCase() !== call.method || !template!.test(call.path)) {
        mismatches.push(`${name}: SDK ${call?.method} ${call?.path}, document ${documented ? `${documented.method.toUpperCase()} ${documented.path}` : 'has no such operationId'}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('documents the 401 of every operation that needs credentials', () => {
    const missing = operations()
      .filter(({ op }) => op.security?.length && !op.security.some((r) => Object.keys(r).length === 0))
      .filter(({ op }) => !('401' in op.responses))
      .map(({ method, path }) => `${method} ${path}`);
    expect(missing).toEqual([]);
  });

  it('describes the token, revocation and introspection form bodies parameter by parameter', () => {
    const schemas = doc.components.schemas;
    const formSchema = (path: string) => doc.paths[path]!.post!.requestBody!.content['application/x-www-form-urlencoded']!.schema.$ref!.split('/').pop()!;
    expect(schemas[formSchema('/oauth/token')]!.oneOf).toHaveLength(2);
    expect(schemas.ClientCredentialsTokenRequest!.required).toEqual(['grant_type']);
    expect(Object.keys(schemas.ClientCredentialsTokenRequest!.properties!)).toEqual(['grant_type', 'scope', 'resource', 'client_id', 'client_secret']);
    expect(schemas.AuthorizationCodeTokenRequest!.required!.sort()).toEqual(['client_id', 'code', 'code_verifier', 'grant_type', 'redirect_uri']);
    expect(schemas[formSchema('/oauth/revoke')]!.required).toEqual(['token']);
    expect(schemas[formSchema('/oauth/introspect')]!.required).toEqual(['token']);
    for (const path of ['/oauth/token', '/oauth/revoke', '/oauth/introspect']) {
      expect(Object.keys(doc.paths[path]!.post!.responses), path).toEqual(['200', '400', '401', '429']);
    }
  });

  it('points the RFC 8414 metadata’s service_documentation at the human reference, which answers', async () => {
    const metadata = (await (await t.app.request(`${PUBLIC_URL}/.well-known/oauth-authorization-server`)).json()) as { service_documentation: string };
    expect(metadata.service_documentation).toBe(`${PUBLIC_URL}/docs`);
    const page = await t.app.request(metadata.service_documentation);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await page.text();
    expect(html).toContain('<code>listInstallations</code> · Credentials: session cookie or bearer token');
    expect(html).toContain('<code>requestToken</code> · Credentials: client authentication (HTTP Basic) or client credentials in the form body');
  });

  it('passes redocly lint with the recommended rules: no error, no warning', () => {
    const dir = mkdtempSync(join(tmpdir(), 'grantkit-openapi-'));
    try {
      const file = join(dir, 'openapi.json');
      writeFileSync(file, JSON.stringify(doc));
      const cli = join(dirname(createRequire(import.meta.url).resolve('@redocly/cli/package.json')), 'bin/cli.js');
      // One spawn; stderr carries redocly's Node 20 deprecation banner, which is not a finding.
      const run = spawnSync(process.execPath, [cli, 'lint', file, '--config', join(PACKAGE_DIR, 'redocly.yaml'), '--format', 'json'], {
        encoding: 'utf8',
        env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
      });
      const report = JSON.parse(run.stdout) as { totals: { errors: number; warnings: number }; problems: { ruleId: string; message: string; location: { pointer: string }[] }[] };
      const problems = report.problems.map((p) => `${p.ruleId} ${p.location[0]?.pointer}: ${p.message}`);
      expect(problems).toEqual([]);
      expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
