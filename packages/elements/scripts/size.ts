/**
 * @module
 * Measures what each element costs a page: its `*.define.ts` bundled alone with Lit and the SDK
 * code it uses (esbuild, minified, ES2022, ES modules with code splitting), each file gzipped as
 * a server would send it. Shared by the size test and the bench.
 *
 * "Initial" is the entry and what it imports statically.
 * Lazily imported chunks are counted on top: one language catalogue (the largest of the five;
 * a page loads the one it shows) and, for the access button, the SDK flow.
 */
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Metafile } from 'esbuild';

/** Budget per element, minified and gzipped (issue #4). */
export const ELEMENT_BUDGET_BYTES = 16 * 1024;

const root = fileURLToPath(new URL('..', import.meta.url));

/** The entries measured: one per element of issue #4, and the all-in-one `define.ts`. */
export const ENTRIES = {
  'gk-access-button': 'src/components/access-button/access-button.define.ts',
  'gk-consent': 'src/components/consent/consent.define.ts',
  'gk-installation-access': 'src/components/installation-access/installation-access.define.ts',
  'gk-partners': 'src/components/partners/partners.define.ts',
  'gk-partner-invitations': 'src/components/partner-invitations/partner-invitations.define.ts',
  'gk-partner-installations': 'src/components/partner-installations/partner-installations.define.ts',
  'gk-redeem-code': 'src/components/redeem-code/redeem-code.define.ts',
  'gk-invite-codes': 'src/components/invite-codes/invite-codes.define.ts',
  'gk-invite-code-list': 'src/components/invite-codes/invite-code-list.define.ts',
  'gk-members': 'src/components/members/members.define.ts',
  'gk-service-accounts': 'src/components/service-accounts/service-accounts.define.ts',
  'define.ts (all)': 'src/define.ts',
} as const;

/** One measured element. All sizes in bytes, minified + gzipped unless named `minified`. */
export interface BundleSize {
  readonly name: string;
  /** Entry plus static imports, minified (not gzipped). */
  readonly minified: number;
  /** Entry plus static imports: what an English page loads. */
  readonly initial: number;
  /** The largest language chunk (fr, de, pt or nb) with what it alone needs. */
  readonly language: number;
  /** Other lazy chunks (the popup flow of the access button), by source file name. */
  readonly lazy: Readonly<Record<string, number>>;
  /** Initial + largest language + every other lazy chunk: the most one page can load. */
  readonly worst: number;
  /** Every input file with code in some output (tree-shaken-away modules are left out), relative paths. */
  readonly inputs: readonly string[];
}

type Output = Metafile['outputs'][string];

/** Bundles one entry the way a page would get it and returns its sizes. */
export async function measure(name: string, entry: string): Promise<BundleSize> {
  const result = await build({
    entryPoints: [`${root}/${entry}`],
    bundle: true,
    minify: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    conditions: ['source', 'browser', 'production'],
    tsconfig: `${root}/tsconfig.json`,
    legalComments: 'none',
    outdir: '/virtual-out',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const outputs = result.metafile.outputs;
  // Metafile paths are relative to the working directory; output files carry absolute paths.
  const files = new Map(result.outputFiles.map((file) => [basename(file.path), file.contents]));
  const contents = (path: string): Uint8Array => {
    const file = files.get(basename(path));
    if (!file) throw new Error(`No output file for ${path}`);
    return file;
  };
  const gz = (path: string): number => gzipSync(contents(path), { level: 9 }).byteLength;
  const raw = (path: string): number => contents(path).byteLength;

  /** An output and everything it imports statically. */
  const closure = (start: string, seen = new Set<string>()): Set<string> => {
    if (seen.has(start)) return seen;
    seen.add(start);
    for (const edge of (outputs[start] as Output).imports) if (edge.kind === 'import-statement' && !edge.external) closure(edge.path, seen);
    return seen;
  };
  const entryOut = Object.keys(outputs).find((path) => (outputs[path] as Output).entryPoint?.endsWith(entry))!;
  const initialSet = closure(entryOut);
  const sum = (paths: Iterable<string>, size: (path: string) => number): number => [...paths].reduce((total, path) => total + size(path), 0);

  // Lazy chunks: every dynamic import reachable from the initial set, with what it adds.
  let language = 0;
  const lazy: Record<string, number> = {};
  const dynamicTargets = new Set<string>();
  for (const path of initialSet) for (const edge of (outputs[path] as Output).imports) if (edge.kind === 'dynamic-import') dynamicTargets.add(edge.path);
  let worstExtra = new Set<string>();
  for (const target of dynamicTargets) {
    const extra = [...closure(target)].filter((path) => !initialSet.has(path));
    const size = sum(extra, gz);
    const source = Object.keys((outputs[target] as Output).inputs).find((input) => /i18n\/(en|fr|de|pt|nb)\.ts$|\.popup\.ts$/.test(input)) ?? target;
    if (/i18n\/(en|fr|de|pt|nb)\.ts$/.test(source)) {
      if (size > language) language = size;
    } else {
      lazy[basename(source).replace(/-[A-Z0-9]{8}\.js$/, '.js')] = size;
      worstExtra = new Set([...worstExtra, ...extra]);
    }
  }
  return {
    name,
    minified: sum(initialSet, raw),
    initial: sum(initialSet, gz),
    language,
    lazy,
    worst: sum(initialSet, gz) + language + sum(worstExtra, gz),
    inputs: [...new Set(Object.values(outputs).flatMap((output) => Object.entries(output.inputs).filter(([, input]) => input.bytesInOutput > 0).map(([path]) => path)))],
  };
}

/** Measures every entry of {@link ENTRIES}. */
export async function measureAll(): Promise<BundleSize[]> {
  const sizes: BundleSize[] = [];
  for (const [name, entry] of Object.entries(ENTRIES)) sizes.push(await measure(name, entry));
  return sizes;
}
