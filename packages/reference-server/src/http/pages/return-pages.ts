/**
 * @module http/pages/return-pages
 * The pages that end a request without the consent card: an expired request (410), and a
 * request reopened after it was answered (Back, or a reload of the link). Each offers the way
 * back to the partner ("Back to {partner}", the card's own words) when the request has a return
 * URL, and is a receipt that says what happened when it has none.
 */
import { html } from 'hono/html';
import { consentStrings } from '@grantkit/elements/consent-strings';
import type { AnsweredRequest } from '../../domain/access-requests.js';
import type { Html } from './layout.js';
import type { PageMessages } from './i18n/index.js';

/** The way back, or the receipt's "you can close this page". */
function wayBack(m: PageMessages, partner: string, backUrl: string | null): Html {
  return backUrl
    ? html`<div class="actions"><a class="button primary" href="${backUrl}" data-testid="back-to-partner">${consentStrings[m.lang].backTo(partner)}</a></div>`
    : html`<p class="muted">${m.receipt.close}</p>`;
}

/** 410: the request expired before anyone decided; nothing was shared. */
export function expiredBody(m: PageMessages, { partner, backUrl }: { partner: string; backUrl: string | null }): Html {
  return html`<h1>${consentStrings[m.lang].expiredTitle}</h1>
<p role="status" data-outcome="expired">${m.receipt.expired(partner)}</p>
${backUrl ? html`<p>${m.receipt.startAgain(partner)}</p>` : ''}
${wayBack(m, partner, backUrl)}`;
}

/** The answer given before, instead of the card: "You already shared …" or "You declined …". */
export function answeredBody(m: PageMessages, { request, group, installation, backUrl }: AnsweredRequest): Html {
  const approved = request.status === 'approved';
  return html`<h1>${m.receipt.answeredTitle}</h1>
<p role="status" data-outcome="${approved ? 'approved' : 'denied'}">${approved ? m.receipt.alreadyApproved(group.name, installation?.name ?? '') : m.receipt.alreadyDenied(group.name)}</p>
${wayBack(m, group.name, backUrl)}`;
}
