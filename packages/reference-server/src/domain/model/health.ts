/**
 * @module domain/model/health
 * Entity types and the storage port (implemented by storage/health-store.ts) of this part of the domain.
 */

export type Readiness =
  | { readonly ready: true; readonly migrations: number }
  | { readonly ready: false; readonly reason: 'database_unavailable' | 'migrations_pending'; readonly detail: string };

export interface HealthStore {
  readiness(): Promise<Readiness>;
}
