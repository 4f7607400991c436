/**
 * @module config
 * Configuration from the environment (a `.env` file is optional). Every option has one doc line
 * and a default; invalid configuration stops the start with one line saying what to fix.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { join, resolve } from 'node:path';
import { ConfigError } from './config-error.js';
import { loadPlatformBrand, type PlatformBrand } from './branding/platform-brand.js';
import { loadMailConfig, type MailConfig } from './mail/config.js';
import { loadRateLimitPolicy, type RateLimitPolicy } from './security/rate-limit-policy.js';
import { parseTrustedProxies, type TrustedProxies } from './security/trusted-proxies.js';
import { loadWebhookConfig, type WebhookConfig } from './webhooks/config.js';

export interface Config {
  /** TCP port to listen on (`PORT`, default 4000). */
  readonly port: number;
  /** Address to listen on (`HOST`, default 0.0.0.0: every IPv4 interface; `npm start` uses 127.0.0.1). */
  readonly host: string;
  /** Public base URL: issuer (`iss`) and link base (`PUBLIC_URL`, default `http://localhost:$PORT`). No trailing slash. */
  readonly publicUrl: string;
  /** PGlite's data directory (`GRANTKIT_DATA_DIR`, default `./.grantkit`). */
  readonly dataDir: string;
  /** PostgreSQL connection string (`DATABASE_URL`); when set, PGlite is not used. */
  readonly databaseUrl: string | undefined;
  /** 32-byte key (base64url) that encrypts signing keys at rest (`GRANTKIT_SECRET`). */
  readonly secret: Uint8Array;
  /** Whether the secret was generated into the data directory (warned about at start). */
  readonly secretGenerated: boolean;
  /** Extra origins allowed to make cookie-authenticated unsafe requests and CORS calls (`GRANTKIT_TRUSTED_ORIGINS`, comma-separated). */
  readonly trustedOrigins: readonly string[];
  /** `NODE_ENV === 'production'`. */
  readonly production: boolean;
  /** Log level (`LOG_LEVEL`: debug, info, warn, error; default info). */
  readonly logLevel: 'debug' | 'info' | 'warn' | 'error';
  /** log2 of scrypt's cost N for human passwords (`GRANTKIT_PASSWORD_COST`, default 15 = 32 MiB). */
  readonly passwordCost: number;
  /** Minutes an opened access request stays pending (`GRANTKIT_ACCESS_REQUEST_TTL_MINUTES`, default 10). */
  readonly accessRequestTtlMinutes: number;
  /** Seconds an authorization code stays valid (RFC 6749 §4.1.2 recommends at most 10 minutes; default 60). */
  readonly authorizationCodeTtlSeconds: number;
  /** Session lifetime in hours (`GRANTKIT_SESSION_HOURS`, default 12). */
  readonly sessionHours: number;
  /** SMTP, sender, demo mailbox and invitation-link lifetime (mail/config.ts). */
  readonly mail: MailConfig;
  /** JWS algorithm of access tokens (`GRANTKIT_SIGNING_ALG`: ES256 default, or EdDSA with Ed25519). */
  readonly signingAlg: 'ES256' | 'EdDSA';
  /** Access-token lifetime in minutes (`GRANTKIT_TOKEN_TTL_MINUTES`, default 15). */
  readonly tokenTtlMinutes: number;
  /**
   * Names this process in `/healthz` (`GRANTKIT_INSTANCE_ID`, default a random id per start), so a
   * supervisor can tell its own child from whatever else answers on the port.
   */
  readonly instanceId: string;
  /** Every rate limit (`GRANTKIT_RATE_LIMIT_*`, security/rate-limit-policy.ts). */
  readonly rateLimits: RateLimitPolicy;
  /** Proxies whose `X-Forwarded-For` names the client (`GRANTKIT_TRUSTED_PROXIES`, comma-separated CIDRs; default none). */
  readonly trustedProxies: TrustedProxies;
  /** The platform's name, logo and theme on its pages (`GRANTKIT_PLATFORM_*`, `GRANTKIT_THEME`; branding/platform-brand.ts). */
  readonly platform: PlatformBrand;
  /** Webhook delivery: retry schedule, timeout, disabling, allowed hosts (`GRANTKIT_WEBHOOK_*`, webhooks/config.ts). */
  readonly webhooks: WebhookConfig;
}

export { ConfigError };

type Env = Readonly<Record<string, string | undefined>>;

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max} (got "${raw}").`);
  }
  return value;
}

function parseUrl(name: string, raw: string): URL {
  try {
    const url = new URL(raw);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('scheme');
    return url;
  } catch {
    throw new ConfigError(`${name} must be an http(s) URL such as https://access.example.com (got "${raw}").`);
  }
}

function decodeSecret(raw: string): Uint8Array {
  const bytes = Buffer.from(raw, 'base64url');
  if (bytes.length < 32) {
    throw new ConfigError('GRANTKIT_SECRET must be at least 32 random bytes, base64url-encoded (try: openssl rand -base64 32).');
  }
  return new Uint8Array(bytes.subarray(0, 32));
}

function signingAlg(raw: string | undefined): Config['signingAlg'] {
  if (!raw) return 'ES256';
  if (raw === 'ES256' || raw === 'EdDSA') return raw;
  throw new ConfigError(`GRANTKIT_SIGNING_ALG must be ES256 or EdDSA (got "${raw}").`);
}

