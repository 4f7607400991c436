/**
 * @module http/app
 * Builds the Hono application: middleware, every route module, errors as problem+json, and the
 * OpenAPI document. It never listens; main.ts (Node) or a test does.
 */
import { problem, problemResponse, errorToResponse } from './problem.js';
import { createRouter, type AppDeps } from './context.js';
import { loadSession } from './middleware/session.js';
import { originCheck } from './middleware/origin-check.js';
import { requestContext } from './middleware/request-context.js';
import { securityHeaders } from './middleware/security-headers.js';
import { bearerAuth } from './middleware/bearer-auth.js';
import { bearerCors } from './middleware/bearer-cors.js';
import { bodyLimitRoutes, routeModules, secretPathParams } from './routes/index.js';
import { bodyLimits } from './middleware/body-limit.js';
import { openApiInfo } from './openapi-info.js';
import { securitySchemes } from './api-security.js';
import { apiDocsBody } from './pages/api-docs.js';
import { messages } from './pages/i18n/index.js';
import { renderPage } from './pages/layout.js';
import { answersWithPage, errorForPath, isPagePath, wantsHtmlPage } from './page-paths.js';
import { renderBrowserError } from './pages/browser-errors.js';
import { ValidationError } from '../errors.js';
import { allowedMethods } from './method-not-allowed.js';
import { reproducedByTokenFastPath } from './token-fast-path-contract.js';

export function createApp(deps: AppDeps) {
  const app = createRouter();
  app.use('*', requestContext(deps.logger, secretPathParams));
  app.use('*', securityHeaders());
  // The platform's identity for the pages. The token endpoint renders no page, so the token fast
  // path (http/node/token-fast-path.ts) has nothing of this to reproduce.
  app.use(
    '*',
    reproducedByTokenFastPath(async (c, next) => {
      c.set('platform', deps.config.platform);
      await next();
    }),
  );
  // Before anything reads a body or authenticates the caller.
  app.use('*', bodyLimits(bodyLimitRoutes));
  // Partner web pages read the API with their access token (bearer only; never cookies).
  app.use('/api/*', bearerCors());
  for (const prefix of ['/', '/api/*', '/access/*', '/login', '/logout']) {
    app.use(prefix, loadSession(deps));
    app.use(prefix, originCheck(deps));
  }
  app.use('/api/*', bearerAuth(deps));
  for (const module of routeModules) app.route('/', module(deps));

  const openApiConfig = openApiInfo(deps.config.publicUrl);
  for (const [name, scheme] of Object.entries(securitySchemes)) app.openAPIRegistry.registerComponent('securitySchemes', name, scheme);
  app.doc31('/openapi.json', openApiConfig);
  // The browsable reference, rendered from the same document (no CDN, no JavaScript).
  app.get('/docs', (c) =>
    renderPage(c, { m: messages('en'), title: 'API reference', wide: true, body: apiDocsBody(app.getOpenAPI31Document(openApiConfig) as unknown as Record<string, unknown>) }),
  );
  const allowedAt = allowedMethods(() => app.routes);
  app.notFound((c) => {
    const allowed = allowedAt(c.req.path);
    // A route's own c.notFound() (its method is allowed) stays a 404.
    if (!allowed.length || allowed.includes(c.req.method)) {
      return wantsHtmlPage(c) ? renderBrowserError(c, 'not_found') : problemResponse(problem('not_found', 'There is no such endpoint.'));
    }
    const headers = { allow: allowed.join(', ') };
    if (answersWithPage(c)) return renderBrowserError(c, 'method_not_allowed', headers);
    const detail = `${c.req.method.slice(0, 16)} is not allowed here; use ${allowed.join(', ')}.`;
    return problemResponse(problem('method_not_allowed', detail, { allowed_methods: allowed }), headers);
  });
  app.onError((error, c) =>
    // A page's bad form input (domain/text-input.ts via formFields) gets the friendly error page.
    error instanceof ValidationError && isPagePath(c.req.path) ? errorForPath(c, error) : errorToResponse(error, c),
  );
  return app;
}

export type GrantkitApp = ReturnType<typeof createApp>;
