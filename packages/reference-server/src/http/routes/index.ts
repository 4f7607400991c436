/**
 * @module http/routes
 * Every route module, mounted in this order by http/app.ts, grouped by the part of the domain
 * they serve. Add a feature by adding one line. Route modules never import each other: what
 * they share lives in http/ (contexts, schemas, pages) or in the domain.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { SecretPathParam } from '../access-log.js';
import type { BodyLimitRoute } from '../middleware/body-limit.js';
import type { AppDeps, AppEnv } from '../context.js';
import { accessRequestPageRoutes } from './access-request-page.js';
import { accessRequestRoutes } from './access-requests.js';
import { assetRoutes } from './assets.js';
import { auditRoutes } from './audit.js';
import { grantRoutes } from './grants.js';
import { groupRoutes } from './groups.js';
import { healthRoutes } from './health.js';
import { installationRoutes } from './installations.js';
import { invitationCodeRoutes } from './invitation-codes.js';
import { emailInvitationRoutes, invitationTokenPaths } from './email-invitations.js';
import { embeddedReturnRoutes } from './embedded-return.js';
import { loginPageRoutes } from './login-page.js';
import { mailboxRoutes } from './mailbox.js';
import { memberRoutes } from './members.js';
import { oauthBodyLimits, oauthRoutes } from './oauth.js';
import { organisationRoutes, partnerRegistrationBodyLimits } from './organisations.js';
import { partnersPageRoutes } from './partners-page.js';
import { partnerRoutes } from './partners.js';
import { serviceAccountRoutes } from './service-accounts.js';
import { sessionRoutes } from './session.js';
import { webhookRoutes } from './webhooks.js';

export type RouteModule = (deps: AppDeps) => OpenAPIHono<AppEnv>;

export const routeModules: RouteModule[] = [
  healthRoutes,
  // People and sessions.
  sessionRoutes,
  loginPageRoutes,
  // Groups, installations and the access granted on them.
  groupRoutes,
  installationRoutes,
  grantRoutes,
  accessRequestRoutes,
  accessRequestPageRoutes,
  embeddedReturnRoutes,
  auditRoutes,
  assetRoutes,
  // Joining a group with a code; its members.
  invitationCodeRoutes,
  memberRoutes,
  // Machines: the OAuth endpoints and service accounts.
  oauthRoutes,
  serviceAccountRoutes,
  // Webhook endpoints of a group and their deliveries.
  webhookRoutes,
  // Organisations and their partners; emailed invitations; the demo mailbox.
  organisationRoutes,
  partnerRoutes,
  emailInvitationRoutes,
  mailboxRoutes,
  partnersPageRoutes,
];

/** The path parameters the route modules declare secret: the access log never writes them. */
export const secretPathParams: readonly SecretPathParam[] = [...invitationTokenPaths];

/** The routes whose body limit is not the default (http/middleware/body-limit.ts). */
export const bodyLimitRoutes: readonly BodyLimitRoute[] = [...partnerRegistrationBodyLimits, ...oauthBodyLimits];
