/**
 * @module
 * Starts what `npm start` starts, for tests: the reference server (fresh PGlite database with
 * the demo data, a free port on 127.0.0.1) and the demo's production build served by
 * `vite preview` (another free port), plus headless Chromium. The build is the one `npm start`
 * serves (demo/dist, scripts/production-build.js): made once, and again only when the demo's
 * sources change, so a test run builds at most once. The partner's return page on the test port
 * is registered for Acme Energy, and the demo origin is trusted for the portal's cookie calls,
 * exactly as scripts/start.js does for the fixed ports.
 *
 * The server's clock can be moved (`POST {demoUrl}/__e2e/clock {"offset_ms": n}`, served by the
 * test preview server only), so that a test can let an access request expire without waiting
 * for its TTL.
 */
import { createServer as createNetServer } from 'node:net';
import { chromium, type BrowserServer } from 'playwright-core';
import { preview, type Plugin, type PreviewServer } from 'vite';
import { startTestServer, type TestServer } from '../../packages/reference-server/src/testing/test-server.js';
import { DEMO_GROUPS } from '../../packages/reference-server/src/seed/demo-data.js';
import { demoConfig } from '../vite.config.js';
import { CLOCK_PATH } from './server-clock.js';

export { CHROMIUM_ARGS, chromiumPath } from '../../scripts/chromium.js';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/chromium.js';
import { platformBrandEnv } from '../scripts/platform-brand.js';
import { ensureProductionBuild } from '../scripts/production-build.js';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createNetServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** The demo's URL under its other loopback name: the same server, another site for the browser. */
export function otherSite(url: string): string {
  return url.replace('//127.0.0.1:', '//localhost:');
}

export interface DemoStack {
  readonly server: TestServer;
  readonly preview: PreviewServer;
  readonly demoUrl: string;
  close(): Promise<void>;
}

/** Serves CLOCK_PATH: sets the server clock's offset from real time. */
function clockControl(setOffset: (ms: number) => void): Plugin {
  return {
    name: 'grantkit-e2e-clock',
    configurePreviewServer(server) {
      server.middlewares.use(CLOCK_PATH, (request, response) => {
        let body = '';
        request.on('data', (chunk: Buffer) => (body += chunk.toString()));
        request.on('end', () => {
          const offset = Number((JSON.parse(body || '{}') as { offset_ms?: unknown }).offset_ms);
          response.statusCode = request.method === 'POST' && Number.isFinite(offset) ? 204 : 400;
          if (response.statusCode === 204) setOffset(offset);
          response.end();
        });
      });
    },
  };
}

export async function startDemoStack(): Promise<DemoStack> {
  const port = await freePort();
  const demoUrl = `http://127.0.0.1:${port}`;
  let clockOffset = 0;
  const clock = (): Date => new Date(Date.now() + clockOffset);
  // Every demo login of every e2e file comes from 127.0.0.1 within a few minutes: more than the
  // default 20 per address in 5 minutes. The limit itself is tested in the server's own suite.
  // The build (when one is due, in its own process) runs while the server starts, as in start.js.
  const [server] = await Promise.all([
    startTestServer({ env: { ...platformBrandEnv, GRANTKIT_TRUSTED_ORIGINS: `${demoUrl},${otherSite(demoUrl)}`, GRANTKIT_RATE_LIMIT_LOGIN_PER_ADDRESS: '1000/300' }, clock }),
    ensureProductionBuild(),
  ]);
  await server.deps.store.groups.addReturnUrl(DEMO_GROUPS.acme.id, `${demoUrl}/partner/return.html`);
  // The partner's site under its other loopback name is another site than the platform
  // (localhost vs 127.0.0.1): the embedded consent's tests frame it from there.
  await server.deps.store.groups.addReturnUrl(DEMO_GROUPS.acme.id, `${otherSite(demoUrl)}/partner/return.html`);
  await server.deps.store.groups.replaceEmbeddingOrigins(DEMO_GROUPS.acme.id, [demoUrl, otherSite(demoUrl)]);
  const config = demoConfig({ serverUrl: server.url, port, host: '127.0.0.1' });
  const served = await preview({
    ...config,
    plugins: [...(config.plugins ?? []), clockControl((ms) => (clockOffset = ms))],
    configFile: false,
    logLevel: 'error',
  });
  return {
    server,
    preview: served,
    demoUrl,
    async close() {
      await served.close();
      await server.close();
    },
  };
}

export async function launchBrowserServer(): Promise<BrowserServer> {
  return chromium.launchServer({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
}
