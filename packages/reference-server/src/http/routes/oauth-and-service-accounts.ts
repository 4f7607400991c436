/**
 * @module http/routes/oauth-and-service-accounts
 * Issue 6's route modules, registered together by routes/index.ts.
 */
export { oauthRoutes } from './oauth.js';
export { serviceAccountRoutes } from './service-accounts.js';
