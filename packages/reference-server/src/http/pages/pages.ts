/**
 * @module http/pages/pages
 * The server-rendered pages: login, consent (the no-JavaScript form inside `<gk-consent>`),
 * receipt and error. Every value goes through hono/html's escaping `html` tag.
 */
import { html } from 'hono/html';
import { consentStrings, type ConsentStrings } from '@grantkit/elements/consent-strings';
import type { ConsentInstallation, ConsentView } from '../../domain/access-requests.js';
import type { GrantPermission } from '../../domain/permissions.js';
import type { User } from '../../domain/model/user.js';
import { initials } from './brand.js';
import type { Html } from './layout.js';
import type { PageMessages } from './i18n/index.js';

export interface LoginPageInput {
  /** The platform the person signs in to (config `platform.name`). */
  readonly platformName: string;
  readonly next: string;
  readonly requester?: string | null;
  readonly error?: string | null;
  readonly email?: string;
}

export function loginBody(m: PageMessages, { platformName, next, requester, error, email = '' }: LoginPageInput): Html {
  return html`<h1>${m.login.heading(platformName)}</h1>
${requester ? html`<p data-testid="requester">${m.login.requestIntro(requester)}</p>` : ''}
${error ? html`<p class="error" role="alert">${error}</p>` : ''}
<form method="post" action="/login">
  <input type="hidden" name="next" value="${next}">
  <label class="field" for="email">${m.login.email}</label>
  <input id="email" name="email" type="email" autocomplete="username" required value="${email}" autofocus>
  <label class="field" for="password">${m.login.password}</label>
  <input id="password" name="password" type="password" autocomplete="current-password" required>
  <div class="actions"><button class="primary" type="submit">${m.login.submit}</button></div>
</form>`;
}

export interface ConsentPageInput {
  readonly view: ConsentView;
  readonly user: User;
  readonly error?: string | null;
  readonly expiresAtLabel: string;
  /** The access-request URL to come back to after logging out (to answer as someone else). */
  readonly restartPath: string;
  /** The search the list shows (`?q=` of the installations page), if any. */
  readonly search?: string | undefined;
  /** The installations page's "Show more" link, when more follow. */
  readonly moreHref?: string | null;
}

/** The notice above the list when the request cannot simply be approved (see ConsentSituation). */
function situationNotice(card: ConsentStrings, view: ConsentView): Html | '' {
  const partner = view.group.name;
  switch (view.situation) {
    case 'choose':
      return '';
    case 'all_shared':
    case 'preselected_shared':
      return html`<div class="notice" role="status" data-situation="${view.situation}">
    <h2>${view.situation === 'all_shared' ? card.allSharedTitle(partner) : card.preselectedSharedTitle(partner, view.namedInstallation?.name ?? '')}</h2>
    <p>${card.alreadySharedBody}</p>
  </div>`;
    case 'preselected_unknown':
      return html`<div class="notice" role="status" data-situation="${view.situation}"><h2>${card.preselectedUnknownTitle}</h2><p>${card.preselectedUnknownBody}</p></div>`;
    case 'no_installations':
      return html`<div class="notice" role="status" data-situation="${view.situation}"><h2>${card.noInstallationsTitle}</h2><p>${card.noInstallationsBody}</p></div>`;
  }
}

/**
 * Under an installation whose grant holds part of what is asked: what the partner has, and what
 * approving adds (the one grant is widened to the union).
 */
function heldNote(m: PageMessages, card: ConsentStrings, view: ConsentView, i: ConsentInstallation): Html | '' {
  if (i.alreadyShared || i.heldPermissions.length === 0) return '';
  const added = view.permissions.filter((p) => !i.heldPermissions.includes(p));
  const list = (ps: readonly string[]) => ps.map((p) => card.permissions[p as GrantPermission]).join('; ');
  return html`<span class="muted held" data-held="${i.heldPermissions.join(' ')}"><br>${m.consent.held(view.group.name)} ${list(i.heldPermissions)}<br>${m.consent.inAddition} ${list(added)}</span>`;
}

/**
 * The consent card as a plain form, wrapped in `<gk-consent>`: before the element upgrades (or
 * without JavaScript) the form shows and posts to `/access/request/:id/decision`; once the
 * element is defined, its shadow root (no slot) replaces it and uses the JSON API instead.
 * The search box belongs to a separate GET form (`form="installation-search"`), so searching
 * and "Show more" read the stored request (`/access/request/:id/installations`) instead of
 * opening a new one, and keep every parameter the partner's link carried.
 */
