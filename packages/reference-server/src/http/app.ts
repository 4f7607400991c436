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
import { routeModules } from './routes/index.js';
import { apiDocsBody } from './pages/api-docs.js';
import { messages } from './pages/i18n/index.js';
import { renderPage } from './pages/layout.js';

export function createApp(deps: AppDeps) {
  const app = createRouter();
  app.use('*', requestContext(deps.logger));
  app.use('*', securityHeaders());
  // Partner web pages read the API with their access token (bearer only; never cookies).
  app.use('/api/*', bearerCors());
  for (const prefix of ['/', '/api/*', '/access/*', '/login', '/logout']) {
    app.use(prefix, loadSession(deps));
    app.use(prefix, originCheck(deps));
  }
  app.use('/api/*', bearerAuth(deps));
  for (const module of routeModules) app.route('/', module(deps));

  const openApiConfig = {
    openapi: '3.1.0',
    info: {
      title: 'grantkit reference server',
      version: '0.1.0',
      description:
        'Consent-based access for outside parties. Errors are RFC 9457 problem+json with a stable `code`; OAuth endpoints use RFC 6749 §5.2 errors.',
    },
    servers: [{ url: deps.config.publicUrl }],
  };
  app.openAPIRegistry.registerComponent('securitySchemes', 'cookie', { type: 'apiKey', in: 'cookie', name: 'gk_session' });
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' });
  app.doc31('/openapi.json', openApiConfig);
  // The browsable reference, rendered from the same document (no CDN, no JavaScript).
  app.get('/docs', (c) =>
    renderPage(c, { m: messages('en'), title: 'API reference', wide: true, body: apiDocsBody(app.getOpenAPI31Document(openApiConfig) as unknown as Record<string, unknown>) }),
  );
  app.notFound(() => problemResponse(problem(404, 'not_found', 'There is no such endpoint.')));
  app.onError((error, c) => errorToResponse(error, c));
  return app;
}

export type GrantkitApp = ReturnType<typeof createApp>;
