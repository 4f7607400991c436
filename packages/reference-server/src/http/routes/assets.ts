/**
 * @module http/routes/assets
 * Static assets of the pages: the prebuilt elements bundle for `<gk-consent>` and its chunks
 * (http/elements-bundle.ts), and the demo logos. When the elements package is not installed or
 * not built, the bundle answers 404 and the consent page's no-JavaScript form keeps working.
 *
 * Caching: chunk names carry a content hash, so they are `immutable` for a year; the entry keeps
 * its URL across releases, so it is revalidated on every use (`no-cache`) against a strong ETag
 * and costs a 304 when unchanged (RFC 9111 §5.2.2.4, RFC 9110 §13.1.2).
 */
import type { Context } from 'hono';
import { createRouter, type AppDeps, type AppEnv } from '../context.js';
import { BUNDLE_PATH, currentBundle, type BundleFile } from '../elements-bundle.js';
import { problem, problemResponse } from '../problem.js';
import { DEMO_LOGOS } from '../../seed/logos.js';

const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Whether If-None-Match names this validator (RFC 9110 §13.1.2: weak comparison, `*` matches). */
function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t.replace(/^W\//, '') === etag;
  });
}

function serve(c: Context<AppEnv>, file: BundleFile): Response {
  const headers = { etag: file.etag, 'cache-control': file.immutable ? IMMUTABLE : 'no-cache' };
  if (matches(c.req.header('if-none-match'), file.etag)) return c.body(null, 304, headers);
  return c.body(file.body, 200, { ...headers, 'content-type': 'text/javascript; charset=utf-8' });
}

export function assetRoutes(_deps: AppDeps) {
  const router = createRouter();

  const bundleFile = (c: Context<AppEnv>): Response => {
    let graph;
    try {
      graph = currentBundle();
    } catch (error) {
      c.get('log').error('elements bundle unreadable', { error });
      return problemResponse(problem('asset_unavailable', 'The elements bundle could not be read; the page works without it.'));
    }
    const path = new URL(c.req.url).pathname;
    if (!graph && path === BUNDLE_PATH) return problemResponse(problem('not_found', 'The elements bundle is not available in this installation.'));
    const file = graph?.get(path);
    if (!file) return problemResponse(problem('not_found', 'No such asset.'));
    return serve(c, file);
  };
  // Browsers ask for it on every page; an empty answer keeps consoles and logs clean.
  router.get('/favicon.ico', (c) => c.body(null, 204, { 'cache-control': 'public, max-age=86400' }));

  router.get('/assets/logos/:name{[a-z0-9-]+\\.svg}', (c) => {
    const svg = DEMO_LOGOS[c.req.param('name').replace(/\.svg$/, '')];
    if (!svg) return problemResponse(problem('not_found', 'No such logo.'));
    return c.body(svg, 200, { 'content-type': 'image/svg+xml', 'cache-control': 'public, max-age=86400' });
  });

  router.get(BUNDLE_PATH, bundleFile);
  // The chunks bundle.js imports relative to its own URL (e.g. /assets/bundle/en-AB12CD34.js):
  // whatever folder the elements build puts them in, only files of the bundle's graph exist here.
  router.get('/assets/*', bundleFile);

  return router;
}
