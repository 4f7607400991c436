/**
 * @module http/pages/browser-errors
 * What a browser sees when it is lost: a localised page, in the layout with the platform's
 * brand, for an address nothing serves (404) or a method the address does not serve (405, with
 * `Allow`, RFC 9110 §15.5.6). API clients get problem+json instead (http/app.ts decides).
 */
import type { Context } from 'hono';
import { html } from 'hono/html';
import type { AppEnv } from '../context.js';
import { messages } from './i18n/index.js';
import { renderPage } from './layout.js';
import { pageLocale } from './page-helpers.js';

export type BrowserError = 'not_found' | 'method_not_allowed';

export async function renderBrowserError(c: Context<AppEnv>, code: BrowserError, headers: Record<string, string> = {}): Promise<Response> {
  const m = messages(pageLocale(c, new URL(c.req.url).searchParams));
  const [title, line, status] =
    code === 'not_found' ? [m.errors.pageNotFoundTitle, m.errors.pageNotFound, 404] : [m.errors.methodNotAllowedTitle, m.errors.methodNotAllowed, 405];
  const res = await renderPage(c, {
    m,
    title,
    status,
    errorCode: code,
    body: html`<h1>${title}</h1>
<p role="alert">${line}</p>
<p><a href="/" data-testid="home">${m.errors.home}</a></p>`,
  });
  for (const [name, value] of Object.entries(headers)) res.headers.set(name, value);
  return res;
}
