/**
 * @module seed/seeder
 * The shape of a seeder: a named, idempotent step that adds demo data to a store.
 */
import type { Store } from '../storage/store.js';

export interface SeedContext {
  /** The server's public URL (logo and link base). */
  readonly publicUrl: string;
  /** scrypt cost for demo passwords. */
  readonly passwordCost: number;
  readonly clock: () => Date;
  /** Origin of the demo partner site, whose return page Acme Energy registers (default http://localhost:5173). */
  readonly demoUrl?: string;
}

export interface Seeder {
  readonly name: string;
  /** Adds what is missing; never changes or duplicates existing rows. Returns a one-line summary. */
  run(store: Store, ctx: SeedContext): Promise<string | void>;
}
