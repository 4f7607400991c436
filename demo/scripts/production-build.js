// The demo's production build (demo/dist), made by `vite build` once and again only when what
// goes into it changed: `npm start` serves it, and so do the end-to-end tests (e2e/stack.ts), so
// every portal page loads a few bundled files instead of a hundred source modules through Vite's
// dev server, and the tests check what people run.
//
// What goes in: the demo's pages, scripts, styles and public files, the sources of the SDK and the
// elements (the demo resolves them from TypeScript, `source` condition) and the lock file (library
// versions). Their SHA-256 is stored beside the build; a build whose hash matches is served as it
// is. The server URL is not an input: the pages are told it when served (server-url.ts).
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const DEMO_DIST = resolve(root, 'demo/dist');
const STAMP = join(DEMO_DIST, '.inputs-sha256');

const INPUTS = [
  'demo/index.html',
  'demo/partner',
  'demo/portal',
  'demo/src',
  'demo/public',
  'demo/vite.config.ts',
  'demo/server-url.ts',
  'demo/package.json',
  'packages/sdk/src',
  'packages/sdk/package.json',
  'packages/elements/src',
  'packages/elements/package.json',
  'package-lock.json',
];
/** Tests and stories do not reach the bundle. */
const skipped = (name) => /\.(test|stories)\.[cm]?[jt]sx?$/.test(name) || name === 'node_modules';

async function files(path) {
  const entries = await readdir(path, { withFileTypes: true }).catch((error) => (error.code === 'ENOTDIR' ? undefined : Promise.reject(error)));
  if (!entries) return [path];
  const nested = await Promise.all(entries.filter((e) => !skipped(e.name)).map((e) => files(join(path, e.name))));
  return nested.flat();
}

/** SHA-256 over every input file (path and content, in a fixed order). */
export async function inputsHash() {
  const hash = createHash('sha256');
  const all = (await Promise.all(INPUTS.map((p) => files(resolve(root, p))))).flat().sort();
  for (const file of all) hash.update(relative(root, file)).update('\0').update(await readFile(file)).update('\0');
  return hash.digest('hex');
}

function run(args) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [resolve(root, 'node_modules/vite/bin/vite.js'), ...args], {
      cwd: resolve(root, 'demo'),
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolvePromise() : reject(new Error(`vite ${args[0]} exited with code ${code}`))));
  });
}

/**
 * Builds demo/dist unless the build there was made from the same inputs. Returns whether it
 * built. `log` tells the user why the first start takes longer.
 */
export async function ensureProductionBuild(log = () => {}) {
  const hash = await inputsHash();
  const built = await readFile(STAMP, 'utf8').catch(() => '');
  if (built.trim() === hash) return false;
  log('Building the demo (once; again only when its sources change)…');
  // A build that fails half-way must not be served later as current.
  await rm(STAMP, { force: true });
  await run(['build', '--config', resolve(root, 'demo/vite.config.ts'), '--emptyOutDir', '--logLevel', 'warn']);
  await writeFile(STAMP, `${hash}\n`);
  return true;
}
