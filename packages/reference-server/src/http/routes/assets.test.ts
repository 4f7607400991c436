import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { currentBundle, readBundleGraph, resolveBundleFile } from '../elements-bundle.js';

describe('elements bundle graph', () => {
  it('follows static and dynamic relative imports from the entry, and marks hashed chunks immutable', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'gk-bundle-'));
    await mkdir(join(dir, 'bundle'));
    await writeFile(join(dir, 'bundle.js'), 'import{a as b}from"./bundle/chunk-AAAA1111.js";const l=()=>import("./bundle/en-BBBB2222.js");');
    await writeFile(join(dir, 'bundle', 'chunk-AAAA1111.js'), 'export const a=1;');
    await writeFile(join(dir, 'bundle', 'en-BBBB2222.js'), 'import"./chunk-AAAA1111.js";export default {};');
    await writeFile(join(dir, 'bundle', 'unrelated.js'), 'secret');
    await writeFile(join(dir, 'index.js'), 'not part of the bundle');
    const graph = readBundleGraph(join(dir, 'bundle.js'));
    expect([...graph.keys()].sort()).toEqual(['/assets/bundle/chunk-AAAA1111.js', '/assets/bundle/en-BBBB2222.js', '/assets/grantkit-elements.js']);
    expect(graph.get('/assets/grantkit-elements.js')!.immutable).toBe(false);
    expect(graph.get('/assets/bundle/en-BBBB2222.js')!.immutable).toBe(true);
    expect(graph.get('/assets/bundle/chunk-AAAA1111.js')!.etag).toMatch(/^"[\w-]{27}"$/);
  });

  it('refuses a chunk outside the bundle folder, and has nothing for a missing entry', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'gk-bundle-'));
    await writeFile(join(dir, 'bundle.js'), 'import"../elsewhere.js";');
    expect(() => readBundleGraph(join(dir, 'bundle.js'))).toThrow(/outside/);
    expect(currentBundle(join(dir, 'missing.js'))).toBeUndefined();
    expect(resolveBundleFile('@grantkit/no-such-package/bundle.js')).toBeUndefined();
  });

  it('reads the graph again when the entry changes on disk', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'gk-bundle-'));
    const entry = join(dir, 'bundle.js');
    await writeFile(entry, 'console.log(1);');
    const first = currentBundle(entry)!;
    expect(currentBundle(entry)).toBe(first);
    await writeFile(entry, 'console.log(22);');
    expect(currentBundle(entry)!.get('/assets/grantkit-elements.js')!.body).toBe('console.log(22);');
  });
});

describe('assets', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t?.close());

  const installed = resolveBundleFile();

  it.skipIf(!installed)('serves the prebuilt elements bundle (revalidated) and its chunks (immutable), with 304 on a matching ETag', async () => {
    const res = await t.client().get('/assets/grantkit-elements.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/javascript');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    const etag = res.headers.get('etag')!;
    const code = await res.text();
    expect(code).toContain('gk-consent');
    const again = await t.client().get('/assets/grantkit-elements.js', { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');

    const chunk = /import\(?"\.\/(bundle\/[^"]+\.js)"/.exec(code)?.[1];
    if (chunk) {
      const res = await t.client().get(`/assets/${chunk}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    }
    // Files beside the bundle that it does not import are not served.
    expect((await t.client().get('/assets/index.js')).status).toBe(404);
    expect((await t.client().get('/assets/bundle/..%2F..%2Fpackage.json')).status).toBe(404);
  });

  it('serves the demo logos as SVG and 404 for anything else', async () => {
    const logo = await t.client().get('/assets/logos/acme-energy.svg');
    expect(logo.status).toBe(200);
    expect(logo.headers.get('content-type')).toBe('image/svg+xml');
    expect(await logo.text()).toContain('<svg');
    expect((await t.client().get('/assets/logos/nope.svg')).status).toBe(404);
    expect((await t.client().get('/assets/logos/..%2Fsecret.svg')).status).toBe(404);
  });
});
