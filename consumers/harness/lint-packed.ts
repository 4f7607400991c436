/**
 * @module
 * publint and @arethetypeswrong/cli on the very tarballs the consumers install (what
 * `attw --pack` does, without packing a second time). attw's `esm-only` profile: the packages
 * are ESM-only, so CommonJS `require` and node10 resolution are out of scope.
 */
import { join } from 'node:path';
import { run, type RunResult } from './processes.js';

export function publint(repoRoot: string, tarball: string): Promise<RunResult> {
  // --strict: warnings (a file `exports` names but `files` leaves out…) fail too.
  return run(join(repoRoot, 'node_modules/.bin/publint'), ['run', tarball, '--strict'], { cwd: repoRoot, timeoutMs: 60_000 });
}

export function attw(repoRoot: string, tarball: string): Promise<RunResult> {
  return run(join(repoRoot, 'node_modules/.bin/attw'), [tarball, '--profile', 'esm-only', '--format', 'ascii', '--no-color', '--no-emoji'], {
    cwd: repoRoot,
    timeoutMs: 60_000,
  });
}

/**
 * `npm publish --dry-run` from the package folders, as a release publishes them: npm 11
 * rewrites what it dislikes in package.json on the way (e.g. it drops a `bin` written as
 * `./bin/x.js`, so the registry's manifest would have no command) and only warns about it.
 * `--ignore-scripts`: dist/ was just built by the pack step; prepack need not run again.
 */
export async function publishCorrections(repoRoot: string, folders: readonly string[]): Promise<{ corrections: string[]; output: string }> {
  const r = await run('npm', ['publish', '--dry-run', '--ignore-scripts', ...folders.flatMap((f) => ['-w', f])], { cwd: repoRoot, timeoutMs: 120_000 });
  const output = r.stdout + r.stderr;
  // The lines under "errors corrected:" name each rewrite.
  const corrections = output.split('\n').filter((l) => /npm warn publish (?!npm auto-corrected|errors corrected:|This command requires you to be logged in)/.test(l));
  if (r.code !== 0) corrections.push(`npm publish --dry-run exited with ${r.code}`);
  return { corrections, output };
}
