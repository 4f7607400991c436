/**
 * @module
 * `npm pack` of the three packages, as `npm publish` would pack them (prepack builds dist/).
 * One npm call packs all three; its JSON report is the same file list `npm pack --dry-run
 * --json` prints, so the checks of what ships read it instead of packing twice.
 */
import { join } from 'node:path';
import { ok, run } from './processes.js';

export const PACKAGES = ['@grantkit/sdk', '@grantkit/elements', '@grantkit/reference-server'] as const;
export type PackageName = (typeof PACKAGES)[number];

export const FOLDERS: Record<PackageName, string> = {
  '@grantkit/sdk': 'packages/sdk',
  '@grantkit/elements': 'packages/elements',
  '@grantkit/reference-server': 'packages/reference-server',
};

export interface Packed {
  readonly name: PackageName;
  readonly version: string;
  /** Absolute path of the .tgz. */
  readonly tarball: string;
  /** Paths inside the package, as npm reports them. */
  readonly files: readonly string[];
  readonly size: number;
  readonly unpackedSize: number;
}

interface NpmPackReport {
  name: PackageName;
  version: string;
  filename: string;
  size: number;
  unpackedSize: number;
  files: { path: string }[];
}

/**
 * prepack's output shares stdout with the JSON (e.g. "[6:06 PM] analyzer: …"): the report is
 * the array whose opening bracket stands alone on its line.
 */
export function parsePackReport(stdout: string): NpmPackReport[] {
  const start = stdout.search(/^\[\s*$/m);
  const end = stdout.lastIndexOf(']');
  if (start < 0 || end < start) throw new Error(`npm pack printed no JSON report:\n${stdout}`);
  return JSON.parse(stdout.slice(start, end + 1)) as NpmPackReport[];
}

export async function packAll(repoRoot: string, destination: string): Promise<Map<PackageName, Packed>> {
  const workspaces = PACKAGES.flatMap((name) => ['-w', FOLDERS[name]]);
  const { stdout } = await ok(
    run('npm', ['pack', ...workspaces, '--pack-destination', destination, '--json'], { cwd: repoRoot, timeoutMs: 240_000 }),
    'npm pack',
  );
  const packed = new Map<PackageName, Packed>();
  for (const report of parsePackReport(stdout)) {
    packed.set(report.name, {
      name: report.name,
      version: report.version,
      tarball: join(destination, report.filename),
      files: report.files.map((f) => f.path),
      size: report.size,
      unpackedSize: report.unpackedSize,
    });
  }
  for (const name of PACKAGES) if (!packed.has(name)) throw new Error(`npm pack did not pack ${name}`);
  return packed;
}
