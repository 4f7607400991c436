/**
 * @module http/page-paths
 * Which paths are HTML pages: their errors are the friendly error page (http/pages/render-error.ts),
 * everything else answers problem+json (or OAuth JSON).
 */
import type { Context } from 'hono';
import { accepts } from 'hono/accepts';
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

const HTML = 'text/html';
const JSON_TYPES = ['application/json', 'application/problem+json'];

/** The type the `Accept` header prefers among HTML and JSON (RFC 9110 §12.5.1), else `fallback`. */
function preferredType(c: Context<AppEnv>, fallback: string): string {
  return accepts(c, { header: 'Accept', supports: [HTML, ...JSON_TYPES], default: fallback });
}

/**
 * A browser asking for a page: an HTML route, and `Accept` names text/html above any JSON type
 * (a browser’s navigation does; a bare wildcard or no header does not). The 404 for paths nothing serves.
 */
export function wantsHtmlPage(c: Context<AppEnv>): boolean {
  return isPagePath(c.req.path) && preferredType(c, 'application/problem+json') === HTML;
}

/** An HTML route, unless the client prefers JSON: how the HTML routes answer their errors. */
export function answersWithPage(c: Context<AppEnv>): boolean {
  return isPagePath(c.req.path) && preferredType(c, HTML) === HTML;
}

/** `error` as the error page on an HTML route, as problem+json elsewhere. */
export async function errorForPath(c: Context<AppEnv>, error: DomainError, headers: Record<string, string> = {}): Promise<Response> {
  if (!isPagePath(c.req.path)) return problemResponse(problem(error.code, error.message, { ...error.extras }), headers);
  const res = await renderErrorPage(c, messages(pageLocale(c, new URL(c.req.url).searchParams)), error);
  for (const [name, value] of Object.entries(headers)) res.headers.set(name, value);
  return res;
}
