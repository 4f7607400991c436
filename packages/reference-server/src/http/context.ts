/**
 * @module http/context
 * What every route can reach: the services the composition root built (services.ts) and the
 * per-request variables set by middleware.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import type { TokenPrincipal } from '../domain/access-policy.js';
import type { Logger } from '../logger.js';
import type { PlatformBrand } from '../branding/platform-brand.js';
import type { Services } from '../services.js';
import type { User } from '../domain/model/user.js';
import { validationHook } from './validation.js';

/** The routes' dependencies: the services of the composition root. */
export type AppDeps = Services;

export type { TokenPrincipal };

export interface AppVariables {
  requestId: string;
  log: Logger;
  /** The logged-in user (cookie session), if any. */
  user: User | undefined;
  /** The bearer-token caller, if any. */
  token: TokenPrincipal | undefined;
  /** Whose pages these are (config `platform`), for the page layout. */
  platform: PlatformBrand;
}

export interface AppEnv {
  Variables: AppVariables;
}

/** A router whose routes feed the OpenAPI document and whose validation errors are problem+json. */
export function createRouter(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
}
