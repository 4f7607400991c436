/**
 * @module
 * `<gk-consent>`: the consent card of the platform's access-request page.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { AccessRequestView, ConsentInstallation, GrantPermission } from '@grantkit/sdk/types';
import { GkElement } from '../../base/gk-element.js';
import { catalogue, type Catalogue } from '../../i18n/catalogue.js';
import { withCommon, type CommonStrings } from '../../i18n/common/index.js';
import type { ConsentStrings } from './i18n/en.js';
import { GkApprovedEvent } from '../../events/gk-approved.js';
import { GkDeniedEvent } from '../../events/gk-denied.js';
import { GkCancelledEvent } from '../../events/gk-cancelled.js';
import { classifyFailure, wayBack, type Failure } from '../../internal/failure.js';
import { createConsentClient, type ConsentClient } from '../../internal/client.js';
import { followRedirect } from '../../internal/navigate.js';
import tokens from '../../styles/tokens.styles.js';
import styles from './consent.styles.js';

/** What the card shows. */
type View =
  | { readonly kind: 'idle' } // no request-id yet
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready'; readonly request: AccessRequestView }
  // An expired request keeps the way back to the partner its problem carried, and the request when it was shown.
  | { readonly kind: 'failed'; readonly failure: Failure; readonly back?: string | undefined; readonly request?: AccessRequestView | undefined }
  | { readonly kind: 'done'; readonly request: AccessRequestView; readonly outcome: Outcome; readonly leaving: boolean };

type Outcome = 'approved' | 'denied' | 'cancelled';

/** How long typing pauses before the list is searched. */
const SEARCH_DELAY_MS = 300;

const check = html`<svg class="check" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
  <path d="M16.7 5.3a1 1 0 0 1 0 1.4l-8 8a1 1 0 0 1-1.4 0l-4-4a1 1 0 1 1 1.4-1.4L8 12.6l7.3-7.3a1 1 0 0 1 1.4 0Z" />
</svg>`;

type Strings = ConsentStrings & { readonly common: CommonStrings };

/** This element's strings, one lazy chunk per language (and the shared ones). */
const strings: Catalogue<Strings> = catalogue(withCommon({
  en: () => import('./i18n/en.js'),
  fr: () => import('./i18n/fr.js'),
  de: () => import('./i18n/de.js'),
  pt: () => import('./i18n/pt.js'),
  nb: () => import('./i18n/nb.js'),
}));

