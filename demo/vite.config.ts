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
 * - The server's URL reaches the pages at run time (server-url.ts), so one production build
 *   serves whichever server `npm start` or the end-to-end tests run.
 *
 * Environment: GRANTKIT_URL (the server, default http://localhost:4000), DEMO_PORT (5173),
 * DEMO_HOST (Vite's default), GRANTKIT_DEMO_INSTANCE_ID (set by `npm start`).
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultClientConditions, defineConfig } from 'vite';
import { serverUrlPlugin } from './server-url.js';
import { partnerWebhooksPlugin } from './partner-webhooks.js';

const here = fileURLToPath(new URL('.', import.meta.url));

export interface DemoConfigOptions {
  serverUrl: string;
  port: number;
  host?: string;
  cacheDir?: string;
  /** Echoed in an `x-grantkit-demo-instance` header, so `npm start` knows it reached its own Vite. */
  instanceId?: string;
}

export function demoConfig({ serverUrl, port, host, cacheDir, instanceId }: DemoConfigOptions) {
  const serve = {
    port,
    // A busy port is an error, never a silent move to the next one (the seeded return URLs
    // and the printed links name this port).
    strictPort: true,
    ...(host ? { host } : {}),
    ...(instanceId ? { headers: { 'x-grantkit-demo-instance': instanceId } } : {}),
    // Only the portal uses these; the partner pages call `serverUrl` directly.
    proxy: Object.fromEntries(['/api', '/logos', '/assets/logos'].map((p) => [p, { target: serverUrl, changeOrigin: false }])),
  };
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
    plugins: [serverUrlPlugin(serverUrl), partnerWebhooksPlugin(serverUrl)],
    server: serve,
    // `vite preview` serves the production build (dist/) the same way: `npm start` uses it.
    preview: serve,
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
export const PORTAL_PAGES = ['index', 'groups', 'codes', 'redeem', 'members', 'service-accounts', 'webhooks', 'partners', 'partner-members', 'mailbox', 'audit'] as const;

export default demoConfig({
  serverUrl: process.env.GRANTKIT_URL || 'http://localhost:4000',
  port: Number(process.env.DEMO_PORT || 5173),
  host: process.env.DEMO_HOST,
  instanceId: process.env.GRANTKIT_DEMO_INSTANCE_ID,
});
