/**
 * @module http/context
 * What every route can reach: the services the composition root built (services.ts) and the
 * per-request variables set by middleware.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Logger } from '../logger.js';
import type { Services } from '../services.js';
import type { User } from '../storage/user-store.js';
import { validationHook } from './validation.js';

/** The routes' dependencies: the services of the composition root. */
export type AppDeps = Services;

/**
 * The caller identified by a bearer access token (issue 6's token service sets it).
 * Routes that accept tokens must still check, on every request, that the group's grant on the
 * installation is active: revocation takes effect on the next request.
 */
export interface TokenPrincipal {
  /** `service_account` for client_credentials tokens, `grant` for tokens from an approved access request. */
  readonly kind: 'service_account' | 'grant';
  /** The token's `sub`. */
  readonly subject: string;
  readonly clientId: string;
  readonly groupId: string;
  /** The one installation this token is limited to (data set or grant), or null for every installation the group holds a grant on. */
  readonly installationId: string | null;
  readonly scopes: readonly string[];
  readonly grantId: string | null;
}

export interface AppVariables {
  requestId: string;
  log: Logger;
  /** The logged-in user (cookie session), if any. */
  user: User | undefined;
  /** The bearer-token caller, if any. */
  token: TokenPrincipal | undefined;
}

export interface AppEnv {
  Variables: AppVariables;
}

/** A router whose routes feed the OpenAPI document and whose validation errors are problem+json. */
export function createRouter(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
}
