/**
 * @module http/api-security
 * Who may call an operation, declared once per route: `secured('cookie')` (or `bearer`,
 * `cookieOrBearer`, `optionalCookie`, `none`) spreads into `createRoute` both the OpenAPI
 * security requirement (OpenAPI 3.1 §4.8.30) and a middleware that enforces it before the body
 * is validated, so the document a code generator reads is the rule the server runs, and an
 * anonymous caller learns nothing about the input a route expects.
 *
 * The OAuth endpoints authenticate clients themselves (oauth/client-authentication.ts, RFC 6749
 * §2.3); their requirement is `OAUTH_CLIENT_SECURITY`, documentation only.
 */
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './context.js';
import { SESSION_COOKIE } from './middleware/session.js';
import { problem, problemResponse } from './problem.js';

/** The names the document's security requirements refer to. */
export const SCHEME = { cookie: 'cookie', bearer: 'bearer', clientSecretBasic: 'clientSecretBasic' } as const;

/** Components › securitySchemes of the OpenAPI document. */
export const securitySchemes = {
  [SCHEME.cookie]: {
    type: 'apiKey',
    in: 'cookie',
    name: SESSION_COOKIE,
    description: 'The session cookie set by `POST /api/session` (HttpOnly, SameSite=Lax). Unsafe methods also need a same-origin `Origin` header.',
  },
  [SCHEME.bearer]: {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
    description: 'An RFC 9068 access token from `POST /oauth/token` (RFC 6750 §2.1). A request with a bearer token ignores any cookie.',
  },
  [SCHEME.clientSecretBasic]: {
    type: 'http',
    scheme: 'basic',
    description: 'OAuth client authentication `client_secret_basic` (RFC 6749 §2.3.1): the service account’s client id and secret. `client_secret_post` (both in the form body) is accepted too.',
  },
} as const;

export type Access = 'none' | 'optionalCookie' | 'cookie' | 'bearer' | 'cookieOrBearer';

type Requirement = Record<string, string[]>;

// An empty object is OpenAPI's "anonymous is also fine" alternative (§4.8.30).
const REQUIREMENTS: Readonly<Record<Access, Requirement[]>> = {
  none: [],
  optionalCookie: [{ [SCHEME.cookie]: [] }, {}],
  cookie: [{ [SCHEME.cookie]: [] }],
  bearer: [{ [SCHEME.bearer]: [] }],
  cookieOrBearer: [{ [SCHEME.cookie]: [] }, { [SCHEME.bearer]: [] }],
};

/**
 * Token, revocation and introspection: `client_secret_basic`, or — the empty alternative — the
 * client's credentials in the form body (`client_secret_post`, or the public client's `client_id`
 * where the endpoint allows it). Which one an endpoint accepts is in its description.
 */
export const OAUTH_CLIENT_SECURITY: Requirement[] = [{ [SCHEME.clientSecretBasic]: [] }, {}];

// RFC 6750 §3: a request without credentials gets the challenge without an error code.
const BEARER_CHALLENGE = { 'www-authenticate': 'Bearer realm="grantkit"' };

function refuse(access: Access, hasToken: boolean): Response {
  if (access === 'cookie' && hasToken) {
    return problemResponse(problem('unauthenticated', 'This endpoint takes a logged-in session (cookie), not a bearer token.'));
  }
  if (access === 'cookie') return problemResponse(problem('unauthenticated', 'You need to log in.'));
  return problemResponse(problem('unauthenticated', access === 'bearer' ? 'Send a bearer access token.' : 'Log in, or send a bearer access token.'), BEARER_CHALLENGE);
}

/** Enforces the requirement. The bearer middleware (middleware/bearer-auth.ts) has already refused bad tokens. */
function enforce(access: Access): MiddlewareHandler<AppEnv> {
  return async function enforceAccess(c, next) {
    const user = c.get('user') !== undefined;
    const token = c.get('token') !== undefined;
    const allowed = access === 'cookie' ? user : access === 'bearer' ? token : user || token;
    if (!allowed) return refuse(access, token);
    return next();
  };
}

/** Spread into `createRoute({...})`: the documented requirement and its enforcement. */
export function secured(access: Access): { security: Requirement[]; middleware?: MiddlewareHandler<AppEnv>[] } {
  const security = REQUIREMENTS[access];
  return access === 'none' || access === 'optionalCookie' ? { security } : { security, middleware: [enforce(access)] };
}
