import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { storeKinds } from '../../testing/test-database.js';
import { loadMigrations } from '../../storage/migrate.js';
import { createHealthStore } from '../../storage/health-store.js';

describe.each(storeKinds)('health probes (%s)', (kind) => {
  let t: TestApp;
  const logLines: string[] = [];
  beforeAll(async () => {
    t = await createTestApp({ kind, logLines, env: { GRANTKIT_INSTANCE_ID: 'probe-test-1' } });
  });
  afterAll(async () => t?.close());

  it('/healthz answers 200 naming the instance, uncached', async () => {
    const res = await t.client().get('/healthz');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.json()).toEqual({ status: 'ok', instance: 'probe-test-1' });
  });

  it('/readyz answers 200 when the database answers and every shipped migration is applied', async () => {
    const res = await t.client().get('/readyz');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.json()).toEqual({ status: 'ready', migrations: (await loadMigrations()).length });
  });

  it('/readyz answers 503 migrations_pending while a shipped migration is not applied', async () => {
    const [last] = (await loadMigrations()).slice(-1);
    await t.deps.store.db.query('DELETE FROM schema_migrations WHERE version = $1', [last!.version]);
    try {
      const res = await t.client().get('/readyz');
      expect(res.status).toBe(503);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
      const body = (await res.json()) as { code: string; detail: string };
      expect(body.code).toBe('migrations_pending');
      expect(body.detail).toContain('grantkit-server migrate');
    } finally {
      await t.deps.store.db.query('INSERT INTO schema_migrations (version) VALUES ($1)', [last!.version]);
    }
  });

  it('keeps both probes out of the access log (other requests are logged)', async () => {
    logLines.length = 0;
    await t.client().get('/healthz');
    await t.client().get('/readyz');
    await t.client().get('/favicon.ico');
    const paths = logLines.map((l) => JSON.parse(l) as { msg: string; path?: string }).filter((l) => l.msg === 'request').map((l) => l.path);
    expect(paths).toEqual(['/favicon.ico']);
  });

  it('documents both in the OpenAPI document, without a security requirement', async () => {
    const doc = (await (await t.client().get('/openapi.json')).json()) as { paths: Record<string, { get: { operationId: string; security: unknown[]; responses: Record<string, unknown> } }> };
    expect(doc.paths['/healthz']!.get.operationId).toBe('getHealth');
    expect(doc.paths['/healthz']!.get.security).toEqual([]);
    expect(doc.paths['/readyz']!.get.operationId).toBe('getReadiness');
    expect(Object.keys(doc.paths['/readyz']!.get.responses)).toEqual(['200', '503']);
  });
});

describe('readiness of the database', () => {
  it('is database_unavailable when the database is closed, and /healthz still answers', async () => {
    const t = await createTestApp();
    await t.database.close();
    const ready = await t.client().get('/readyz');
    expect(ready.status).toBe(503);
    const body = (await ready.json()) as { code: string; detail: string };
    expect(body).toMatchObject({ code: 'database_unavailable', detail: 'The database does not answer.' });
    expect((await t.client().get('/healthz')).status).toBe(200);
  });

  it('is database_unavailable when the database does not answer in time', async () => {
    const never = { query: () => new Promise<never>(() => undefined) } as unknown as Parameters<typeof createHealthStore>[0];
    const health = createHealthStore(never, { timeoutMs: 50, expected: async () => ['0001-core'] });
    expect(await health.readiness()).toMatchObject({ ready: false, reason: 'database_unavailable', detail: 'no answer within 50 ms' });
  });

  it('is migrations_pending on a database that was never migrated', async () => {
    const failing = { query: () => Promise.reject(Object.assign(new Error('relation "schema_migrations" does not exist'), { code: '42P01' })) } as unknown as Parameters<typeof createHealthStore>[0];
    expect(await createHealthStore(failing).readiness()).toMatchObject({ ready: false, reason: 'migrations_pending' });
  });
});
