/**
 * @module http/routes/assets
 * Static assets of the pages: the elements bundle for `<gk-consent>` (built from
 * `packages/elements/src/define.ts` with esbuild on first request and kept in memory) and the
 * demo logos. When the elements package is absent the bundle answers 404 and the consent page's
 * no-JavaScript form keeps working.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createRouter, type AppDeps } from '../context.js';
import { problem, problemResponse } from '../problem.js';
import { DEMO_LOGOS } from '../../seed/logos.js';

const ELEMENTS_ENTRY = fileURLToPath(new URL('../../../../elements/src/define.ts', import.meta.url));
const ELEMENTS_TSCONFIG = fileURLToPath(new URL('../../../../elements/tsconfig.json', import.meta.url));

const bundles = new Map<string, Promise<string>>();

/** Bundles the elements once per process; a failed build is retried on the next request. */
export function elementsBundle(entry = ELEMENTS_ENTRY): Promise<string> | undefined {
  if (!existsSync(entry)) return undefined;
  const cached = bundles.get(entry);
  if (cached) return cached;
  const bundle = (async () => {
    const { build } = await import('esbuild');
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      minify: true,
      legalComments: 'none',
      // 'production' selects Lit's production build (no dev-mode warnings in the console).
      conditions: ['source', 'browser', 'production'],
      ...(existsSync(ELEMENTS_TSCONFIG) ? { tsconfig: ELEMENTS_TSCONFIG } : {}),
      logLevel: 'silent',
    });
    return result.outputFiles[0]!.text;
  })().catch((error: unknown) => {
    bundles.delete(entry);
    throw error;
  });
  bundles.set(entry, bundle);
  return bundle;
}

export function assetRoutes(_deps: AppDeps) {
  const router = createRouter();

  router.get('/assets/grantkit-elements.js', async (c) => {
    const pending = elementsBundle();
    if (!pending) return problemResponse(problem(404, 'not_found', 'The elements package is not available in this installation.'));
    try {
      const code = await pending;
      return c.body(code, 200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-cache' });
    } catch (error) {
      c.get('log').error('elements bundle failed', { error });
      return problemResponse(problem(503, 'asset_unavailable', 'The elements bundle could not be built; the page works without it.'));
    }
  });

  // Browsers ask for it on every page; an empty answer keeps consoles and logs clean.
  router.get('/favicon.ico', (c) => c.body(null, 204, { 'cache-control': 'public, max-age=86400' }));

  router.get('/assets/logos/:name{[a-z0-9-]+\\.svg}', (c) => {
    const svg = DEMO_LOGOS[c.req.param('name').replace(/\.svg$/, '')];
    if (!svg) return problemResponse(problem(404, 'not_found', 'No such logo.'));
    return c.body(svg, 200, { 'content-type': 'image/svg+xml', 'cache-control': 'public, max-age=86400' });
  });

  return router;
}
