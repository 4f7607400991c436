/**
 * @module http/caller
 * Who is calling the platform API: a person (session cookie) or a machine (bearer token, set by
 * the token service's middleware). A request with an Authorization header is never treated as
 * the cookie's user (see middleware/session.ts).
 */
import type { Context } from 'hono';
import type { Caller } from '../domain/installation-access.js';
import { UnauthenticatedError } from '../errors.js';
import type { AppEnv } from './context.js';

export function callerOf(c: Context<AppEnv>): Caller {
  const token = c.get('token');
  if (token) return { kind: 'token', token };
  const user = c.get('user');
  if (user && !c.req.header('authorization')) return { kind: 'user', user };
  throw new UnauthenticatedError(c.req.header('authorization') ? 'The bearer token is not valid here.' : 'You need to log in.');
}
