/**
 * @module http/page-paths
 * Which paths are HTML pages: their errors are the friendly error page (http/pages/render-error.ts),
 * everything else answers problem+json (or OAuth JSON).
 */
import type { Context } from 'hono';
import type { DomainError } from '../errors.js';
import type { AppEnv } from './context.js';
import { problem, problemResponse } from './problem.js';
import { messages } from './pages/i18n/index.js';
import { pageLocale } from './pages/page-helpers.js';
import { renderErrorPage } from './pages/render-error.js';

/** The paths that answer JSON: the API, the OAuth endpoints and metadata, the OpenAPI document, the probes. */
const JSON_PATH = /^\/(api|oauth|\.well-known)\/|^\/(openapi\.json|healthz|readyz)$/;

/** The HTML routes: every other path. */
export function isPagePath(path: string): boolean {
  return !JSON_PATH.test(path);
}

/** `error` as the error page on an HTML route, as problem+json elsewhere. */
export async function errorForPath(c: Context<AppEnv>, error: DomainError, headers: Record<string, string> = {}): Promise<Response> {
  if (!isPagePath(c.req.path)) return problemResponse(problem(error.code, error.message, { ...error.extras }), headers);
  const res = await renderErrorPage(c, messages(pageLocale(c, new URL(c.req.url).searchParams)), error);
  for (const [name, value] of Object.entries(headers)) res.headers.set(name, value);
  return res;
}
