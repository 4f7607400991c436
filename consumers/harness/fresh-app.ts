/**
 * @module
 * The fresh app outside the repository where every consumer lives: one folder under the OS's
 * temp dir, one `npm install` of the three tarballs plus what the README's install lines name,
 * then the consumers' files — the README's marked blocks and this suite's fixtures (the parts a
 * quick start only describes, such as the strict tsconfig).
 */
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { PackageName, Packed } from './pack.js';
import { ok, run } from './processes.js';
import { installedPackages, type ReadmeBlock } from './readme-blocks.js';

/**
 * The registry versions the suite installs for names a README install line gives bare: the
 * ones ../shared/TOOLCHAIN.md found to work on Node 20 (newer vite and TypeScript need Node 22).
 */
export const REGISTRY_VERSIONS: Record<string, string> = {
  vite: '~8.3.0',
  typescript: '5.9.3',
  '@types/react': '^19.0.0',
  '@types/node': '^20.19.0',
};

export function makeTempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** What `npm install` gets: each `@grantkit/*` name as its tarball, every other name pinned. */
export function installSpecs(names: readonly string[], packed: ReadonlyMap<PackageName, Packed>): string[] {
  return names.map((name) => {
    const own = packed.get(name as PackageName);
    if (own) return own.tarball;
    const version = REGISTRY_VERSIONS[name];
    if (!version) throw new Error(`A README install line names "${name}": give it a version in REGISTRY_VERSIONS (fresh-app.ts)`);
    return `${name}@${version}`;
  });
}

export interface FreshApp {
  readonly dir: string;
  readonly installMs: number;
}

export async function createFreshApp(options: {
  packed: ReadonlyMap<PackageName, Packed>;
  blocks: ReadonlyMap<string, ReadmeBlock>;
  fixtures: string;
  /** Installed too, though no README line names them (what only the suite needs). */
  extra?: readonly string[];
}): Promise<FreshApp> {
  const dir = makeTempDir('grantkit-consumers-');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'grantkit-consumers', private: true, type: 'module' }, null, 2) + '\n');
  const names = [...new Set([...installedPackages(options.blocks.values()), ...(options.extra ?? [])])];
  for (const name of options.packed.keys()) {
    if (!names.includes(name)) throw new Error(`No README quick start installs ${name}`);
  }
  const specs = installSpecs(names, options.packed);
  const { ms } = await ok(
    run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', ...specs], { cwd: dir, timeoutMs: 180_000 }),
    'npm install in the fresh app',
  );
  cpSync(options.fixtures, dir, { recursive: true });
  for (const block of options.blocks.values()) {
    if (block.name.endsWith('.sh')) continue;
    const path = join(dir, block.name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, block.text);
  }
  return { dir, installMs: ms };
}
