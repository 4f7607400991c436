/**
 * @module http/token-fast-path-contract
 * What the Node adapter's token fast path (http/node/token-fast-path.ts) may skip. It answers
 * `POST /oauth/token` without running the Hono app, so it must do itself whatever the app's
 * handlers for that request do. The handlers it reproduces mark themselves here; the adapter
 * asks Hono's own router which handlers `POST /oauth/token` would run, and when any of them is
 * not marked (app-wide middleware added later, by us or by an embedder) it turns the fast path
 * off and logs a warning instead of silently skipping that middleware.
 */
const reproduced = new WeakSet<object>();

/** Marks a handler as reproduced by the token fast path; returns it unchanged. */
export function reproducedByTokenFastPath<T extends object>(handler: T): T {
  reproduced.add(handler);
  return handler;
}

export function isReproducedByTokenFastPath(handler: object): boolean {
  return reproduced.has(handler);
}
