/**
 * Where the demo pages find the reference server: told at run time by whoever serves them (Vite's
 * dev server or `vite preview`), never baked into the production build. One build then serves any
 * server URL — `npm start` on another PORT, or the end-to-end tests' server on a free port — so it
 * is made once and rebuilt only when the demo's sources change (scripts/production-build.js).
 *
 * Every page gets a classic `<script src="/grantkit-server.js">` first in its `<head>`: it runs
 * before the page's module scripts (which are deferred) and sets `window.GRANTKIT_SERVER_URL`,
 * which src/config.ts reads.
 */
import type { Connect, Plugin } from 'vite';

export const SERVER_URL_SCRIPT = '/grantkit-server.js';

export function serverUrlPlugin(serverUrl: string): Plugin {
  const body = `window.GRANTKIT_SERVER_URL = ${JSON.stringify(serverUrl.replace(/\/+$/, ''))};\n`;
  // Returns nothing: a function returned from these hooks would run after Vite's own middleware.
  const answer = (middlewares: Connect.Server): void => {
    middlewares.use(SERVER_URL_SCRIPT, (_req, res) => {
      res.setHeader('content-type', 'text/javascript; charset=utf-8');
      // The same build may be served for another server next time.
      res.setHeader('cache-control', 'no-store');
      res.end(body);
    });
  };
  return {
    name: 'grantkit-server-url',
    configureServer: (server) => answer(server.middlewares),
    configurePreviewServer: (server) => answer(server.middlewares),
    // After Vite's own HTML processing, so the build leaves the tag as it is (not bundled).
    transformIndexHtml: { order: 'post', handler: () => [{ tag: 'script', attrs: { src: SERVER_URL_SCRIPT }, injectTo: 'head-prepend' }] },
  };
}
