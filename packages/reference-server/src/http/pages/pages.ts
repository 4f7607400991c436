/**
 * @module http/pages/pages
 * The server-rendered pages: login, consent (the no-JavaScript form inside `<gk-consent>`),
 * receipt and error. Every value goes through hono/html's escaping `html` tag.
 */
import { html } from 'hono/html';
import { consentStrings } from '@grantkit/elements/consent-strings';
import type { ConsentView } from '../../domain/access-requests.js';
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
}

/**
 * The consent card as a plain form, wrapped in `<gk-consent>`: before the element upgrades (or
 * without JavaScript) the form shows and posts to `/access/request/:id/decision`; once the
 * element is defined, its shadow root (no slot) replaces it and uses the JSON API instead.
 */
export function consentBody(m: PageMessages, { view, user, error, expiresAtLabel, restartPath }: ConsentPageInput): Html {
  const { group, request, installations } = view;
  // The card's copy is the element's (one source); the page adds only what is its own.
  const card = consentStrings[m.lang];
  const t = m.consent;
  const checked = view.preselectedInstallationId ?? (installations.length === 1 ? installations[0]!.id : null);
  return html`<gk-consent request-id="${request.id}" locale="${m.lang}"${request.partnerName ? html` partner-name="${request.partnerName}"` : ''}>
<form method="post" action="/access/request/${request.id}/decision" class="consent">
  <div class="header">
    ${group.logoUrl
      ? html`<img class="logo" src="${group.logoUrl}" alt="${card.logoAlt(group.name)}" width="56" height="56">`
      : html`<div class="logo initials" aria-hidden="true">${initials(group.name)}</div>`}
    <div>
      <h1>${card.heading(group.name)}</h1>
      <span class="badge">${card.lookupKey(group.lookupKey)}</span>
      ${request.partnerName && request.partnerName !== group.name ? html` <span class="muted">${card.introducedAs(request.partnerName)}</span>` : ''}
    </div>
  </div>
  ${error ? html`<p class="error" role="alert">${error}</p>` : ''}
  <p>${card.permissionsHeading(group.name)}</p>
  <ul class="permissions">
    ${view.permissions.map((p) => html`<li data-permission="${p}">${card.permissions[p]}</li>`)}
  </ul>
  <p class="muted">${card.scopeNote}</p>
  ${view.preselectionIgnored ? html`<p class="muted">${t.preselectionIgnored}</p>` : ''}
  ${installations.length
    ? html`<fieldset>
    <legend>${card.pickerLegend}</legend>
    ${installations.map(
      (i) => html`<label class="option"><input type="radio" name="installation_id" value="${i.id}" ${i.id === checked ? 'checked' : ''} required>
      <span><strong>${i.name}</strong>${i.address ? html` <span class="muted">${i.address}</span>` : ''}${i.alreadyShared ? html` <span class="badge">${card.alreadyShared}</span>` : ''}</span></label>`,
    )}
  </fieldset>`
    : html`<p class="error" data-testid="no-installations">${card.noInstallationsBody}</p>`}
  <div class="actions">
    ${installations.length ? html`<button class="primary" type="submit" name="decision" value="approve">${card.approve}</button>` : ''}
    <button type="submit" name="decision" value="deny" formnovalidate>${card.deny}</button>
  </div>
  <p class="muted">${t.expiresAt(expiresAtLabel)}</p>
</form>
</gk-consent>
<div class="footer">
  <span>${t.loggedInAs(user.name)}</span>
  <form method="post" action="/logout"><input type="hidden" name="next" value="${restartPath}"><button class="linklike" type="submit">${t.logout}</button></form>
</div>`;
}

export function receiptBody(m: PageMessages, { approved, groupName, installationName }: { approved: boolean; groupName: string; installationName: string }): Html {
  return html`<h1>${m.receipt.title}</h1>
<p role="status" data-outcome="${approved ? 'approved' : 'denied'}">${approved ? m.receipt.approved(groupName, installationName) : m.receipt.denied(groupName)}</p>
<p class="muted">${m.receipt.close}</p>`;
}

export function errorBody(_m: PageMessages, { heading, intro, lines, hint }: { heading: string; intro?: string; lines: readonly string[]; hint?: string }): Html {
  return html`<h1>${heading}</h1>
<div role="alert">${intro ? html`<p>${intro}</p>` : ''}${lines.length > 1 || intro ? html`<ul>${lines.map((l) => html`<li>${l}</li>`)}</ul>` : html`<p>${lines[0] ?? ''}</p>`}</div>
${hint ? html`<p class="muted">${hint}</p>` : ''}`;
}
