/**
 * Vite for the demo: the partner website (`/partner/`) and the platform portal (`/portal/`).
 *
 * - Workspace packages resolve to their TypeScript source (`source` export condition), so there
 *   is no build step; Lit's legacy decorators come from tsconfig.base.json.
 * - The portal is the platform's own UI: its JSON calls (`/api/*`) are proxied to the reference
 *   server, so they are same-origin for the browser and carry the session cookie, as on a real
 *   platform. The partner site does not use the proxy: it talks to the server's origin like any
 *   outside website (OAuth endpoints and bearer API calls, both open to CORS).
 *
 * Environment: GRANTKIT_URL (the server, default http://localhost:4000), DEMO_PORT (5173),
 * DEMO_HOST (Vite's default).
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultClientConditions, defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

export function demoConfig({ serverUrl, port, host, cacheDir }: { serverUrl: string; port: number; host?: string; cacheDir?: string }) {
  return defineConfig({
    root: here,
    // Tests give their Vite its own dependency cache, so it never races a running `npm start`.
    ...(cacheDir ? { cacheDir } : {}),
    clearScreen: false,
    logLevel: 'warn',
    resolve: { conditions: ['source', ...defaultClientConditions] },
    // Pre-bundle the browser dependencies up front: a dependency discovered late makes Vite
    // reload the page, which a first visitor (or a test) would see as a flash.
    optimizeDeps: { entries: ['index.html', 'partner/*.html', 'portal/*.html'], include: ['lit', 'lit/decorators.js', 'oauth4webapi'] },
    define: { __GRANTKIT_URL__: JSON.stringify(serverUrl.replace(/\/+$/, '')) },
    server: {
      port,
      strictPort: true,
      ...(host ? { host } : {}),
      // Only the portal uses these; the partner pages call `serverUrl` directly.
      proxy: Object.fromEntries(['/api', '/logos', '/assets/logos'].map((p) => [p, { target: serverUrl, changeOrigin: false }])),
    },
    build: {
      outDir: resolve(here, 'dist'),
      rollupOptions: {
        input: Object.fromEntries(
          ['index', 'partner/index', 'partner/return', ...PORTAL_PAGES.map((p) => `portal/${p}`)].map((name) => [name, resolve(here, `${name}.html`)]),
        ),
      },
    },
  });
}

/** Every portal page (one HTML file each). */
export const PORTAL_PAGES = ['index', 'groups', 'codes', 'redeem', 'members', 'service-accounts', 'partners', 'partner-members', 'mailbox', 'audit'] as const;

export default demoConfig({
  serverUrl: process.env.GRANTKIT_URL || 'http://localhost:4000',
  port: Number(process.env.DEMO_PORT || 5173),
  host: process.env.DEMO_HOST,
});
