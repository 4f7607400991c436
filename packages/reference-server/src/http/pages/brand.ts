/**
 * @module http/pages/brand
 * The header of every server page: whose page this is. The platform (its logo and name) always;
 * on the login and consent pages also the partner asking, side by side, so a person can tell
 * where they type their password and who will get access (as GitHub's "Authorize …" and
 * Clerk's sign-in headers show both parties).
 */
import { html } from 'hono/html';
import type { PlatformBrand } from '../../branding/platform-brand.js';
import type { HtmlEscapedString } from 'hono/utils/html';

/** What a page fragment renders to (hono/html). */
export type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

/** A party shown in the header: the platform or a partner. */
export interface BrandParty {
  readonly name: string;
  readonly logoUrl: string | null;
}

/** Up to two initials, the stand-in for a missing logo. */
export function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((w) => [...w][0]!.toUpperCase())
    .join('');
}

function party(kind: 'platform' | 'partner', { name, logoUrl }: BrandParty): Html {
  // The name is written beside the logo, so the image itself needs no alternative text.
  return html`<span class="party" data-party="${kind}">${logoUrl
    ? html`<img class="brand-logo" src="${logoUrl}" alt="" width="32" height="32">`
    : html`<span class="brand-logo initials" aria-hidden="true">${initials(name)}</span>`}<span class="party-name">${name}</span></span>`;
}

/** The brand header; `partner` adds the second party (login and consent). */
export function brandHeader(platform: PlatformBrand, partner?: BrandParty): Html {
  return html`<header class="brand${partner ? ' two-party' : ''}" data-testid="brand">
${party('platform', platform)}${partner ? html`<span class="connector" aria-hidden="true"></span>${party('partner', partner)}` : ''}
</header>`;
}
