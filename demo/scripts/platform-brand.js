// The demo platform's brand on the reference server's own pages (login, consent, receipt,
// invitation, error): Voltgrid's name, its mark (public/favicon.svg) as a data: URL — the pages'
// CSP allows `img-src data:` and an <img> never runs an SVG's scripts — and its brand colour as
// the shared --gk-* tokens. Used by scripts/start.js and the e2e stack (e2e/stack.ts).
import { readFileSync } from 'node:fs';

const mark = readFileSync(new URL('../public/favicon.svg', import.meta.url), 'utf8').trim();

/** The server's GRANTKIT_PLATFORM_* and GRANTKIT_THEME settings for the Voltgrid demo. */
export const platformBrandEnv = {
  GRANTKIT_PLATFORM_NAME: 'Voltgrid',
  GRANTKIT_PLATFORM_LOGO_URL: `data:image/svg+xml,${encodeURIComponent(mark)}`,
  GRANTKIT_THEME: 'color-primary=#0e7490; color-focus=#0e7490',
};
