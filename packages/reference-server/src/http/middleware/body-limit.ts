/**
 * @module http/middleware/body-limit
 * Caps every request body before anything reads it and before authentication: the first
 * app-wide middleware after the request context, so an anonymous caller can no longer make the
 * server buffer and parse megabytes. Hono's bodyLimit refuses at once when Content-Length is too
 * large and otherwise counts the streamed bytes and stops reading past the limit.
 *
 * The default ({@link DEFAULT_BODY_LIMIT}) fits every JSON and form body of the API with room to
 * spare. Routes that need another limit declare it beside their definition
 * ({@link BodyLimitRoute}): partner registration carries a base64 logo (larger), the OAuth
 * endpoints keep the 16 KiB form limit the token fast path applies (smaller, answered as RFC 6749
 * `invalid_request` like the fast path does).
 */
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { TrieRouter } from 'hono/router/trie-router';
import type { AppEnv } from '../context.js';
import { DomainError } from '../../errors.js';
import { errorForPath } from '../page-paths.js';
import { reproducedByTokenFastPath } from '../token-fast-path-contract.js';

/** Most bytes of a request body, unless its route declares otherwise: 64 KiB. */
export const DEFAULT_BODY_LIMIT = 64 * 1024;

/** A route whose body limit is not the default, declared by the route module that defines it. */
export interface BodyLimitRoute {
  /** In Hono's path syntax; matched for every method. */
  readonly path: string;
  readonly maxSize: number;
  /** The answer to a body over `maxSize`; the default is 413 `body_too_large`. */
  readonly tooLarge?: (c: Context<AppEnv>) => Response | Promise<Response>;
}

/** 413 body_too_large: problem+json, or the error page on an HTML route. */
function bodyTooLarge(c: Context<AppEnv>, maxSize: number): Promise<Response> {
  return errorForPath(c, new DomainError('body_too_large', 413, `The request body can be at most ${maxSize / 1024} KB.`, { max_bytes: maxSize }));
}

/**
 * The app-wide body limit. Marked as reproduced by the token fast path: the fast path keeps at
 * most the OAuth form limit and answers a larger body as the token endpoint does, which is what
 * the `/oauth/*` declaration answers here.
 */
export function bodyLimits(routes: readonly BodyLimitRoute[]): MiddlewareHandler<AppEnv> {
  const limitFor = (maxSize: number, tooLarge?: BodyLimitRoute['tooLarge']) =>
    bodyLimit({
      maxSize,
      onError: async (c) => {
        const res = await (tooLarge ? tooLarge(c as Context<AppEnv>) : bodyTooLarge(c as Context<AppEnv>, maxSize));
        // The rest of the body stays unread, so Node drops the connection after answering: saying
        // so keeps a keep-alive client from sending its next request down a socket being closed.
        res.headers.set('connection', 'close');
        return res;
      },
    });
  const fallback = limitFor(DEFAULT_BODY_LIMIT);
  const router = new TrieRouter<MiddlewareHandler>();
  for (const route of routes) router.add('ALL', route.path, limitFor(route.maxSize, route.tooLarge));
  return reproducedByTokenFastPath(async function bodyLimitMiddleware(c, next) {
    // The first declaration that matches wins; declarations are exact routes, not overlapping.
    const [declared] = router.match(c.req.method, c.req.path)[0];
    return (declared?.[0] ?? fallback)(c, next);
  });
}
