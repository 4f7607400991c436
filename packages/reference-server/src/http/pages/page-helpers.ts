/**
 * @module http/pages/page-helpers
 * Small helpers shared by the HTML page routes.
 */
import type { Context } from 'hono';
import { hasControlCharacter, refuseControlCharacters } from '../../domain/text-input.js';
import { localeFromAcceptLanguage, type Locale } from '../../domain/locales.js';
import { requestedLocale } from '../../domain/access-request-params.js';
import type { AppEnv } from '../context.js';

/** The URL's own locale (`locale`/`lang`), else the browser's Accept-Language. */
export function pageLocale(c: Context<AppEnv>, query: URLSearchParams): Locale {
  return requestedLocale(query) ?? localeFromAcceptLanguage(c.req.header('accept-language'));
}

/** Any origin: only the path, query and fragment of a `next` are kept. */
const NEXT_BASE = 'http://next.invalid';

/**
 * A same-site path to continue to after login, or `/`. Refuses absolute and scheme-relative
 * URLs (`//evil.example`, `/\evil.example`): no open redirect. The result is serialised by the
 * URL parser, so characters outside ASCII are percent-encoded (`/€` → `/%E2%82%AC`,
 * `/∕∕evil.example` stays a path on this site): a Location header only carries bytes, and a
 * character above U+00FF there made the response fail with a 500.
 */
export function safeNext(next: unknown): string {
  if (typeof next !== 'string' || next.length > 4096) return '/';
  if (!next.startsWith('/') || next.startsWith('//') || next.includes('\\') || /[\u0000-\u001f]/.test(next) || hasControlCharacter(next)) return '/';
  const url = new URL(next, NEXT_BASE);
  const path = url.pathname + url.search + url.hash;
  // Dot segments can collapse into `//` (`/.//evil.example`): scheme-relative again.
  return url.origin === NEXT_BASE && !path.startsWith('//') ? path : '/';
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