/**
 * The consent card: who asks (logo, name, and the partner name given before login), what
 * approving allows, which installation, and Approve / Deny. It loads
 * `GET /api/access-requests/:id` (the first 20 installations), searches and shows more through
 * `GET /api/access-requests/:id/installations`, posts the decision, dispatches `gk-approved` or
 * `gk-denied`, and then follows the `redirect_url` the server returns. When nothing can be
 * shared (all already shared with the partner, or the link named someone else's installation)
 * it says so and offers "Back to {partner}" (`POST …/cancel`, `gk-cancelled`). When the request
 * has expired, it says so and, when the server's 410 problem carries the way back
 * (`redirect_url`, the return URL with `error=expired`), offers "Back to {partner}" there.
 *
 * Progressive enhancement: put the page's no-JavaScript `<form>` inside the element. Before the
 * element is defined the form shows; once it upgrades, its shadow root (which has no slot)
 * replaces it. See the README.
 *
 * @summary Review and approve or deny a partner's access request.
 *
 * @slot - Fallback content shown only until the element upgrades (the no-JavaScript form).
 *
 * @event {GkApprovedEvent} gk-approved - The server accepted the approval. Detail: `{ requestId, installationId, grantId, redirectUrl }`. Cancelable: cancelling keeps the user on the page.
 * @event {GkDeniedEvent} gk-denied - The server recorded the denial. Detail: `{ requestId, installationId, redirectUrl }`. Cancelable.
 * @event {GkCancelledEvent} gk-cancelled - The user went back to the partner; the server ended the request. Detail: `{ requestId, reason, redirectUrl }`. Cancelable.
 *
 * @csspart base - The card.
 * @csspart header - Logo, title and subtitle.
 * @csspart logo - The partner's logo (an image, or its initials when it has none).
 * @csspart title - The heading.
 * @csspart permissions - The list of what approving allows (exactly what the partner asks).
 * @csspart held-permissions - What the partner already holds on the chosen installation, when it holds something.
 * @csspart added-permissions - What it asks in addition (approving widens its grant).
 * @csspart search - The search box for the installations.
 * @csspart more-button - The "Show more" button under the installations.
 * @csspart notice - Why the request cannot simply be approved (all already shared, not yours…).
 * @csspart back-button - "Back to {partner}": ends the request and returns to the partner (or, once expired, returns with `error=expired`).
 * @csspart installations - The installation picker (a fieldset of radios).
 * @csspart installation - One installation option.
 * @csspart badge - The "Already shared" marker.
 * @csspart actions - The row of buttons.
 * @csspart approve-button - The Approve button.
 * @csspart approve-hint - Why Approve is unavailable (no installation chosen yet).
 * @csspart deny-button - The Deny button.
 * @csspart retry-button - The Try again button of the network and server states.
 * @csspart error - The inline error of a failed decision.
 * @csspart status - The loading and redirect messages, and each error state.
 *
 * @cssproperty [--gk-color-primary=#1d5bd6] - Accent: Approve button, selected installation, focus ring default.
 * @cssproperty [--gk-color-on-primary=#ffffff] - Text on the accent colour.
 * @cssproperty [--gk-color-surface=#ffffff] - Card background.
 * @cssproperty [--gk-color-surface-muted=#f3f5f8] - Background of secondary areas.
 * @cssproperty [--gk-color-text=#16202c] - Text colour.
 * @cssproperty [--gk-color-text-muted=#525d6b] - Secondary text.
 * @cssproperty [--gk-color-border=#d3d9e1] - Borders and dividers.
 * @cssproperty [--gk-color-danger=#b42318] - Errors.
 * @cssproperty [--gk-color-danger-surface=#fef0ee] - Background of errors.
 * @cssproperty [--gk-color-success=#067647] - Check marks and success messages.
 * @cssproperty [--gk-color-focus=#1d5bd6] - Focus ring.
 * @cssproperty [--gk-radius=12px] - Corner radius of the card.
 * @cssproperty [--gk-radius-small=8px] - Corner radius of buttons and options.
 * @cssproperty [--gk-font-family=system-ui] - Font stack.
 * @cssproperty [--gk-shadow] - Card shadow.
 * @cssproperty [--gk-spacing=1rem] - Base spacing unit.
 * @cssproperty [--gk-max-width=34rem] - Maximum width of the card.
 */
export class GkConsent extends GkElement<Strings> {
  static override styles = [tokens, styles];

  /** The access request to show (the id the server put in the page). */
  @property({ attribute: 'request-id', reflect: true }) requestId?: string;

  /** Base URL of the platform's API; defaults to the page's origin. */
  @property({ attribute: 'api-base' }) apiBase?: string;

  /**
   * The partner name given in the access-request URL (`partner_name`), shown before the request
   * loads and beside the group's registered name when it differs.
   */
  @property({ attribute: 'partner-name' }) partnerName?: string;

  /**
   * The API client; by default one for `api-base` built with the SDK's `createApiClient`.
   * Set it to share a client (and its credentials) with the rest of the page.
   */
  @property({ attribute: false }) client?: ConsentClient;

  /**
   * How the element follows the server's `redirect_url`: `location.assign` for http(s) URLs
   * only, by default. Tests replace it.
   */
  @property({ attribute: false }) navigate: (url: string) => void = followRedirect;

  @state() private view: View = { kind: 'idle' };
  @state() private selected: string | null = null;
  @state() private busy: 'approve' | 'deny' | 'cancel' | null = null;
  @state() private inlineError = '';
  /** The installations listed: the first page, then search results and "Show more" pages. */
  @state() private items: readonly ConsentInstallation[] = [];
  @state() private nextCursor: string | null = null;
  @state() private query = '';
  /** A search or "Show more" in flight. */
  @state() private listing = false;
  /** Announced politely after the list changed (how many are shown, or no match). */
  @state() private announcement = '';
  private searchTimer?: ReturnType<typeof setTimeout>;
  /** Bumped on every search or "Show more", so only the latest answer is shown. */
  private listGeneration = 0;

  /** Bumped on every load, so an answer to an outdated request is dropped. */
  private generation = 0;
  /** Move focus to `[data-focus-target]` after the next render. */
  private pendingFocus = false;
  private defaultClient?: ConsentClient;