function writeGeneratedSecret(dataDir: string, file: string, secret: Uint8Array): void {
  try {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    writeFileSync(file, Buffer.from(secret).toString('base64url') + '\n', { mode: 0o600 });
  } catch (error) {
    const code = (error as { code?: string }).code ?? 'error';
    throw new ConfigError(`Cannot write the data directory ${dataDir} (${code}): set GRANTKIT_DATA_DIR to a writable directory.`, { cause: error });
  }
}

function listenHost(raw: string | undefined): string {
  if (!raw) return '0.0.0.0';
  // An IP address or a host name (localhost); a URL or a port here is a mistake worth one line.
  if (isIP(raw) || /^[a-z\d]([a-z\d-]*[a-z\d])?(\.[a-z\d]([a-z\d-]*[a-z\d])?)*$/i.test(raw)) return raw;
  throw new ConfigError(`HOST must be an address to listen on, such as 127.0.0.1, 0.0.0.0 or :: (got "${raw}").`);
}

function instanceId(raw: string | undefined): string {
  if (!raw) return randomBytes(9).toString('base64url');
  if (/^[\w.-]{1,64}$/.test(raw)) return raw;
  throw new ConfigError(`GRANTKIT_INSTANCE_ID must be 1 to 64 letters, digits, '.', '_' or '-' (got "${raw}").`);
}

export interface LoadConfigOptions {
  /** Directory relative paths resolve against (default: process.cwd()). */
  cwd?: string;
  /** Write a generated secret to the data directory (false in tests that want no files). */
  persistSecret?: boolean;
}

/** Reads and validates configuration. Throws ConfigError with a one-line fix. */
export function loadConfig(env: Env = process.env, { cwd = process.cwd(), persistSecret = true }: LoadConfigOptions = {}): Config {
  const port = integer(env, 'PORT', 4000, 0, 65535);
  const publicUrlRaw = env.PUBLIC_URL || `http://localhost:${port}`;
  const publicUrl = parseUrl('PUBLIC_URL', publicUrlRaw).href.replace(/\/+$/, '');
  const dataDir = resolve(cwd, env.GRANTKIT_DATA_DIR || '.grantkit');
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl && (!/^postgres(ql)?:\/\//.test(databaseUrl) || !URL.canParse(databaseUrl))) {
    throw new ConfigError('DATABASE_URL must be a URL such as postgres://user:password@host:5432/database.');
  }
  const production = env.NODE_ENV === 'production';
  const logLevel = (env.LOG_LEVEL || 'info') as Config['logLevel'];
  if (!['debug', 'info', 'warn', 'error'].includes(logLevel)) {
    throw new ConfigError(`LOG_LEVEL must be debug, info, warn or error (got "${env.LOG_LEVEL}").`);
  }
  const trustedOrigins = (env.GRANTKIT_TRUSTED_ORIGINS || '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((o) => parseUrl('GRANTKIT_TRUSTED_ORIGINS', o).origin);

  let secret: Uint8Array;
  let secretGenerated = false;
  if (env.GRANTKIT_SECRET) {
    secret = decodeSecret(env.GRANTKIT_SECRET);
  } else if (production) {
    throw new ConfigError('GRANTKIT_SECRET is required when NODE_ENV=production (generate one with: openssl rand -base64 32).');
  } else {
    secretGenerated = true;
    const file = join(dataDir, 'secret');
    if (persistSecret && existsSync(file)) {
      // The generated key file is named, not GRANTKIT_SECRET, which the operator never set.
      const stored = readFileSync(file, 'utf8').trim();
      if (Buffer.from(stored, 'base64url').length < 32) {
        throw new ConfigError(`${file} does not hold a 32-byte key: restore it, or set GRANTKIT_SECRET to the secret the data was stored with.`);
      }
      secret = decodeSecret(stored);
    } else {
      secret = new Uint8Array(randomBytes(32));
      if (persistSecret) writeGeneratedSecret(dataDir, file, secret);
    }
  }

  return {
    port,
    host: listenHost(env.HOST),
    publicUrl,
    dataDir,
    databaseUrl,
    secret,
    secretGenerated,
    trustedOrigins,
    production,
    logLevel,
    passwordCost: integer(env, 'GRANTKIT_PASSWORD_COST', 15, 10, 20),
    accessRequestTtlMinutes: integer(env, 'GRANTKIT_ACCESS_REQUEST_TTL_MINUTES', 10, 1, 60),
    authorizationCodeTtlSeconds: 60,
    sessionHours: integer(env, 'GRANTKIT_SESSION_HOURS', 12, 1, 24 * 30),
    mail: loadMailConfig(env, production, publicUrl),
    signingAlg: signingAlg(env.GRANTKIT_SIGNING_ALG),
    tokenTtlMinutes: integer(env, 'GRANTKIT_TOKEN_TTL_MINUTES', 15, 1, 24 * 60),
    instanceId: instanceId(env.GRANTKIT_INSTANCE_ID),
    rateLimits: loadRateLimitPolicy(env, (message) => {
      throw new ConfigError(message);
    }),
    trustedProxies: parseTrustedProxies(env.GRANTKIT_TRUSTED_PROXIES, (message) => {
      throw new ConfigError(message);
    }),
    platform: loadPlatformBrand(env, publicUrl, (message) => {
      throw new ConfigError(message);
    }),
    webhooks: loadWebhookConfig(env, publicUrl),
  };
}
