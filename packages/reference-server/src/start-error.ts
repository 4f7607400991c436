/**
 * @module start-error
 * Start failures an operator can fix, as one line naming what to change. `grantkit-server serve`
 * prints the line and exits 1 without a stack trace; `listen()` and the CLI throw StartError so
 * embedders can do the same. Anything not recognised keeps its own message, still on one line.
 */
export class StartError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StartError';
  }
}

/** Which step of the start failed: opening (and migrating) the database, or binding the port. */
export type StartPhase = 'database' | 'listen';

export interface StartContext {
  readonly port: number;
  readonly dataDir: string;
  readonly databaseUrl: string | undefined;
}

interface ErrorLike {
  readonly name?: unknown;
  readonly code?: unknown;
  readonly path?: unknown;
  readonly message?: unknown;
}

/** Network failures reaching PostgreSQL (Node's errno names). */
const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ECONNRESET']);
/** Failures creating or writing files. */
const UNWRITABLE = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOTDIR', 'ENOENT', 'EEXIST', 'EISDIR']);

/** Host, port and database of a connection string, never its user or password (they may be secrets). */
function databaseTarget(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`;
  } catch {
    return 'DATABASE_URL';
  }
}

function firstLine(value: unknown): string {
  return String(value ?? 'unknown error').split('\n')[0]!.trim();
}

export function explainStartError(error: unknown, phase: StartPhase, context: StartContext): StartError {
  if (error instanceof StartError) return error;
  const e = (typeof error === 'object' && error !== null ? error : {}) as ErrorLike;
  const code = typeof e.code === 'string' ? e.code : undefined;
  const message = firstLine(e.message ?? error);
  const line = (text: string) => new StartError(text, { cause: error });

  if (phase === 'listen') {
    if (code === 'EADDRINUSE') return line(`Port ${context.port} is in use: set PORT to a free port (or stop what is using it).`);
    // Ports below 1024 need root or CAP_NET_BIND_SERVICE on Linux.
    if (code === 'EACCES' || code === 'EPERM') return line(`Port ${context.port} needs privileges this process lacks: set PORT to 1024 or above.`);
    return line(`Could not listen on port ${context.port} (${code ?? message}): set PORT to another port.`);
  }
  // oauth/key-encryption.ts: the stored signing keys were encrypted under another GRANTKIT_SECRET.
  if (e.name === 'KeyDecryptionError') {
    return line(`${message.replace(/\.$/, '')}: set GRANTKIT_SECRET back to that secret (or restore ${context.dataDir}/secret if it was generated).`);
  }
  if (code === 'ENOSPC') return line(`The disk holding ${context.dataDir} is full: free space or set GRANTKIT_DATA_DIR to another disk.`);
  if (code && UNWRITABLE.has(code) && typeof e.path === 'string') {
    return line(`Cannot write the data directory ${context.dataDir} (${code} on ${e.path}): set GRANTKIT_DATA_DIR to a writable directory.`);
  }
  if (phase === 'database' && context.databaseUrl) {
    const target = databaseTarget(context.databaseUrl);
    if (code && UNREACHABLE.has(code)) {
      return line(`Cannot reach PostgreSQL at ${target} (${code}): check the host and port in DATABASE_URL and that the database server is running.`);
    }
    // SQLSTATE class 28 is "invalid authorization specification"; 3D000 "invalid catalog name" (PostgreSQL, Appendix A).
    if (code?.startsWith('28')) return line(`PostgreSQL at ${target} refused the login (${message}): check the user and password in DATABASE_URL.`);
    if (code === '3D000') return line(`PostgreSQL at ${target}: ${message}: create it or fix the database name in DATABASE_URL.`);
    return line(`Could not open PostgreSQL at ${target} (${message}): check DATABASE_URL.`);
  }
  if (phase === 'database') return line(`Could not open the embedded database in ${context.dataDir} (${message}): set GRANTKIT_DATA_DIR to a writable directory, or DATABASE_URL.`);
  return line(`Could not start: ${message}`);
}
