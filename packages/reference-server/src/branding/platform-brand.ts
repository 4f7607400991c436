/**
 * @module branding/platform-brand
 * Whose pages these are: the platform's name and logo on every server page (login, consent,
 * receipt, invitation, error), and the operator's theme as `--gk-*` values. Read from
 * `GRANTKIT_PLATFORM_NAME`, `GRANTKIT_PLATFORM_LOGO_URL` and `GRANTKIT_THEME`; a value that cannot
 * be used stops the start with one line saying what to fix.
 */
import { hasControlCharacter } from '../domain/text-input.js';
import { THEME_TOKENS, type ThemeToken } from './theme-tokens.js';

export interface PlatformBrand {
  /** Shown beside the logo and in "Sign in to …" (`GRANTKIT_PLATFORM_NAME`, default `grantkit`). */
  readonly name: string;
  /** An https URL, a path on this server, or a `data:image/…` URL (`GRANTKIT_PLATFORM_LOGO_URL`); null: initials. */
  readonly logoUrl: string | null;
  /** Operator overrides of the theme tokens, validated (`GRANTKIT_THEME`). */
  readonly theme: readonly (readonly [ThemeToken, string])[];
}

export const DEFAULT_PLATFORM_NAME = 'grantkit';

export const DEFAULT_PLATFORM_BRAND: PlatformBrand = { name: DEFAULT_PLATFORM_NAME, logoUrl: null, theme: [] };

const MAX_NAME = 60;
/** A data: URL logo is inlined into every page: keep it small. */
const MAX_DATA_URL = 16 * 1024;
const MAX_THEME_VALUE = 200;

type Env = Readonly<Record<string, string | undefined>>;
type Fail = (message: string) => never;

function platformName(raw: string | undefined, fail: Fail): string {
  const name = (raw ?? '').trim();
  if (!name) return DEFAULT_PLATFORM_NAME;
  if (name.length > MAX_NAME || hasControlCharacter(name) || /[\u0000-\u001f]/.test(name)) {
    fail(`GRANTKIT_PLATFORM_NAME must be 1 to ${MAX_NAME} characters without control characters (got "${name.slice(0, 80)}").`);
  }
  return name;
}

/**
 * The logo must load under the pages' CSP (`img-src 'self' https: data:`, http/pages/layout.ts):
 * an https URL, a path or URL on this server, or a `data:` URL of an image type. An SVG is fine
 * here: an `<img>` never runs an SVG's scripts (HTML §4.8.3 renders it as an image document in
 * secure static mode), and the value comes from the operator, not from a partner upload.
 */
function logoUrl(raw: string | undefined, publicUrl: string, fail: Fail): string | null {
  const value = (raw ?? '').trim();
  if (!value) return null;
  const refuse = (): never =>
    fail(`GRANTKIT_PLATFORM_LOGO_URL must be an https URL, a path on this server such as /brand/logo.svg, or a data:image/… URL (got "${value.slice(0, 80)}").`);
  if (value.startsWith('data:')) {
    if (value.length > MAX_DATA_URL) fail(`GRANTKIT_PLATFORM_LOGO_URL: a data: URL logo must be at most ${MAX_DATA_URL / 1024} KB; serve a larger one over https.`);
    if (!/^data:image\/(png|jpeg|webp|gif|svg\+xml)(;[\w=.+-]+)*,[^\s"'<>\\]*$/i.test(value)) refuse();
    return value;
  }
  if (value.startsWith('/')) {
    if (value.startsWith('//') || value.includes('\\') || !URL.canParse(value, publicUrl)) refuse();
    return new URL(value, publicUrl).pathname + new URL(value, publicUrl).search;
  }
  if (!URL.canParse(value)) refuse();
  const url = new URL(value);
  if (url.protocol === 'https:' && !url.username && !url.password) return url.href;
  if (url.origin === new URL(publicUrl).origin) return url.href;
  return refuse();
}

/**
 * A theme value may only be a plain CSS value: no `;`, braces or `<` (it sits in a `<style>`
 * element, where `</style` would end it), no backslash escapes, comments, `url()` or other
 * functions that load things, and quotes only in pairs (font names).
 */
const SAFE_VALUE = /^[\w #%.,+\-/()'" ]+$/;
const LOADS_OR_ESCAPES = /url\(|image\(|image-set\(|@import|\/\*|expression\(/i;

function themeValue(token: string, value: string, fail: Fail): string {
  if (!value || value.length > MAX_THEME_VALUE || !SAFE_VALUE.test(value) || LOADS_OR_ESCAPES.test(value) || (value.match(/'/g)?.length ?? 0) % 2 || (value.match(/"/g)?.length ?? 0) % 2) {
    fail(`GRANTKIT_THEME: the value of ${token} must be a plain CSS value such as #0a7d55, 6px or 'Inter', sans-serif (got "${value.slice(0, 80)}").`);
  }
  let depth = 0;
  for (const ch of value) {
    depth += ch === '(' ? 1 : ch === ')' ? -1 : 0;
    if (depth < 0) break;
  }
  if (depth !== 0) fail(`GRANTKIT_THEME: the value of ${token} has unbalanced parentheses (got "${value.slice(0, 80)}").`);
  return value;
}

/** `GRANTKIT_THEME`: `token=value` pairs separated by `;`, token with or without its `--gk-` prefix. */
function theme(raw: string | undefined, fail: Fail): PlatformBrand['theme'] {
  const known = new Set<string>(THEME_TOKENS);
  const pairs = new Map<ThemeToken, string>();
  for (const entry of (raw ?? '').split(';').map((s) => s.trim()).filter(Boolean)) {
    const eq = entry.indexOf('=');
    const token = (eq < 0 ? entry : entry.slice(0, eq)).trim().replace(/^--gk-/, '');
    if (eq < 0) fail(`GRANTKIT_THEME entries are token=value pairs separated by ';' (got "${entry.slice(0, 80)}").`);
    if (!known.has(token)) fail(`GRANTKIT_THEME: unknown token "${token.slice(0, 40)}"; known tokens: ${THEME_TOKENS.join(', ')}.`);
    pairs.set(token as ThemeToken, themeValue(token, entry.slice(eq + 1).trim(), fail));
  }
  return [...pairs];
}

export function loadPlatformBrand(env: Env, publicUrl: string, fail: Fail): PlatformBrand {
  return {
    name: platformName(env.GRANTKIT_PLATFORM_NAME, fail),
    logoUrl: logoUrl(env.GRANTKIT_PLATFORM_LOGO_URL, publicUrl, fail),
    theme: theme(env.GRANTKIT_THEME, fail),
  };
}

/** The operator's theme as one CSS rule (values validated above), or ''. */
export function themeCss(brand: PlatformBrand): string {
  if (!brand.theme.length) return '';
  return `:root { ${brand.theme.map(([token, value]) => `--gk-${token}: ${value};`).join(' ')} }`;
}
