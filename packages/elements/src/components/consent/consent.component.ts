/**
 * @module
 * `<gk-consent>`: the consent card of the platform's access-request page.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { GRANT_PERMISSIONS, type AccessRequestView, type GrantPermission } from '@grantkit/sdk/types';
import { GkElement } from '../../base/gk-element.js';
import { catalogue, type Catalogue } from '../../i18n/catalogue.js';
import { withCommon, type CommonStrings } from '../../i18n/common/index.js';
import type { ConsentStrings } from './i18n/en.js';
import { GkApprovedEvent } from '../../events/gk-approved.js';
import { GkDeniedEvent } from '../../events/gk-denied.js';
import { classifyFailure, type Failure } from '../../internal/failure.js';
import { createClient, type ElementsClient } from '../../internal/client.js';
import { followRedirect } from '../../internal/navigate.js';
import tokens from '../../styles/tokens.styles.js';
import styles from './consent.styles.js';

/** What the card shows. */
type View =
  | { readonly kind: 'idle' } // no request-id yet
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready'; readonly request: AccessRequestView }
  | { readonly kind: 'failed'; readonly failure: Failure }
  | { readonly kind: 'done'; readonly request: AccessRequestView; readonly outcome: 'approved' | 'denied'; readonly leaving: boolean };

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
 * The consent card: who asks (logo, name, lookup key, and the partner name given before login),
 * what approving allows, which installation, and Approve / Deny. It loads
 * `GET /api/access-requests/:id`, posts the decision, dispatches `gk-approved` or `gk-denied`, and
 * then follows the `redirect_url` the server returns.
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
 *
 * @csspart base - The card.
 * @csspart header - Logo, title and subtitle.
 * @csspart logo - The partner's logo (an image, or its initials when it has none).
 * @csspart title - The heading.
 * @csspart lookup-key - The partner's lookup key badge.
 * @csspart permissions - The list of what approving allows.
 * @csspart installations - The installation picker (a fieldset of radios).
 * @csspart installation - One installation option.
 * @csspart badge - The "Already shared" marker.
 * @csspart actions - The row of buttons.
 * @csspart approve-button - The Approve button.
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
  @property({ attribute: false }) client?: ElementsClient;

  /**
   * How the element follows the server's `redirect_url`: `location.assign` for http(s) URLs
   * only, by default. Tests replace it.
   */
  @property({ attribute: false }) navigate: (url: string) => void = followRedirect;

  @state() private view: View = { kind: 'idle' };
  @state() private selected: string | null = null;
  @state() private busy: 'approve' | 'deny' | null = null;
  @state() private inlineError = '';

  /** Bumped on every load, so an answer to an outdated request is dropped. */
  private generation = 0;
  /** Move focus to `[data-focus-target]` after the next render. */
  private pendingFocus = false;
  private defaultClient?: ElementsClient;

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
      if (this.view.kind === 'ready') this.selected = this.initialSelection(request);
      // An error state, or nothing to choose from: either needs the user's attention.
      this.pendingFocus = this.view.kind !== 'ready' || request.installations.length === 0;
    } catch (error) {
      if (generation !== this.generation) return;
      this.view = { kind: 'failed', failure: classifyFailure(error) };
      this.pendingFocus = true;
    }
  }

  private get api(): ElementsClient {
    return this.client ?? (this.defaultClient ??= createClient(this.apiBase));
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

  private async decide(outcome: 'approve' | 'deny'): Promise<void> {
    const { view } = this;
    if (view.kind !== 'ready' || this.busy) return;
    const { request } = view;
    const installationId = this.selected;
    if (outcome === 'approve' && !installationId) {
      this.inlineError = this.s.chooseInstallation;
      this.pendingFocus = true;
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
      this.view = { kind: 'done', request, outcome: outcome === 'approve' ? 'approved' : 'denied', leaving };
      this.pendingFocus = true;
    } catch (error) {
      const failure = classifyFailure(error);
      if (failure === 'expired' || failure === 'decided' || failure === 'not_found') {
        this.view = { kind: 'failed', failure };
      } else {
        this.inlineError =
          failure === 'validation'
            ? this.s.chooseInstallation
            : failure === 'network'
              ? this.s.common.networkError
              : failure === 'unauthenticated'
                ? this.s.common.sessionExpired
                : this.s.common.serverError;
      }
      this.pendingFocus = true;
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
        return this.renderFailure(view.failure);
      case 'done': {
        const partner = view.request.group.name;
        const approved = view.outcome === 'approved';
        const message = view.leaving
          ? approved
            ? t.approvedRedirect(partner)
            : t.deniedRedirect(partner)
          : approved
            ? t.approved
            : t.denied;
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
        ${request
          ? html`<p class="subtitle">
              <span part="lookup-key" class="key">${this.s.common.lookupKey(request.group.lookup_key)}</span>
              ${introduced ? html`<span class="introduced">${this.s.introducedAs(introduced)}</span>` : nothing}
            </p>`
          : nothing}
      </div>
    </header>`;
  }

  private renderRequest(request: AccessRequestView): TemplateResult {
    const t = this.s;
    const partner = request.group.name;
    const permissions = GRANT_PERMISSIONS.filter((permission) => request.permissions.includes(permission));
    const busy = this.busy !== null;
    // Nothing to approve (no installation, or all already shared): Deny stays, so the partner
    // always gets an answer (`error=access_denied`) instead of waiting on a closed window.
    const empty = request.installations.length === 0;
    return html`${this.renderHeader(request)}
      <p class="intro">${t.intro(partner)}</p>
      <section class="permissions" aria-labelledby="permissions-heading">
        <h3 id="permissions-heading" class="section-title">${t.permissionsHeading(partner)}</h3>
        <ul part="permissions">
          ${(permissions.length ? permissions : GRANT_PERMISSIONS).map(
            (permission: GrantPermission) => html`<li>${check}<span>${t.permissions[permission]}</span></li>`,
          )}
        </ul>
        <p class="note">${t.scopeNote}</p>
      </section>
      ${empty
        ? html`<div part="status" class="status empty" role="alert" tabindex="-1" data-focus-target>
            <h3 class="section-title">${t.noInstallationsTitle}</h3>
            <p>${t.noInstallationsBody}</p>
          </div>`
        : nothing}
      <form class="form" novalidate @submit=${this.onSubmit}>
        ${empty
          ? nothing
          : html`<fieldset part="installations" class="installations" aria-describedby="decision-error">
              <legend class="section-title">${t.pickerLegend}</legend>
              ${request.installations.map(
                (installation, index) => html`<label part="installation" class="option">
                  <input
                    type="radio"
                    name="installation"
                    .value=${installation.id}
                    .checked=${this.selected === installation.id}
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
                </label>`,
              )}
            </fieldset>`}
        <div id="decision-error" class="live" aria-live="assertive">
          ${this.inlineError ? html`<p part="error" class="error">${this.inlineError}</p>` : nothing}
        </div>
        <div part="actions" class="actions">
          <button
            part="deny-button"
            class="button secondary"
            type="button"
            aria-disabled=${busy ? 'true' : 'false'}
            @click=${() => void this.decide('deny')}
          >
            ${this.busy === 'deny' ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}${t.deny}
          </button>
          ${empty
            ? nothing
            : html`<button part="approve-button" class="button primary" type="submit" aria-disabled=${busy ? 'true' : 'false'}>
                ${this.busy === 'approve' ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}${t.approve}
              </button>`}
        </div>
      </form>`;
  }

  private renderFailure(failure: Failure): TemplateResult {
    const t = this.s;
    const partner = this.partnerLabel();
    const [title, body, retry] = ((): [string, string, boolean] => {
      switch (failure) {
        case 'expired':
          return [t.expiredTitle, t.expiredBody(partner), false];
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
        : nothing}
    </div>`;
  }
}
