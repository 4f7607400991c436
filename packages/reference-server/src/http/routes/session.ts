/**
 * @module http/routes/session
 * Log in (email + password → session cookie), log out, and who am I.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { secured } from '../api-security.js';
import { consume } from '../../domain/rate-limit.js';
import { DomainError } from '../../errors.js';
import { dummyPasswordHash, verifyPassword } from '../../security/passwords.js';
import { clientAddress } from '../client-address.js';
import { createRouter, type AppDeps } from '../context.js';
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

export const LOGIN_LIMIT = { perAddress: 20, perAccount: 10, windowSeconds: 300 };

/** Checks credentials, rate limited per address and per account. Same answer for unknown email and wrong password. */
export async function authenticate(deps: AppDeps, email: string, password: string, address: string) {
  const now = deps.clock();
  await consume(
    deps.store.rateLimits,
    [
      { bucket: `login:ip:${address}`, limit: LOGIN_LIMIT.perAddress, windowSeconds: LOGIN_LIMIT.windowSeconds },
      { bucket: `login:email:${email.trim().toLowerCase()}`, limit: LOGIN_LIMIT.perAccount, windowSeconds: LOGIN_LIMIT.windowSeconds },
    ],
    now,
  );
  const found = await deps.store.users.findByEmail(email);
  // Spend the same time whether or not the account exists (no user enumeration by timing).
  const ok = await verifyPassword(password, found?.passwordHash ?? (await dummyPasswordHash(deps.config.passwordCost)));
  if (!found || !ok) throw new DomainError('invalid_credentials', 401, 'The email or password is not correct.');
  const { passwordHash: _omit, ...user } = found;
  return user;
}

export function sessionRoutes(deps: AppDeps) {
  const router = createRouter();

  router.openapi(loginRoute, async (c) => {
    const { email, password } = c.req.valid('json');
    const user = await authenticate(deps, email, password, clientAddress(c));
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
