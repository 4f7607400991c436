/**
 * @module
 * `npm run screenshots -w @grantkit/elements`: renders `<gk-consent>` in headless Chromium
 * (playwright-core driving /usr/bin/chromium, or CHROME_PATH) and saves PNGs of the card in
 * English, French and German, light and dark, at 320 px and at desktop width (and two of
 * `<gk-installation-access>`), into
 * `packages/elements/screenshots/` (git-ignored).
 */
import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../../../scripts/chromium.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = `${root}/screenshots`;

const bundle = await build({
  entryPoints: [`${root}/scripts/screenshots.page.ts`],
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  conditions: ['source', 'browser', 'production'],
  tsconfig: `${root}/tsconfig.json`,
  write: false,
  logLevel: 'warning',
});
const script = bundle.outputFiles[0]!.text;

const page = (lang: string): string => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Consent</title>
<style>
  body { margin: 0; padding: 24px 12px; font-family: system-ui, sans-serif; background: #eef1f5; }
  @media (prefers-color-scheme: dark) { body { background: #0d1117; } }
  @media (max-width: 400px) { body { padding: 12px 8px; } }
</style></head>
<body><main><gk-consent></gk-consent></main><script type="module" src="/page.js"></script></body></html>`;

const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (url.pathname === '/page.js') {
    response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(script);
  } else {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(url.searchParams.get('locale') ?? 'en'));
  }
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: [...CHROMIUM_ARGS],
});

const shots: Array<{ locale: string; scheme: 'light' | 'dark'; width: number; state?: string; element?: 'access' }> = [
  { locale: 'en', scheme: 'light', width: 1280 },
  { locale: 'en', scheme: 'light', width: 320 },
  { locale: 'fr', scheme: 'light', width: 1280 },
  { locale: 'fr', scheme: 'light', width: 320 },
  { locale: 'de', scheme: 'dark', width: 1280 },
  { locale: 'de', scheme: 'dark', width: 320 },
  { locale: 'en', scheme: 'dark', width: 320 },
  { locale: 'en', scheme: 'light', width: 1280, state: 'expired' },
  { locale: 'en', scheme: 'light', width: 1280, element: 'access' },
  { locale: 'nb', scheme: 'dark', width: 320, element: 'access', state: 'confirm' },
];

await mkdir(outDir, { recursive: true });
try {
  for (const shot of shots) {
    const context = await browser.newContext({ viewport: { width: shot.width, height: 900 }, colorScheme: shot.scheme, deviceScaleFactor: shot.width < 500 ? 2 : 1, reducedMotion: 'reduce' });
    const tab = await context.newPage();
    await tab.goto(`${origin}/?locale=${shot.locale}&state=${shot.state ?? 'ready'}&element=${shot.element ?? 'consent'}`);
    await tab.waitForFunction((state) => {
      const root = document.querySelector('gk-consent, gk-installation-access')?.shadowRoot;
      return !!root?.querySelector(state === 'confirm' ? '[part~="confirm"]' : '[part~="approve-button"], .state, [part~="entry"]');
    }, shot.state);
    const file = `${outDir}/${shot.element === 'access' ? 'installation-access' : 'consent'}-${shot.state ?? 'ready'}-${shot.locale}-${shot.scheme}-${shot.width}.png`;
    await tab.locator('body').screenshot({ path: file });
    console.log(file);
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
