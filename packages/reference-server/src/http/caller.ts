/**
 * @module http/caller
 * Who is calling the platform API: a person (session cookie) or a machine (bearer token, set by
 * the token service's middleware). A request with an Authorization header is never treated as
 * the cookie's user (see middleware/session.ts).
 */
import type { Context } from 'hono';
import type { TokenPrincipal } from '../domain/access-policy.js';
import type { User } from '../domain/model/user.js';
import { UnauthenticatedError } from '../errors.js';
import type { AppEnv } from './context.js';

/** A principal of the access policy, with the person's whole record (names for the audit). */
export type Caller = { readonly kind: 'user'; readonly user: User } | { readonly kind: 'token'; readonly token: TokenPrincipal };

export function callerOf(c: Context<AppEnv>): Caller {
  const token = c.get('token');
  if (token) return { kind: 'token', token };
  const user = c.get('user');
  if (user && !c.req.header('authorization')) return { kind: 'user', user };
  throw new UnauthenticatedError(c.req.header('authorization') ? 'The bearer token is not valid here.' : 'You need to log in.');
}
