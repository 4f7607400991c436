/**
 * @module storage/health-store
 * Readiness of the database for `/readyz`: it answers, and every migration this build ships is
 * applied (an instance started against a schema another, older or newer, instance is still
 * migrating must not take traffic). One query, bounded in time, so a probe never hangs.
 */
import type { Executor } from './executor.js';
import { loadMigrations } from './migrate.js';
import type { Readiness, HealthStore } from '../domain/model/health.js';

export interface HealthStoreOptions {
  /** The migration versions this build ships (default: the files in storage/migrations). */
  readonly expected?: () => Promise<readonly string[]>;
  /** How long the database may take to answer before it counts as unavailable (ms). */
  readonly timeoutMs?: number;
}

/** The shipped files do not change while the process runs: read them once. */
let shipped: Promise<readonly string[]> | undefined;
const shippedVersions = () => (shipped ??= loadMigrations().then((all) => all.map((m) => m.version)));

/** PostgreSQL's SQLSTATE for "undefined table": schema_migrations does not exist yet. */
const UNDEFINED_TABLE = '42P01';

export function createHealthStore(db: Executor, { expected = shippedVersions, timeoutMs = 2000 }: HealthStoreOptions = {}): HealthStore {
  return {
    async readiness() {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
      });
      try {
        const [rows, versions] = await Promise.race([
          Promise.all([db.query<{ version: string }>('SELECT version FROM schema_migrations'), expected()]),
          timeout,
        ]);
        const applied = new Set(rows.map((r) => r.version));
        const pending = versions.filter((v) => !applied.has(v));
        if (pending.length) return { ready: false, reason: 'migrations_pending', detail: `not applied: ${pending.join(', ')}` };
        return { ready: true, migrations: versions.length };
      } catch (error) {
        if ((error as { code?: unknown }).code === UNDEFINED_TABLE) {
          return { ready: false, reason: 'migrations_pending', detail: 'no migration has been applied' };
        }
        return { ready: false, reason: 'database_unavailable', detail: error instanceof Error ? error.message : String(error) };
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
