/**
 * @module http/routes/core
 * The core route modules (issue 2): HTML pages, the platform API, access requests, grants,
 * groups, audit and assets. Spread into `routeModules` by routes/index.ts.
 */
import type { AppDeps, AppEnv } from '../context.js';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { accessRequestPageRoutes } from './access-request-page.js';
import { accessRequestRoutes } from './access-requests.js';
import { assetRoutes } from './assets.js';
import { auditRoutes } from './audit.js';
import { grantRoutes } from './grants.js';
import { groupRoutes } from './groups.js';
import { installationRoutes } from './installations.js';
import { loginPageRoutes } from './login-page.js';

export const coreRouteModules: ((deps: AppDeps) => OpenAPIHono<AppEnv>)[] = [
  loginPageRoutes,
  groupRoutes,
  installationRoutes,
  grantRoutes,
  accessRequestRoutes,
  accessRequestPageRoutes,
  auditRoutes,
  assetRoutes,
];