export function consentBody(m: PageMessages, { view, user, error, expiresAtLabel, restartPath, search = '', moreHref = null }: ConsentPageInput): Html {
  const { group, request } = view;
  const installations = view.installations.items;
  // The card's copy is the element's (one source); the page adds only what is its own.
  const card = consentStrings[m.lang];
  const t = m.consent;
  const checked = view.preselectedInstallationId ?? (installations.length === 1 && !search ? installations[0]!.id : null);
  // Going back answers the partner `already_shared` when that is why; `cancelled` otherwise.
  const reason = view.situation === 'all_shared' || view.situation === 'preselected_shared' ? 'already_shared' : 'cancelled';
  const searchable = installations.length > 0 || search !== '' || moreHref !== null;
  // The page's own level-one heading: the upgraded card's title is an h2 in its shadow root (it
  // sits under the partner's heading on other pages), and the form's h1 is not shown then.
  return html`<h1 class="visually-hidden">${t.title}</h1>
<gk-consent request-id="${request.id}" locale="${m.lang}"${request.partnerName ? html` partner-name="${request.partnerName}"` : ''}>
<form id="installation-search" method="get" action="/access/request/${request.id}/installations"></form>
<form method="post" action="/access/request/${request.id}/decision" class="consent">
  <div class="header">
    ${group.logoUrl
      ? html`<img class="logo" src="${group.logoUrl}" alt="${card.logoAlt(group.name)}" width="56" height="56">`
      : html`<div class="logo initials" aria-hidden="true">${initials(group.name)}</div>`}
    <div>
      <h1>${card.heading(group.name)}</h1>
      ${request.partnerName && request.partnerName !== group.name ? html`<span class="muted">${card.introducedAs(request.partnerName)}</span>` : ''}
    </div>
  </div>
  ${error ? html`<p class="error" role="alert">${error}</p>` : ''}
  <p>${card.permissionsHeading(group.name)}</p>
  <ul class="permissions">
    ${view.permissions.map((p) => html`<li data-permission="${p}">${card.permissions[p]}</li>`)}
  </ul>
  <p class="muted">${card.scopeNote}</p>
  ${situationNotice(card, view)}
  <input type="hidden" name="reason" value="${reason}">
  ${searchable
    ? html`<p class="search">
    <label class="field" for="installation-q">${card.searchLabel}</label>
    <input id="installation-q" type="search" name="q" value="${search}" maxlength="100" form="installation-search">
    <button type="submit" form="installation-search">${card.search}</button>
  </p>`
    : ''}
  ${installations.length
    ? html`<fieldset>
    <legend>${card.pickerLegend}</legend>
    ${installations.map(
      (i) => html`<label class="option"><input type="radio" name="installation_id" value="${i.id}" ${i.id === checked ? 'checked' : ''} required>
      <span><strong>${i.name}</strong>${i.address ? html` <span class="muted">${i.address}</span>` : ''}${i.alreadyShared ? html` <span class="badge">${card.alreadyShared}</span>` : ''}${heldNote(m, card, view, i)}</span></label>`,
    )}
    ${moreHref ? html`<p><a href="${moreHref}" data-testid="show-more">${card.showMore}</a></p>` : ''}
  </fieldset>`
    : search
      ? html`<p class="muted" role="status" data-testid="no-matches">${card.noMatches(search)}</p>`
      : ''}
  <div class="actions">
    ${installations.length ? html`<button class="primary" type="submit" name="decision" value="approve">${card.approve}</button>` : ''}
    ${view.situation === 'choose' || installations.length ? html`<button type="submit" name="decision" value="deny" formnovalidate>${card.deny}</button>` : ''}
    ${view.situation === 'choose'
      ? ''
      : html`<button class="${installations.length ? '' : 'primary'}" type="submit" name="decision" value="cancel" formnovalidate>${card.backTo(group.name)}</button>`}
  </div>
  <p class="muted">${t.expiresAt(expiresAtLabel)}</p>
</form>
</gk-consent>
<div class="footer">
  <span>${t.loggedInAs(user.name)}</span>
  <form method="post" action="/logout"><input type="hidden" name="next" value="${restartPath}"><button class="linklike" type="submit">${t.logout}</button></form>
</div>`;
}

/** What the receipt page reports. */
export type ReceiptOutcome = 'approved' | 'denied' | 'already_shared' | 'cancelled';

export function receiptBody(m: PageMessages, { outcome, groupName, installationName }: { outcome: ReceiptOutcome; groupName: string; installationName: string }): Html {
  const message =
    outcome === 'approved'
      ? m.receipt.approved(groupName, installationName)
      : outcome === 'denied'
        ? m.receipt.denied(groupName)
        : outcome === 'already_shared'
          ? m.receipt.alreadyShared(groupName)
          : m.receipt.cancelled(groupName);
  return html`<h1>${m.receipt.title}</h1>
<p role="status" data-outcome="${outcome}">${message}</p>
<p class="muted">${m.receipt.close}</p>`;
}

export function errorBody(_m: PageMessages, { heading, intro, lines, hint }: { heading: string; intro?: string; lines: readonly string[]; hint?: string }): Html {
  return html`<h1>${heading}</h1>
<div role="alert">${intro ? html`<p>${intro}</p>` : ''}${lines.length > 1 || intro ? html`<ul>${lines.map((l) => html`<li>${l}</li>`)}</ul>` : html`<p>${lines[0] ?? ''}</p>`}</div>
${hint ? html`<p class="muted">${hint}</p>` : ''}`;
}
