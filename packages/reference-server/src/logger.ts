/**
 * @module logger
 * Structured JSON-lines logging. Keys that name secrets ({@link SECRET_KEYS}) are redacted
 * wherever they appear, so a careless `log.info({ body })` still never writes a password, secret,
 * token or code. Secrets in request paths are the access log's concern (http/access-log.ts).
 *
 * Cheap on the hot path (the token endpoint logs one access line per request): a child logger is
 * one small object (its base fields are redacted once, when it first writes), and the default
 * writer collects lines and hands them to stdout in one write per event-loop turn (like pino's
 * buffered destination) instead of one synchronous write per line. Pending lines are written
 * before the process exits.
 */

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
const LEVELS: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

/**
 * The field names that carry secrets, compared case-insensitively with `-` read as `_`. An exact
 * list, not a pattern: a pattern also hid harmless fields (`lookup_key`, `session_count`,
 * `token_endpoint`) and made logs less useful without making them safer. A field that carries a
 * new kind of secret is added here.
 */
export const SECRET_KEYS: ReadonlySet<string> = new Set([
  // Passwords and shared secrets.
  'password', 'new_password', 'current_password', 'secret', 'client_secret', 'private_key', 'api_key',
  // OAuth (RFC 6749, 7521, 7636, 8693) and bearer credentials.
  'token', 'access_token', 'refresh_token', 'id_token', 'subject_token', 'actor_token',
  'code', 'code_verifier', 'assertion', 'client_assertion',
  // HTTP credentials and sessions.
  'authorization', 'proxy_authorization', 'cookie', 'set_cookie', 'session', 'session_token',
]);

export interface Logger {
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
  child(fields: Record<string, unknown>): Logger;
}

/**
 * Whether a key names a secret, remembered per key: log lines reuse a few dozen field names, and
 * the answer for a name never changes. Bounded, since nested values can carry arbitrary keys.
 */
const secretKeyAnswers = new Map<string, boolean>();
const MAX_REMEMBERED_KEYS = 1024;

function isSecretKey(key: string): boolean {
  let answer = secretKeyAnswers.get(key);
  if (answer === undefined) {
    answer = SECRET_KEYS.has(key.toLowerCase().replaceAll('-', '_'));
    if (secretKeyAnswers.size < MAX_REMEMBERED_KEYS) secretKeyAnswers.set(key, answer);
  }
  return answer;
}

/** Copies the own enumerable members of a plain object into `out`, each redacted. */
function redactInto(out: Record<string, unknown>, value: object, depth: number): Record<string, unknown> {
  for (const k in value) {
    if (Object.hasOwn(value, k)) out[k] = isSecretKey(k) ? '[redacted]' : redact((value as Record<string, unknown>)[k], depth + 1);
  }
  return out;
}

function redactMembers(value: object, depth: number): Record<string, unknown> {
  return redactInto({}, value, depth);
}

export function redact(value: unknown, depth = 0): unknown {
  if (depth > 6 || value === null || typeof value !== 'object') return value;
  if (value instanceof Error) return { name: value.name, message: value.message };
  if (Array.isArray(value)) return value.map((v) => redact(v, depth + 1));
  return redactMembers(value, depth);
}

export interface LoggerOptions {
  level?: LogLevel;
  /** Where lines go (without the trailing newline); tests capture them. Default: {@link stdoutLines}. */
  write?: (line: string) => void;
  base?: Record<string, unknown>;
}

/** Most lines held before they are written at once, whatever the event loop is doing. */
const MAX_PENDING_LINES = 512;
let pending: string[] = [];
let flushScheduled = false;
let exitHookInstalled = false;

/** Writes every pending line to stdout now (one write). */
export function flushStdoutLines(): void {
  flushScheduled = false;
  if (!pending.length) return;
  const chunk = pending.join('');
  pending = [];
  process.stdout.write(chunk);
}

/**
 * The default writer: lines go to stdout at the end of the current event-loop turn (setImmediate),
 * or as soon as {@link MAX_PENDING_LINES} are waiting, and on process exit (stdout to a file or a
 * pipe is synchronous on POSIX, so nothing pending is lost on a normal or `process.exit()` exit).
 */
export function stdoutLines(line: string): void {
  pending.push(line + '\n');
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.on('exit', flushStdoutLines);
  }
  if (pending.length >= MAX_PENDING_LINES) flushStdoutLines();
  else if (!flushScheduled) {
    flushScheduled = true;
    setImmediate(flushStdoutLines);
  }
}

/** The current time as ISO 8601, formatted once per millisecond (a busy server logs several lines in one). */
let isoMillis = NaN;
let isoString = '';
function isoNow(): string {
  const now = Date.now();
  if (now !== isoMillis) {
    isoMillis = now;
    isoString = new Date(now).toISOString();
  }
  return isoString;
}

class JsonLogger implements Logger {
  /** Redacted base fields, computed on the first line written (most request loggers write one). */
  #redactedBase: Record<string, unknown> | undefined;

  constructor(
    private readonly level: LogLevel,
    private readonly min: number,
    private readonly write: (line: string) => void,
    private readonly base: Record<string, unknown>,
  ) {}

  debug(msg: string, fields?: Record<string, unknown>): void {
    if (LEVELS.debug >= this.min) this.#emit('debug', msg, fields);
  }

  info(msg: string, fields?: Record<string, unknown>): void {
    if (LEVELS.info >= this.min) this.#emit('info', msg, fields);
  }

  warn(msg: string, fields?: Record<string, unknown>): void {
    if (LEVELS.warn >= this.min) this.#emit('warn', msg, fields);
  }

  error(msg: string, fields?: Record<string, unknown>): void {
    if (LEVELS.error >= this.min) this.#emit('error', msg, fields);
  }

  child(fields: Record<string, unknown>): Logger {
    return new JsonLogger(this.level, this.min, this.write, { ...this.base, ...fields });
  }

  #emit(level: LogLevel, msg: string, fields: Record<string, unknown> | undefined): void {
    // Redacting member by member equals redacting the merged object: a field overrides a base key.
    this.#redactedBase ??= redactMembers(this.base, 0);
    const line: Record<string, unknown> = { time: isoNow(), level, msg };
    for (const k in this.#redactedBase) line[k] = this.#redactedBase[k];
    if (fields) redactInto(line, fields, 0);
    this.write(JSON.stringify(line));
  }
}

export function createLogger({ level = 'info', write = stdoutLines, base = {} }: LoggerOptions = {}): Logger {
  return new JsonLogger(level, LEVELS[level], write, { ...base });
}

/** A logger that drops everything (tests that do not look at logs). */
export const silentLogger: Logger = createLogger({ write: () => undefined });
