/**
 * @module http/context
 * What every route can reach: the dependencies (store, config, logger, clock) and the
 * per-request variables set by middleware.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { Store } from '../storage/store.js';
import type { User } from '../storage/user-store.js';
import { validationHook } from './validation.js';

export interface AppDeps {
  readonly store: Store;
  readonly config: Config;
  readonly logger: Logger;
  /** Injectable clock: tests move time to check expiry. */
  readonly clock: () => Date;
}

export interface AppVariables {
  requestId: string;
  log: Logger;
  /** The logged-in user (cookie session), if any. */
  user: User | undefined;
}

export interface AppEnv {
  Variables: AppVariables;
}

/** A router whose routes feed the OpenAPI document and whose validation errors are problem+json. */
export function createRouter(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
}
