/**
 * @module http/pages/page-helpers
 * Small helpers shared by the HTML page routes.
 */
import type { Context } from 'hono';
import { refuseControlCharacters } from '../../domain/text-input.js';
import { localeFromAcceptLanguage, type Locale } from '../../domain/locales.js';
import { requestedLocale } from '../../domain/access-request-params.js';
import type { AppEnv } from '../context.js';

/** The URL's own locale (`locale`/`lang`), else the browser's Accept-Language. */
export function pageLocale(c: Context<AppEnv>, query: URLSearchParams): Locale {
  return requestedLocale(query) ?? localeFromAcceptLanguage(c.req.header('accept-language'));
}

/**
 * A same-site path to continue to after login, or `/`. Refuses absolute and scheme-relative
 * URLs (`//evil.example`, `/\evil.example`): no open redirect.
 */
export function safeNext(next: unknown): string {
  if (typeof next !== 'string' || next.length > 4096) return '/';
  if (!next.startsWith('/') || next.startsWith('//') || next.includes('\\') || /[\u0000-\u001f]/.test(next)) return '/';
  return next;
}

/** Reads an url-encoded or multipart form; malformed bodies read as empty. */
export async function formFields(c: Context<AppEnv>): Promise<Record<string, string>> {
  let fields: Record<string, string>;
  try {
    const body = await c.req.parseBody();
    fields = Object.fromEntries(Object.entries(body).filter((e): e is [string, string] => typeof e[1] === 'string'));
  } catch {
    return {};
  }
  refuseControlCharacters(fields);
  return fields;
}

/** 303 See Other: after a POST the browser follows with GET (RFC 9110 §15.4.4). */
export function seeOther(c: Context<AppEnv>, location: string): Response {
  return c.body(null, 303, { location, 'cache-control': 'no-store' });
}
