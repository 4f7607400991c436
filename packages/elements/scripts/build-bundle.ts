/**
 * @module
 * `npm run build` (after `tsc -b`): the self-contained ES module bundle `dist/bundle.js`
 * (export `@grantkit/elements/bundle.js`) for `<script type="module">` from any static host or
 * CDN. It is built from the compiled `dist/define.js`, not from sources, so it contains exactly
 * the JavaScript that ships, with Lit (its production build: no `development` condition) and the
 * SDK's browser code (its `dist/`, through the package's default conditions).
 *
 * Code splitting keeps the language catalogues and the access button's SDK flow as lazy chunks
 * in `dist/bundle/`, imported relative to `bundle.js`: a page downloads the one language it
 * shows, as with a bundler. The chunk names carry a content hash, so a host may cache them
 * forever; `bundle.js` itself keeps its name (it is the URL pages write).
 */
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build, type BuildOptions } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The options of the shipped bundle; scripts/size.ts measures with the same ones. */
export const BUNDLE_OPTIONS = {
  entryPoints: { bundle: `${root}dist/define.js` },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  // No `source` (the SDK's compiled dist, as outside the repo) and no `development` (Lit's
  // production build, without its dev-mode warnings).
  conditions: ['browser', 'production'],
  legalComments: 'none',
  outdir: `${root}dist`,
  entryNames: '[name]',
  chunkNames: 'bundle/[name]-[hash]',
  metafile: true,
  logLevel: 'warning',
} as const satisfies BuildOptions;

/** Builds dist/bundle.js and dist/bundle/*.js, removing the chunks of an earlier build first. */
export async function buildBundle(): Promise<void> {
  rmSync(`${root}dist/bundle`, { recursive: true, force: true });
  await build(BUNDLE_OPTIONS);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildBundle();
