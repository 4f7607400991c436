/**
 * @module cli/seed-context
 * What the demo-data seeders of `serve --seed` and `seed` are given: the server's public URL and
 * password cost, and the origin of the demo partner site (`GRANTKIT_DEMO_URL`, set by `npm start`
 * from DEMO_PORT), whose return page Acme Energy registers.
 */
import { ConfigError, type Config } from '../config.js';
import { DEFAULT_DEMO_URL, type SeedContext } from '../seed/index.js';

export function seedContext(config: Config, env: Readonly<Record<string, string | undefined>> = process.env): SeedContext {
  const raw = env.GRANTKIT_DEMO_URL || DEFAULT_DEMO_URL;
  let demoUrl: URL | undefined;
  try {
    demoUrl = new URL(raw);
  } catch {
    // reported below
  }
  if (!demoUrl || (demoUrl.protocol !== 'http:' && demoUrl.protocol !== 'https:')) {
    throw new ConfigError(`GRANTKIT_DEMO_URL must be the demo's http(s) origin, such as http://localhost:5173 (got "${raw}").`);
  }
  return { publicUrl: config.publicUrl, passwordCost: config.passwordCost, clock: () => new Date(), demoUrl: demoUrl.origin };
}
