/**
 * @module http/routes/session
 * Log in (email + password → session cookie), log out, and who am I.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { secured } from '../api-security.js';
import { authenticate } from '../../domain/authentication.js';
import { clientAddress } from '../client-address.js';
import { createRouter, type AppDeps } from '../context.js';
import { authenticationContext } from '../domain-contexts.js';
import { endSession, requireUser, startSession } from '../middleware/session.js';
import { ProblemSchema, UserSchema } from '../schemas.js';

export const LoginBody = z
  .object({
    email: z.string().trim().min(3).max(320).openapi({ example: 'owner@example.com' }),
    password: z.string().min(1).max(1024),
  })
  .openapi('LoginRequest');

const loginRoute = createRoute({
  operationId: 'login',
  ...secured('none'),
  method: 'post',
  path: '/api/session',
  tags: ['Session'],
  summary: 'Log in with email and password; sets the session cookie',
  request: { body: { content: { 'application/json': { schema: LoginBody } }, required: true } },
  responses: {
    200: { description: 'Logged in', content: { 'application/json': { schema: z.object({ user: UserSchema }) } } },
    401: { description: 'Wrong email or password', content: { 'application/problem+json': { schema: ProblemSchema } } },
    429: { description: 'Too many attempts', content: { 'application/problem+json': { schema: ProblemSchema } } },
  },
});

const logoutRoute = createRoute({
  operationId: 'logout',
  ...secured('cookie'),
  method: 'delete',
  path: '/api/session',
  tags: ['Session'],
  summary: 'Log out',
  responses: { 204: { description: 'Logged out' }, 401: { description: 'Not logged in', content: { 'application/problem+json': { schema: ProblemSchema } } } },
});

export function sessionRoutes(deps: AppDeps) {
  const router = createRouter();

  router.openapi(loginRoute, async (c) => {
    const { email, password } = c.req.valid('json');
    const user = await authenticate(authenticationContext(deps), email, password, clientAddress(c, deps.config.trustedProxies));
    await startSession(c, deps, user);
    c.get('log').info('login', { user_id: user.id });
    return c.json({ user: { id: user.id, email: user.email, name: user.name } }, 200);
  });

  router.openapi(logoutRoute, async (c) => {
    requireUser(c);
    await endSession(c, deps);
    return c.body(null, 204);
  });

  return router;
}
