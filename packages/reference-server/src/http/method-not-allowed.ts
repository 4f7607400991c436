/**
 * @module http/method-not-allowed
 * A path the app serves, asked with a method it does not serve, is 405 with `Allow` (RFC 9110
 * §15.5.6), not 404. The methods come from the app's own route table, asked of Hono's router so
 * that paths match exactly as they do when routing; middleware (registered for every method) does
 * not count.
 */
import { TrieRouter } from 'hono/router/trie-router';

const MIDDLEWARE_METHOD = 'ALL';

/**
 * Returns, for a path, the methods the routes in `routes` serve there (with HEAD wherever GET
 * is, as Hono answers HEAD with the GET route), sorted. The table is read on the first call, once
 * every route is registered.
 */
export function allowedMethods(routes: () => readonly { readonly method: string; readonly path: string }[]): (path: string) => string[] {
  let router: TrieRouter<string> | undefined;
  return (path) => {
    if (!router) {
      router = new TrieRouter<string>();
      for (const route of routes()) if (route.method !== MIDDLEWARE_METHOD) router.add(MIDDLEWARE_METHOD, route.path, route.method);
    }
    const methods = new Set(router.match('GET', path)[0].map(([method]) => method));
    if (methods.has('GET')) methods.add('HEAD');
    return [...methods].sort();
  };
}
