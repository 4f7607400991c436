/**
 * @module testing/test-app
 * An in-process app on a fresh test database, with a controllable clock and a cookie-keeping
 * client that sends a same-origin `Origin` header by default (as a browser page would).
 */
import { loadConfig, type Config } from '../config.js';
import { createLogger, silentLogger, type Logger } from '../logger.js';
import { createServer, type GrantkitServer } from '../server.js';
import { hashPassword } from '../security/passwords.js';
import { runSeeders } from '../seed/index.js';
import type { User } from '../domain/model/user.js';
import { createTestDatabase, type StoreKind, type TestDatabase } from './test-database.js';

export const TEST_PUBLIC_URL = 'http://localhost:4000';

export interface TestClock {
  now(): Date;
  advance(ms: number): void;
}

export function createTestClock(start = new Date()): TestClock {
  let offset = 0;
  return { now: () => new Date(start.getTime() + offset), advance: (ms) => void (offset += ms) };
}

export interface TestApp extends GrantkitServer {
  readonly database: TestDatabase;
  readonly config: Config;
  readonly clock: TestClock;
  /** A fresh browser-like client with its own cookie jar. */
  client(): TestClient;
  /** Creates a user with a password (cheap hash cost in tests). */
  createUser(email: string, password?: string, name?: string): Promise<User>;
}

export interface CreateTestAppOptions {
  kind?: StoreKind;
  env?: Record<string, string>;
  logger?: Logger;
  /** Collects every log line (to check that secrets never appear). */
  logLines?: string[];
  /** Seed the demo data (fixed ids from seed/demo-data.ts; password DEMO_PASSWORD). */
  seed?: boolean;
}

export async function createTestApp({ kind = 'pglite', env = {}, logger, logLines, seed = false }: CreateTestAppOptions = {}): Promise<TestApp> {
  const database = await createTestDatabase(kind);
  const config = loadConfig(
    { PUBLIC_URL: TEST_PUBLIC_URL, GRANTKIT_PASSWORD_COST: '10', LOG_LEVEL: 'debug', ...env },
    { persistSecret: false },
  );
  const clock = createTestClock();
  const log = logger ?? (logLines ? createLogger({ level: 'debug', write: (l) => logLines.push(l) }) : silentLogger);
  const server = await createServer({ config, logger: log, db: database.db, clock: clock.now });
  if (seed) await runSeeders(server.deps.store, { publicUrl: config.publicUrl, passwordCost: config.passwordCost, clock: clock.now });
  return {
    ...server,
    database,
    config,
    clock,
    client: () => new TestClient(server, new URL(config.publicUrl).origin),
    createUser: async (email, password = 'correct horse battery staple', name = email.split('@')[0] ?? email) =>
      server.deps.store.users.create({ email, name, passwordHash: await hashPassword(password, config.passwordCost) }),
    close: async () => {
      await server.close();
      await database.close();
    },
  };
}

export interface RequestOptions {
  json?: unknown;
  form?: Record<string, string>;
  headers?: Record<string, string>;
  /** Origin header to send on this request; `null` sends none. Defaults to the app's own origin. */
  origin?: string | null;
}

/** Keeps cookies like a browser (enough for our single-cookie sessions) and follows nothing. */
export class TestClient {
  readonly cookies = new Map<string, string>();
  constructor(
    private readonly server: GrantkitServer,
    private readonly origin: string,
  ) {}

  async request(method: string, path: string, { json, form, headers = {}, origin = this.origin }: RequestOptions = {}): Promise<Response> {
    const h = new Headers(headers);
    if (origin) h.set('origin', origin);
    if (this.cookies.size) h.set('cookie', [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    let body: BodyInit | undefined;
    if (json !== undefined) {
      h.set('content-type', 'application/json');
      body = JSON.stringify(json);
    } else if (form) {
      h.set('content-type', 'application/x-www-form-urlencoded');
      body = new URLSearchParams(form).toString();
    }
    const url = path.startsWith('http') ? path : TEST_PUBLIC_URL + path;
    const res = await this.server.app.request(url, { method, headers: h, body });
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(';');
      const [name, ...rest] = pair!.split('=');
      const value = rest.join('=');
      const expired = attrs.some((a) => /max-age=0/i.test(a)) || value === '';
      if (expired) this.cookies.delete(name!.trim());
      else this.cookies.set(name!.trim(), value);
    }
    return res;
  }

  get(path: string, options?: RequestOptions) {
    return this.request('GET', path, options);
  }
  post(path: string, options?: RequestOptions) {
    return this.request('POST', path, options);
  }

  async login(email: string, password = 'correct horse battery staple'): Promise<Response> {
    const res = await this.post('/api/session', { json: { email, password } });
    if (res.status !== 200) throw new Error(`login failed for ${email}: ${res.status} ${await res.text()}`);
    return res;
  }
}
