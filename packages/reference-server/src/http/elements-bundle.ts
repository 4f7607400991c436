/**
 * @module http/elements-bundle
 * The prebuilt elements bundle the pages load (`@grantkit/elements/bundle.js`, Lit included),
 * with the chunks it imports. Nothing is compiled here: the server only reads what the elements
 * package ships.
 *
 * Only the bundle's own module graph is served, found by following its relative `import`
 * specifiers: no directory listing, no path from the request ever reaches the file system.
 * The graph is read once and read again when `bundle.js` changes on disk (a rebuild in the
 * monorepo's dev loop).
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The URL pages write in their `<script type="module">` (http/pages/layout.ts). */
export const BUNDLE_PATH = '/assets/grantkit-elements.js';

export interface BundleFile {
  readonly body: string;
  /** Strong validator from the content (RFC 9110 §8.8.3). */
  readonly etag: string;
  /** The name carries a content hash, so the file never changes under that URL. */
  readonly immutable: boolean;
}

/** URL path → file, for the entry and every chunk it reaches. */
export type BundleGraph = ReadonlyMap<string, BundleFile>;

/** `from"./x.js"`, `import"./x.js"` and `import("./x.js")` with a relative specifier, as esbuild writes them. */
const RELATIVE_IMPORT = /\b(?:from|import)\s*\(?\s*["'](\.\.?\/[^"'?#]+\.js)["']/g;
/** esbuild's `[hash]`: 8 characters of base32 before the extension. */
const HASHED_NAME = /-[A-Z0-9]{8}\.js$/;

/** Where the installed elements package keeps its bundle, or undefined when it is not installed or not built. */
export function resolveBundleFile(specifier = '@grantkit/elements/bundle.js'): string | undefined {
  for (const resolveFile of [
    () => fileURLToPath(import.meta.resolve(specifier)),
    // Some module runners (vitest's global setup) give modules no import.meta.resolve; the
    // export has a `default` condition, which require's resolution honours too.
    () => createRequire(import.meta.url).resolve(specifier),
  ]) {
    try {
      const file = resolveFile();
      if (statSync(file).isFile()) return file;
    } catch {
      // not installed, not built, or this resolver is unavailable here
    }
  }
  return undefined;
}

function describe(body: string, immutable: boolean): BundleFile {
  return { body, immutable, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` };
}

/** Reads the entry and the chunks it imports, transitively; a chunk outside the entry's folder is refused. */
export function readBundleGraph(entryFile: string, entryPath = BUNDLE_PATH): BundleGraph {
  const root = dirname(entryFile);
  const graph = new Map<string, BundleFile>();
  const pending: [file: string, urlPath: string][] = [[entryFile, entryPath]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [file, urlPath] = next;
    if (graph.has(urlPath)) continue;
    const body = readFileSync(file, 'utf8');
    graph.set(urlPath, describe(body, urlPath !== entryPath && HASHED_NAME.test(file)));
    for (const [, specifier] of body.matchAll(RELATIVE_IMPORT)) {
      const target = resolve(dirname(file), specifier!);
      const inside = relative(root, target);
      if (inside.startsWith('..') || inside.startsWith(sep)) throw new Error(`bundle chunk outside ${root}: ${specifier}`);
      pending.push([target, new URL(specifier!, `http://bundle${urlPath}`).pathname]);
    }
  }
  return graph;
}

let cached: { key: string; graph: BundleGraph } | undefined;

/** The current graph of the installed bundle (re-read when bundle.js changes), or undefined when there is none. */
export function currentBundle(entryFile = resolveBundleFile()): BundleGraph | undefined {
  if (!entryFile) return undefined;
  let stat;
  try {
    stat = statSync(entryFile);
  } catch {
    return undefined;
  }
  const key = `${entryFile}:${stat.mtimeMs}:${stat.size}`;
  if (cached?.key !== key) cached = { key, graph: readBundleGraph(entryFile) };
  return cached.graph;
}