  /** The access request being shown, once loaded. */
  get accessRequest(): AccessRequestView | undefined {
    return this.view.kind === 'ready' || this.view.kind === 'done' ? this.view.request : undefined;
  }

  protected readonly i18n = strings;

  protected override localeHints(): Array<string | undefined> {
    const { view } = this;
    return view.kind === 'ready' || view.kind === 'done' ? [view.request.locale] : [];
  }

  /** What the current data was loaded for: a change of any of these reloads it. */
  private loadedFor?: readonly unknown[];

  protected override willUpdate(): void {
    // Compared by value rather than through `changed`: an update held while a language loads
    // (see GkElement.shouldUpdate) drops its `changed` map.
    const key = [this.requestId, this.apiBase, this.client];
    if (this.loadedFor?.every((value, index) => value === key[index])) return;
    if (this.loadedFor && this.loadedFor[1] !== this.apiBase) this.defaultClient = undefined;
    this.loadedFor = key;
    void this.load();
  }

  /** Loads (or reloads) the access request. Called again by the Try again button. */
  async load(): Promise<void> {
    const id = this.requestId;
    if (!id) {
      this.view = { kind: 'failed', failure: 'not_found' };
      return;
    }
    const generation = ++this.generation;
    this.view = { kind: 'loading' };
    this.inlineError = '';
    try {
      const request = await this.api.getAccessRequest(id);
      if (generation !== this.generation) return;
      this.view = request.status === 'pending' ? { kind: 'ready', request } : { kind: 'failed', failure: request.status === 'expired' ? 'expired' : 'decided' };
      if (this.view.kind === 'ready') {
        this.selected = this.initialSelection(request);
        this.items = request.installations;
        this.nextCursor = request.installations_next_cursor;
        this.query = '';
        this.announcement = '';
      }
      // An error state, or nothing to choose from: either needs the user's attention.
      this.pendingFocus = this.view.kind !== 'ready' || request.installations.length === 0;
    } catch (error) {
      if (generation !== this.generation) return;
      this.view = { kind: 'failed', failure: classifyFailure(error), back: wayBack(error) };
      this.pendingFocus = true;
    }
  }

