/**
 * @module data-directory
 * PGlite's data directory: one writer at a time, readable by its owner only.
 *
 * PGlite is one PostgreSQL backend in one process with no shared-memory locking: a second process
 * opening the same `pgdata/` (a second `serve`, or a CLI command beside a running server) writes
 * behind the first one's back, which then serves stale caches or corrupts the files. The first
 * process to open the directory therefore writes its pid into `<dataDir>/lock` (created
 * exclusively, `O_EXCL`); anyone else is refused with one line while that pid is alive. A lock
 * left by a process that died without closing (kill -9, power loss) names a dead pid and is taken
 * over, so a crash never blocks the next start.
 *
 * Why a pid file and not a library such as proper-lockfile: that one decides staleness by an
 * mtime refreshed on a timer (a stale lock blocks for its timeout, and a busy event loop can lose
 * a live lock), and cannot say *who* holds it. The directory is local to one host, where
 * `kill(pid, 0)` answers exactly. PostgreSQL (DATABASE_URL) takes no lock: many processes share it.
 */
import { chmod, mkdir, open, readFile, rename, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { StartError } from './start-error.js';

/** Only the owner may read the data directory, its key file and the database files. */
const DIRECTORY_MODE = 0o700;
const FILE_MODE = 0o600;

export function lockFile(dataDir: string): string {
  return join(dataDir, 'lock');
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the pid exists but belongs to another user — alive, and not ours to take over.
    return (error as { code?: string }).code === 'EPERM';
  }
}

async function holder(file: string): Promise<number | undefined> {
  const text = await readFile(file, 'utf8').catch(() => '');
  const pid = Number(text.trim());
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

export function inUseMessage(dataDir: string, pid: number | undefined): string {
  return (
    `The data directory ${dataDir} is in use by grantkit-server${pid ? ` (pid ${pid})` : ''}: stop that process first, ` +
    'or set GRANTKIT_DATA_DIR to another directory (PGlite allows one process per directory; use DATABASE_URL to share a database).'
  );
}

async function create(file: string): Promise<boolean> {
  try {
    const handle = await open(file, 'wx', FILE_MODE);
    await handle.writeFile(`${process.pid}\n`);
    await handle.close();
    return true;
  } catch (error) {
    if ((error as { code?: string }).code === 'EEXIST') return false;
    throw error;
  }
}

/**
 * Takes the data directory's lock for this process, or throws a StartError naming the holder.
 * Returns the release function (idempotent; removes the lock only while it is still ours).
 */
export async function lockDataDirectory(dataDir: string): Promise<() => Promise<void>> {
  const file = lockFile(dataDir);
  for (let attempt = 0; attempt < 2; attempt++) {
    if (await create(file)) {
      let released = false;
      return async () => {
        if (released) return;
        released = true;
        if ((await holder(file)) === process.pid) await unlink(file).catch(() => undefined);
      };
    }
    const pid = await holder(file);
    // A pid file being written right now reads empty: treat it as held rather than stale.
    if (pid === undefined && attempt === 0) {
      const age = Date.now() - (await stat(file).catch(() => ({ mtimeMs: 0 }))).mtimeMs;
      if (age < 2000) throw new StartError(inUseMessage(dataDir, undefined));
    }
    // The same process counts as alive: a second PGlite on one directory is the same hazard.
    if (pid !== undefined && alive(pid)) throw new StartError(inUseMessage(dataDir, pid));
    // Stale (dead pid or unreadable): move it aside atomically so only one taker removes it.
    const aside = `${file}.stale-${process.pid}`;
    await rename(file, aside).then(
      () => unlink(aside),
      () => undefined,
    );
  }
  throw new StartError(inUseMessage(dataDir, await holder(file)));
}

/**
 * Creates the data directory owner-only, and narrows an existing one (and the key file beside the
 * data) that is readable by others: the generated GRANTKIT_SECRET and the database files live here.
 * Returns the paths whose permissions were narrowed, for a start-up warning.
 */
export async function secureDataDirectory(dataDir: string): Promise<string[]> {
  await mkdir(dataDir, { recursive: true, mode: DIRECTORY_MODE });
  // PGlite would create pgdata/ 0755; an empty directory made here first is used as is.
  await mkdir(join(dataDir, 'pgdata'), { recursive: true, mode: DIRECTORY_MODE });
  const narrowed: string[] = [];
  const narrow = async (path: string, mode: number) => {
    const info = await stat(path).catch(() => undefined);
    if (info && (info.mode & 0o077) !== 0) {
      await chmod(path, mode);
      narrowed.push(path);
    }
  };
  await narrow(dataDir, DIRECTORY_MODE);
  await narrow(join(dataDir, 'secret'), FILE_MODE);
  await narrow(join(dataDir, 'pgdata'), DIRECTORY_MODE);
  return narrowed;
}
