/**
 * @module
 * What `npm publish` would ship, as rules over a packed file list: what each package must
 * carry and what none may (tests, test helpers, build state, installed dependencies).
 */
import type { PackageName } from './pack.js';

/** Paths that must never ship, whatever `files` says. */
export const NEVER_SHIPPED: readonly { readonly what: string; readonly test: RegExp }[] = [
  { what: 'tests', test: /(^|\/)[^/]+\.test\.[cm]?[jt]sx?$/ },
  { what: 'test folders', test: /(^|\/)(test|tests|__tests__)\// },
  { what: 'test helpers', test: /^src\/testing\/|^src\/internal\/test\/|^src\/oauth\/testing\.ts$|^dist\/testing\/|^dist\/internal\/test\/|^dist\/oauth\/testing\./ },
  { what: 'build state', test: /\.tsbuildinfo$/ },
  { what: 'installed dependencies', test: /(^|\/)node_modules\// },
  { what: 'local configuration', test: /(^|\/)\.env$|(^|\/)\.grantkit\// },
];

/** Paths every package ships. */
const EVERY_PACKAGE = ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md'];

const OWN: Record<PackageName, readonly string[]> = {
  '@grantkit/sdk': ['dist/index.js', 'dist/index.d.ts', 'dist/node.js', 'dist/node.d.ts'],
  '@grantkit/elements': ['custom-elements.json', 'dist/bundle.js', 'dist/index.js', 'dist/index.d.ts', 'dist/define.js', 'dist/define.d.ts'],
  '@grantkit/reference-server': ['dist/index.js', 'dist/index.d.ts'],
};

/** What is wrong with a packed file list (empty when nothing is). */
export function shippingProblems(name: PackageName, files: readonly string[], manifest: { exports?: unknown; bin?: unknown }): string[] {
  const have = new Set(files);
  const problems: string[] = [];
  for (const path of [...EVERY_PACKAGE, ...OWN[name]]) if (!have.has(path)) problems.push(`missing ${path}`);
  for (const path of exportTargets(manifest)) if (!have.has(path)) problems.push(`missing ${path} (named in package.json)`);
  for (const path of files) {
    const rule = NEVER_SHIPPED.find((r) => r.test.test(path));
    if (rule) problems.push(`ships ${rule.what}: ${path}`);
  }
  const js = files.filter((f) => /^dist\/.+\.js$/.test(f));
  for (const file of js) {
    // Every shipped module comes with its types (bundles excepted: they are for <script> tags).
    if (file.includes('bundle')) continue;
    if (!have.has(file.replace(/\.js$/, '.d.ts'))) problems.push(`no .d.ts beside ${file}`);
  }
  return problems;
}

/** Every file path package.json points at (exports targets other than `source`, and bin). */
export function exportTargets({ exports, bin }: { exports?: unknown; bin?: unknown }): string[] {
  const out = new Set<string>();
  const walk = (value: unknown, condition?: string): void => {
    if (typeof value === 'string') {
      // The `source` condition is the monorepo's dev loop; nobody outside resolves it.
      if (condition !== 'source' && !value.includes('*')) out.add(value.replace(/^\.\//, ''));
    } else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) walk(inner, key.startsWith('.') ? condition : key);
    }
  };
  walk(exports);
  walk(bin);
  return [...out];
}