  private get api(): ConsentClient {
    return this.client ?? (this.defaultClient ??= createConsentClient(this.apiBase));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.searchTimer);
  }

  private onSearch(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => void this.list(false), SEARCH_DELAY_MS);
  }

  /** Searches (from the first page) or appends the next page, for the current query. */
  private async list(more: boolean): Promise<void> {
    const { view } = this;
    if (view.kind !== 'ready') return;
    const generation = ++this.listGeneration;
    const q = this.query.trim();
    this.listing = true;
    try {
      const page = await this.api.listAccessRequestInstallations(view.request.id, {
        ...(q ? { q } : {}),
        ...(more && this.nextCursor ? { cursor: this.nextCursor } : {}),
      });
      if (generation !== this.listGeneration) return;
      this.items = more ? [...this.items, ...page.items] : page.items;
      this.nextCursor = page.next_cursor;
      this.announcement = this.items.length || !q ? this.s.shown(this.items.length) : this.s.noMatches(q);
      this.inlineError = '';
    } catch (error) {
      if (generation === this.listGeneration) this.fail(error);
    } finally {
      if (generation === this.listGeneration) this.listing = false;
    }
  }

  /** A failed call: the request is gone (a state of its own) or a message beside the buttons. */
  private fail(error: unknown): void {
    const failure = classifyFailure(error);
    if (failure === 'expired' || failure === 'decided' || failure === 'not_found') {
      this.view = { kind: 'failed', failure, back: wayBack(error), request: this.accessRequest };
    } else {
      const t = this.s;
      this.inlineError =
        failure === 'validation'
          ? t.chooseInstallation
          : failure === 'network'
            ? t.common.networkError
            : failure === 'unauthenticated'
              ? t.common.sessionExpired
              : t.common.serverError;
    }
    this.pendingFocus = true;
  }

  private initialSelection(request: AccessRequestView): string | null {
    const ids = request.installations.map((installation) => installation.id);
    if (request.preselected_installation_id && ids.includes(request.preselected_installation_id)) {
      return request.preselected_installation_id;
    }
    return ids.length === 1 ? (ids[0] ?? null) : null;
  }

  protected override updated(): void {
    if (this.pendingFocus) {
      this.pendingFocus = false;
      this.renderRoot.querySelector<HTMLElement>('[data-focus-target]')?.focus();
    }
  }

  /** The group's registered name once known, else the name the URL gave, else nothing. */
  private partnerLabel(request?: AccessRequestView): string | undefined {
    return request?.group.name ?? (this.partnerName?.trim() || undefined);
  }

  private async decide(outcome: 'approve' | 'deny' | 'cancel'): Promise<void> {
    const { view } = this;
    if (view.kind !== 'ready' || this.busy) return;
    const { request } = view;
    const installationId = this.selected;
    if (outcome === 'approve' && !installationId) {
      // Approve is unavailable until a choice is made, and says so beside it: take the user to the choice.
      this.renderRoot.querySelector<HTMLElement>('input[type="radio"]')?.focus();
      return;
    }
    this.busy = outcome;
    this.inlineError = '';
    try {
      let redirectUrl: string;
      let proceed: boolean;
      if (outcome === 'approve' && installationId) {
        const answer = await this.api.approveAccessRequest(request.id, { installation_id: installationId });
        redirectUrl = answer.redirect_url;
        proceed = this.emit(new GkApprovedEvent({ requestId: request.id, installationId, grantId: answer.grant_id, redirectUrl }));
      } else if (outcome === 'cancel') {
        // "Already shared" is what the partner should hear when that is why the user goes back.
        const reason = request.situation === 'all_shared' || request.situation === 'preselected_shared' ? 'already_shared' : 'cancelled';
        redirectUrl = (await this.api.cancelAccessRequest(request.id, { reason })).redirect_url;
        proceed = this.emit(new GkCancelledEvent({ requestId: request.id, reason, redirectUrl }));
      } else {
        const answer = await this.api.denyAccessRequest(request.id);
        redirectUrl = answer.redirect_url;
        proceed = this.emit(new GkDeniedEvent({ requestId: request.id, installationId, redirectUrl }));
      }
      let leaving = proceed;
      if (proceed) {
        try {
          this.navigate(redirectUrl);
        } catch {
          // The decision is recorded; only leaving failed (e.g. a non-http redirect_url).
          leaving = false;
          this.inlineError = this.s.common.serverError;
        }
      }
      this.view = { kind: 'done', request, outcome: outcome === 'approve' ? 'approved' : outcome === 'deny' ? 'denied' : 'cancelled', leaving };
      this.pendingFocus = true;
    } catch (error) {
      this.fail(error);
    } finally {
      this.busy = null;
    }
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    void this.decide('approve');
  }

  private onPick(event: Event): void {
    this.selected = (event.target as HTMLInputElement).value;
    this.inlineError = '';
  }

  protected override render(): TemplateResult {
    return html`<article part="base" class="card" lang=${this.resolvedLocale} aria-busy=${this.view.kind === 'loading' ? 'true' : 'false'}>
      ${this.renderBody()}
    </article>`;
  }

  private renderBody(): TemplateResult {
    const { view, s: t } = this;
    switch (view.kind) {
      case 'idle':
      case 'loading':
        return html`${this.partnerLabel() ? this.renderHeader() : nothing}
          <p part="status" class="status" role="status"><span class="spinner" aria-hidden="true"></span>${t.common.loading}</p>`;
      case 'failed':
        return this.renderFailure(view);
      case 'done': {
        const partner = view.request.group.name;
        const messages = {
          approved: [t.approvedRedirect, t.approved],
          denied: [t.deniedRedirect, t.denied],
          cancelled: [t.cancelledRedirect, t.cancelled],
        } as const;
        const [redirecting, stayed] = messages[view.outcome];
        const message = view.leaving ? redirecting(partner) : stayed;
        return html`${this.renderHeader(view.request)}
          <p part="status" class="status done" role="status" tabindex="-1" data-focus-target>
            ${view.outcome === 'approved' ? check : nothing}${message}
          </p>
          <div aria-live="assertive">${this.inlineError ? html`<p part="error" class="error">${this.inlineError}</p>` : nothing}</div>`;
      }
      case 'ready':
        return this.renderRequest(view.request);
    }
  }

  private renderHeader(request?: AccessRequestView): TemplateResult {
    const partner = this.partnerLabel(request) ?? '';
    const introduced = this.partnerName && request && this.partnerName.trim() !== request.group.name ? this.partnerName.trim() : '';
    const logo = request?.group.logo_url;
    const initials = partner
      .split(/\s+/)
      .slice(0, 2)
      .map((word) => word.charAt(0).toUpperCase())
      .join('');
    return html`<header part="header" class="header">
      ${logo
        ? html`<img part="logo" class="logo" src=${logo} alt=${this.s.logoAlt(partner)} />`
        : html`<span part="logo" class="logo initials" aria-hidden="true">${initials}</span>`}
      <div class="who">
        <h2 part="title" class="title">${this.s.heading(partner)}</h2>
        ${request && introduced
          ? // The lookup key is the platform's identifier of the partner, not the customer's concern.
            html`<p class="subtitle"><span class="introduced">${this.s.introducedAs(introduced)}</span></p>`
          : nothing}
      </div>
    </header>`;
  }

  /** Why the request cannot simply be approved, as [title, body]; null when there is a choice to make. */
  private notice(request: AccessRequestView): readonly [string, string] | null {
    const t = this.s;
    const partner = request.group.name;
    switch (request.situation) {
      case 'choose':
        return null;
      case 'all_shared':
        return [t.allSharedTitle(partner), t.alreadySharedBody];
      case 'preselected_shared':
        return [t.preselectedSharedTitle(partner, request.named_installation?.name ?? ''), t.alreadySharedBody];
      case 'preselected_unknown':
        return [t.preselectedUnknownTitle, t.preselectedUnknownBody];
      case 'no_installations':
        return [t.noInstallationsTitle, t.noInstallationsBody];
    }
  }

  private renderRequest(request: AccessRequestView): TemplateResult {
    const t = this.s;
    const partner = request.group.name;
    // What is asked, in catalogue order (the view's contract); split by what the chosen
    // installation's grant already holds, when it holds something (approving widens it).
    const asked = request.permissions;
    const held = this.items.find((installation) => installation.id === this.selected)?.held_permissions ?? [];
    const list = (part: string, permissions: readonly GrantPermission[], title?: string) =>
      html`${title ? html`<p class="section-title">${title}</p>` : nothing}<ul part=${part}>
        ${permissions.map((permission) => html`<li>${check}<span>${t.permissions[permission]}</span></li>`)}
      </ul>`;
    const added = asked.filter((permission) => !held.includes(permission));
    const busy = this.busy !== null;
    const notice = this.notice(request);
    // Something to choose from (the list may be narrowed by a search to nothing for a while).
    const choices = request.installations.length > 0;
    const spinner = (on: boolean) => (on ? html`<span class="spinner" aria-hidden="true"></span>` : nothing);
    return html`${this.renderHeader(request)}
      <p class="intro">${t.intro(partner)}</p>
      <section class="permissions" aria-labelledby="permissions-heading">
        <h3 id="permissions-heading" class="section-title">${t.permissionsHeading(partner)}</h3>
        ${held.length
          ? html`${list('held-permissions', held, t.held)}${added.length ? list('added-permissions', added, t.added) : nothing}`
          : list('permissions', asked)}
        <p class="note">${t.scopeNote}</p>
      </section>
      ${notice
        ? html`<div part="notice status" class="status empty" role="alert" tabindex="-1" ?data-focus-target=${!choices}>
            <h3 class="section-title">${notice[0]}</h3>
            <p>${notice[1]}</p>
          </div>`
        : nothing}
      ${choices
        ? html`<p class="search">
            <label for="search" class="section-title">${t.searchLabel}</label>
            <input part="search" id="search" type="search" maxlength="100" autocomplete="off" .value=${this.query} @input=${this.onSearch} />
          </p>`
        : nothing}
      <form class="form" novalidate @submit=${this.onSubmit}>
        ${choices
          ? html`<fieldset part="installations" class="installations" aria-describedby="decision-error" aria-busy=${this.listing ? 'true' : 'false'}>
              <legend class="section-title">${t.pickerLegend}</legend>
              ${this.items.map((installation, index) => {
                // Already shared and not re-offered: shown for what it is, not selectable.
                const locked = installation.already_shared && !request.show_existing;
                return html`<label part="installation" class="option">
                  <input
                    type="radio"
                    name="installation"
                    .value=${installation.id}
                    .checked=${this.selected === installation.id}
                    ?disabled=${locked}
                    ?data-focus-target=${this.inlineError !== '' && (this.selected ? this.selected === installation.id : index === 0)}
                    @change=${this.onPick}
                  />
                  <span class="option-text">
                    <span class="option-title">
                      <span class="option-name">${installation.name}</span>
                      ${installation.already_shared ? html`<span part="badge" class="badge">${t.alreadyShared}</span>` : nothing}
                    </span>
                    ${installation.address ? html`<span class="option-address">${installation.address}</span>` : nothing}
                  </span>
                </label>`;
              })}
              ${this.nextCursor
                ? html`<button part="more-button" class="button secondary" type="button" aria-disabled=${this.listing ? 'true' : 'false'}
                    @click=${() => this.listing || void this.list(true)}>${spinner(this.listing)}${t.showMore}</button>`
                : nothing}
            </fieldset>
            <p class="live note" role="status">${this.announcement}</p>`
          : nothing}
        <div id="decision-error" class="live" aria-live="assertive">
          ${this.inlineError ? html`<p part="error" class="error">${this.inlineError}</p>` : nothing}
        </div>
        ${!choices || this.selected ? nothing : html`<p id="approve-hint" part="approve-hint" class="note">${t.chooseInstallation}</p>`}
        <div part="actions" class="actions">
          ${request.situation === 'choose' || choices
            ? html`<button part="deny-button" class="button secondary" type="button" aria-disabled=${busy ? 'true' : 'false'} @click=${() => void this.decide('deny')}>
                ${spinner(this.busy === 'deny')}${t.deny}
              </button>`
            : nothing}
          ${notice
            ? html`<button part="back-button" class="button ${choices ? 'secondary' : 'primary'}" type="button" aria-disabled=${busy ? 'true' : 'false'}
                @click=${() => void this.decide('cancel')}>${spinner(this.busy === 'cancel')}${t.backTo(partner)}</button>`
            : nothing}
          ${choices
            ? html`<button part="approve-button" class="button primary" type="submit" aria-disabled=${busy || !this.selected ? 'true' : 'false'}
                aria-describedby=${this.selected ? nothing : 'approve-hint'}>
                ${spinner(this.busy === 'approve')}${t.approve}
              </button>`
            : nothing}
        </div>
      </form>`;
  }

  private renderFailure({ failure, back, request }: Extract<View, { kind: 'failed' }>): TemplateResult {
    const t = this.s;
    const partner = this.partnerLabel(request);
    // The way back of an expired request (the partner hears `error=expired`), named after the
    // partner, or after the return URL's host when the card never learnt the partner's name.
    const way = failure === 'expired' ? back : undefined;
    const backTo = way ? (partner ?? new URL(way).host) : '';
    const [title, body, retry] = ((): [string, string, boolean] => {
      switch (failure) {
        case 'expired':
          return [t.expiredTitle, backTo ? t.expiredBack(backTo) : t.expiredBody(partner), false];
        case 'not_found':
          return [t.notFoundTitle, t.notFoundBody, false];
        case 'decided':
          return [t.decidedTitle, t.decidedBody, false];
        case 'unauthenticated':
          return [t.serverTitle, t.common.sessionExpired, false];
        case 'network':
          return [t.networkTitle, t.common.networkError, true];
        case 'validation':
        case 'server':
          return [t.serverTitle, t.common.serverError, true];
      }
    })();
    return html`<div part="status" class="state state-${failure}" role="alert">
      <svg class="state-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        ${failure === 'expired'
          ? svg`<path d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm1 5v4.6l3.2 3.2-1.4 1.4L11 12.4V7h2Z" />`
          : svg`<path d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm-1 5h2v7h-2V7Zm0 9h2v2h-2v-2Z" />`}
      </svg>
      <h2 part="title" class="title" tabindex="-1" data-focus-target>${title}</h2>
      <p>${body}</p>
      ${retry
        ? html`<div part="actions" class="actions"><button part="retry-button" class="button secondary" type="button" @click=${() => void this.load()}>
            ${t.common.retry}
          </button></div>`
        : way
          ? html`<div part="actions" class="actions"><button part="back-button" class="button primary" type="button" @click=${() => this.navigate(way)}>
              ${t.backTo(backTo)}
            </button></div>`
          : nothing}
    </div>`;
  }
}
