import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { elementsBundle } from './assets.js';

describe('assets', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t?.close());

  it('bundles an entry with esbuild, and has nothing for a missing one', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'gk-assets-'));
    await writeFile(join(dir, 'dep.ts'), 'export const greet = (name: string): string => `hello ${name}`;\n');
    await writeFile(join(dir, 'entry.ts'), "import { greet } from './dep.js';\n(globalThis as Record<string, unknown>).greeting = greet('gk');\n");
    const code = await elementsBundle(join(dir, 'entry.ts'))!;
    expect(code).toContain('hello');
    expect(code).not.toMatch(/^import /m);
    expect(elementsBundle(join(dir, 'entry.ts'))).toBe(elementsBundle(join(dir, 'entry.ts')));
    expect(elementsBundle(join(dir, 'missing.ts'))).toBeUndefined();
  });

  it('serves the elements bundle as JavaScript, or a 404 problem while the package has no define.ts', async () => {
    const res = await t.client().get('/assets/grantkit-elements.js');
    if (res.status === 200) {
      expect(res.headers.get('content-type')).toContain('text/javascript');
      expect(await res.text()).toContain('gk-consent');
    } else {
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
    }
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
