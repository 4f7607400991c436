/**
 * @module http/pages/layout
 * The frame of every server-rendered page and its headers. Pages carry a strict CSP: nothing
 * from elsewhere except images (partner logos), no inline code except the one nonce'd style
 * block, no framing (`frame-ancestors 'none'`, CSP3), forms only to us and to the return URL's
 * origin (Chrome applies `form-action` to the redirect that follows a form POST).
 *
 * Referrer-Policy is `same-origin` on pages with forms, not `no-referrer`: with `no-referrer`
 * browsers send `Origin: null` on form POSTs (Fetch §3.1 "append a request Origin header"),
 * which our CSRF check must refuse. `same-origin` still sends nothing to any other site, and
 * the 303 to a partner carries `no-referrer` itself.
 *
 * Every page opens with the brand header (brand.ts); the operator's theme (`GRANTKIT_THEME`,
 * validated in branding/platform-brand.ts) follows the stylesheet inside the same nonce'd block.
 */
import type { Context } from 'hono';
import { html, raw } from 'hono/html';
import { randomToken } from '../../security/random.js';
import { DEFAULT_PLATFORM_BRAND, themeCss } from '../../branding/platform-brand.js';
import type { AppEnv } from '../context.js';
import { brandHeader, type BrandParty, type Html } from './brand.js';
import type { PageMessages } from './i18n/index.js';
import { STYLES } from './styles.js';

export type { Html };

export interface PageOptions {
  readonly m: PageMessages;
  readonly title: string;
  readonly body: Html;
  readonly status?: number;
  /** Origins a form on this page may end up at (after a redirect), besides our own. */
  readonly formTargets?: readonly string[];
  /** Loads the elements bundle (the consent page; every framable page, whose frame guard it carries). */
  readonly elements?: boolean;
  /** A machine-readable error code, exposed as `<meta name="grantkit-error">` for tests and tools. */
  readonly errorCode?: string;
  /** A wider card (the API reference). */
  readonly wide?: boolean;
  /** The partner asking (login and consent): shown beside the platform in the brand header. */
  readonly partner?: BrandParty;
  /**
   * Origins that may frame this page (an embedded request's login, consent and return: the
   * group's registered embedding origins). Empty or absent: `frame-ancestors 'none'`.
   */
  readonly frameAncestors?: readonly string[];
}

export function pageSecurityHeaders(nonce: string, formTargets: readonly string[] = [], frameAncestors: readonly string[] = []): Record<string, string> {
  const csp = [
    "default-src 'none'",
    "base-uri 'none'",
    `frame-ancestors ${frameAncestors.length ? frameAncestors.join(' ') : "'none'"}`,
    `form-action 'self'${formTargets.map((o) => ' ' + o).join('')}`,
    "img-src 'self' https: data:",
    `style-src 'self' 'nonce-${nonce}'`,
    `script-src 'self' 'nonce-${nonce}'`,
    "connect-src 'self'",
  ].join('; ');
  return {
    'content-security-policy': csp,
    'referrer-policy': 'same-origin',
    'cache-control': 'no-store',
  };
}

export async function renderPage(
  c: Context<AppEnv>,
  { m, title, body, status = 200, formTargets = [], elements = false, errorCode, wide = false, partner, frameAncestors = [] }: PageOptions,
): Promise<Response> {
  const nonce = randomToken(16);
  // Set for every request by the app (http/app.ts); a bare router in a test gets the default.
  const platform = c.get('platform') ?? DEFAULT_PLATFORM_BRAND;
  const document = html`<!doctype html>
<html lang="${m.lang}"${frameAncestors.length ? html` data-gk-display="embedded" data-gk-framers="${JSON.stringify(frameAncestors)}"` : ''}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
${errorCode ? html`<meta name="grantkit-error" content="${errorCode}">` : ''}
<title>${title} · ${platform.name}</title>
<style nonce="${nonce}">${raw(STYLES)}${raw(themeCss(platform))}</style>
${elements || frameAncestors.length ? html`<script type="module" src="/assets/grantkit-elements.js" nonce="${nonce}"></script>` : ''}
</head>
<body${frameAncestors.length ? html` data-gk-waiting="${m.embedded.waiting}" data-gk-covered="${m.embedded.covered}" data-gk-too-small="${m.embedded.tooSmall}"` : ''}>
${brandHeader(platform, partner)}
<main class="card${wide ? ' wide' : ''}">
${body}
</main>
</body>
</html>`;
  const text = await document;
  return c.body(String(text), status as 200, { 'content-type': 'text/html; charset=utf-8', ...pageSecurityHeaders(nonce, formTargets, frameAncestors) });
}
