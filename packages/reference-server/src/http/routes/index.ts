/**
 * @module http/routes
 * Every route module, mounted in order by http/app.ts. Add a feature by adding one line.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppDeps, AppEnv } from '../context.js';
import { invitationCodeRoutes } from './invitation-codes.js';
import { memberRoutes } from './members.js';
import { partneringRoutes } from './partnering.js';
import { sessionRoutes } from './session.js';
import { coreRouteModules } from './core.js';
import { healthRoutes } from './health.js';
import { oauthRoutes, serviceAccountRoutes } from './oauth-and-service-accounts.js';

export type RouteModule = (deps: AppDeps) => OpenAPIHono<AppEnv>;

export const routeModules: RouteModule[] = [healthRoutes, sessionRoutes, ...coreRouteModules, invitationCodeRoutes, memberRoutes, oauthRoutes, serviceAccountRoutes, partneringRoutes];
