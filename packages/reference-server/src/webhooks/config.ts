/**
 * @module webhooks/config
 * Webhook delivery settings from the environment (`GRANTKIT_WEBHOOK_*`). Every option has a
 * default; a bad value stops the start with one line saying what to fix.
 */
import { isLoopbackUrl } from '@grantkit/sdk/rules';
import { ConfigError } from '../config-error.js';
import { parseAllowedHosts, type AllowedHosts } from './allowed-hosts.js';

export interface WebhookConfig {
  /**
   * Seconds to wait before each retry (`GRANTKIT_WEBHOOK_RETRY_SCHEDULE`, comma-separated;
   * default 5,300,1800,7200,18000,36000: 5 s, 5 min, 30 min, 2 h, 5 h, 10 h). After the last,
   * the delivery is `failed`. Each wait gets up to 10 % random jitter.
   */
  readonly retrySchedule: readonly number[];
  /** Milliseconds one attempt may take, connection to response (`GRANTKIT_WEBHOOK_TIMEOUT_SECONDS`, default 10). */
  readonly timeoutMs: number;
  /** Hours of failing without a single success after which an endpoint is disabled (`GRANTKIT_WEBHOOK_DISABLE_AFTER_HOURS`, default 72). */
  readonly disableAfterHours: number;
  /** Hours a rotated-out secret keeps signing beside the new one (`GRANTKIT_WEBHOOK_SECRET_GRACE_HOURS`, default 24). */
  readonly secretGraceHours: number;
  /** How often each instance looks for due work (`GRANTKIT_WEBHOOK_POLL_MS`, default 1000). */
  readonly pollMs: number;
  /**
   * Hosts and networks an endpoint may use although they are private (`GRANTKIT_WEBHOOK_ALLOWED_HOSTS`,
   * comma-separated host names, addresses or CIDRs, e.g. `hooks.internal,10.20.0.0/16`; default none).
   */
  readonly allowedHosts: AllowedHosts;
  /** Loopback `http` endpoints are allowed: only when the public URL itself is loopback (local development). */
  readonly allowLoopback: boolean;
}

type Env = Readonly<Record<string, string | undefined>>;

export const DEFAULT_RETRY_SCHEDULE = [5, 300, 1800, 7200, 18000, 36000] as const;

function fail(message: string): never {
  throw new ConfigError(message);
}

function number(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min || value > max) fail(`${name} must be a number from ${min} to ${max} (got "${raw}").`);
  return value;
}

function retrySchedule(raw: string | undefined): readonly number[] {
  if (raw === undefined || raw.trim() === '') return DEFAULT_RETRY_SCHEDULE;
  const parts = raw.split(',').map((p) => p.trim());
  const seconds = parts.map(Number);
  if (parts.length > 20 || parts.some((p) => p === '') || seconds.some((s) => !Number.isFinite(s) || s < 0 || s > 7 * 86_400)) {
    fail(`GRANTKIT_WEBHOOK_RETRY_SCHEDULE must be up to 20 comma-separated waits in seconds, each from 0 to 604800, such as 5,300,1800 (got "${raw}").`);
  }
  return seconds;
}

export function loadWebhookConfig(env: Env, publicUrl: string): WebhookConfig {
  return {
    retrySchedule: retrySchedule(env.GRANTKIT_WEBHOOK_RETRY_SCHEDULE),
    timeoutMs: Math.round(number(env, 'GRANTKIT_WEBHOOK_TIMEOUT_SECONDS', 10, 0.1, 60) * 1000),
    disableAfterHours: number(env, 'GRANTKIT_WEBHOOK_DISABLE_AFTER_HOURS', 72, 0, 24 * 30),
    secretGraceHours: number(env, 'GRANTKIT_WEBHOOK_SECRET_GRACE_HOURS', 24, 0, 24 * 7),
    pollMs: Math.round(number(env, 'GRANTKIT_WEBHOOK_POLL_MS', 1000, 10, 60_000)),
    allowedHosts: parseAllowedHosts(env.GRANTKIT_WEBHOOK_ALLOWED_HOSTS, fail),
    allowLoopback: isLoopbackUrl(publicUrl),
  };
}
