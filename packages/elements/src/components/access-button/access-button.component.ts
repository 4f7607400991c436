/**
 * @module
 * `<gk-access-button>`: the partner website's button that starts an access request.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { StartAccessRequestOptions } from '@grantkit/sdk';
import { GkElement } from '../../base/gk-element.js';
import { catalogue, type Catalogue } from '../../i18n/catalogue.js';
import type { AccessButtonStrings } from './i18n/en.js';
import { GkAccessResultEvent } from '../../events/gk-access-result.js';
import tokens from '../../styles/tokens.styles.js';
import styles from './access-button.styles.js';

type Status = 'idle' | 'opening' | 'waiting' | 'approved' | 'denied' | 'cancelled' | 'wentBack' | 'already_shared' | 'expired';

type FlowModule = typeof import('./access-button.flow.js');
let flowModule: FlowModule | undefined;
let flowLoading: Promise<FlowModule> | undefined;

/** Loads the SDK's flow once per page; every button starts it when it connects. */
function loadFlow(): Promise<FlowModule> {
  return (flowLoading ??= import('./access-button.flow.js').then((module) => (flowModule = module)));
}

type EmbeddedModule = typeof import('./access-button.embedded.js');
let embeddedModule: EmbeddedModule | undefined;
let embeddedLoading: Promise<EmbeddedModule> | undefined;

/** The embedded flow, only for buttons in embedded mode. */
function loadEmbedded(): Promise<EmbeddedModule> {
  return (embeddedLoading ??= import('./access-button.embedded.js').then((module) => (embeddedModule = module)));
}

type Strings = { readonly accessButton: AccessButtonStrings };

/** This element's strings, one lazy chunk per language. */
const strings: Catalogue<Strings> = catalogue({
  en: () => import('./i18n/en.js'),
  fr: () => import('./i18n/fr.js'),
  de: () => import('./i18n/de.js'),
  pt: () => import('./i18n/pt.js'),
  nb: () => import('./i18n/nb.js'),
});

/**
 * Sends the customer to the platform's access-request page for the partner group `lookup-key`,
 * with `state` and PKCE kept by the SDK for the return trip (`completeAccessRequest()` on the
 * return page). In `redirect` mode the page navigates; in `popup` mode the request opens in a
 * popup, in `embedded` mode in a modal dialog framing the platform's consent on this page (see
 * the README's threat model), and the outcome, checked (`state`, `iss`), arrives as a
 * `gk-access-result` event; to
 * get tokens the page passes an approval's `url` to `completeAccessRequest({ url })`, so the
 * code exchange is the page's code, not the button's. Configuration errors found by
 * the SDK's validation (a malformed lookup key, a non-https return URL…) are announced next to
 * the button.
 *
 * @summary Start an access request (redirect, popup or embedded).
 *
 * @slot - The button's label; defaults to a localised "Connect your installation" (or "Give
 *   {partner-name} access").
 *
 * @event {GkAccessResultEvent} gk-access-result - Popup and embedded modes: the outcome. Detail: the SDK's `PopupResult` (`{ status: 'approved', installation_id, lookup_key, grant_id, url }`, `{ status: 'denied' | 'already_shared' | 'cancelled' | 'expired', lookup_key, error, error_description? }` (the return trip's outcomes that shared nothing), `{ status: 'cancelled' }` (popup closed) or `{ status: 'redirected', url }`).
 *
 * @csspart base - The `<button>`.
 * @csspart label - The wrapper of the label slot.
 * @csspart status - The live region with progress, outcome and errors.
 *
 * @cssproperty [--gk-color-primary=#1d5bd6] - Button background.
 * @cssproperty [--gk-color-on-primary=#ffffff] - Button text.
 * @cssproperty [--gk-color-text-muted=#525d6b] - Status text.
 * @cssproperty [--gk-color-danger=#b42318] - Error text.
 * @cssproperty [--gk-color-danger-surface=#fef0ee] - Error background.
 * @cssproperty [--gk-color-success=#067647] - Approved status.
 * @cssproperty [--gk-color-focus=#1d5bd6] - Focus ring.
 * @cssproperty [--gk-radius-small=8px] - Button corner radius.
 * @cssproperty [--gk-font-family=system-ui] - Font stack.
 */
export class GkAccessButton extends GkElement<Strings> {
  static override styles = [tokens, styles];

  protected readonly i18n = strings;

  /** The platform's public URL (its issuer), e.g. `https://portal.example.com`. */
  @property() server = '';

  /** The partner group's lookup key, e.g. `TZBV`. */
  @property({ attribute: 'lookup-key' }) lookupKey = '';

  /** Installation to preselect on the consent page. */
  @property({ attribute: 'installation-id' }) installationId?: string;

  /** Where the platform sends the customer back; must be registered for the group. */
  @property({ attribute: 'return-url' }) returnUrl = '';

  /**
   * `redirect` (default): navigate to the platform. `popup`: open it in a popup. `embedded`: the
   * platform's consent in a dialog on this page (the group must register this site's origin);
   * where that cannot be done safely it continues in a popup.
   */
  @property({ reflect: true }) mode: 'redirect' | 'popup' | 'embedded' = 'redirect';

  /** The partner's name, shown on the platform before login and in the default label. */
  @property({ attribute: 'partner-name' }) partnerName?: string;

  /** Also list installations already shared with the group on the consent page. */
  @property({ attribute: 'show-existing', type: Boolean }) showExisting = false;

  /**
   * How the page leaves for the platform (redirect mode, and popup mode when the popup is
   * blocked); `location.assign` by default. Tests replace it.
   */
  @property({ attribute: false }) navigate: (url: string) => void = (url) => location.assign(url);

  @state() private status: Status = 'idle';
  @state() private error = '';
  /** Embedded mode gave way to the popup (this site may not frame the consent, or the browser cannot guard it). */
  @state() private fallback = false;

  override connectedCallback(): void {
    super.connectedCallback();
    // Preload, so that a click can open the popup at once (popup blockers want a fresh gesture).
    // The embedded flow carries its own popup fallback: an embedded button needs only it.
    void (this.mode === 'embedded' ? loadEmbedded() : loadFlow());
    window.addEventListener('pageshow', this.onPageShow);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('pageshow', this.onPageShow);
  }

  /** Back from the platform through the back/forward cache: the button must work again. */
  private readonly onPageShow = (event: PageTransitionEvent): void => {
    if (event.persisted) this.status = 'idle';
  };

  /** The options shared by both modes; the request's language is this element's. */
  private options(): StartAccessRequestOptions {
    return {
      serverUrl: this.server,
      lookupKey: this.lookupKey,
      returnUrl: this.returnUrl,
      locale: this.resolvedLocale,
      installationId: this.installationId || undefined,
      partnerName: this.partnerName || undefined,
      showExisting: this.showExisting || undefined,
    };
  }

  /** Starts the flow, as a click does. Popup mode must be called from a user gesture. */
  async start(): Promise<void> {
    if (this.status === 'opening' || this.status === 'waiting') return;
    this.error = '';
    this.fallback = false;
    this.status = 'opening';
    try {
      if (this.mode === 'popup' || this.mode === 'embedded') {
        // The SDK calls window.open before its first await, so with the module preloaded the
        // popup opens inside the click. Chromium keeps the gesture for a few seconds if the
        // module is still loading; a blocked popup falls back to a redirect in the SDK.
        const t = this.s.accessButton;
        const pending =
          this.mode === 'embedded'
            ? (embeddedModule ?? (await loadEmbedded())).openAccessRequestEmbedded({
                ...this.options(),
                navigate: this.navigate,
                title: t.dialogTitle,
                closeLabel: t.close,
                onFallback: () => (this.fallback = true),
              })
            : (flowModule ?? (await loadFlow())).openAccessRequestPopup({ ...this.options(), navigate: this.navigate });
        this.status = 'waiting';
        const result = await pending;
        // A `cancelled` with `error` came back from the consent page; without, the popup was closed.
        this.status = result.status === 'redirected' ? 'opening' : result.status === 'cancelled' && result.error ? 'wentBack' : result.status;
        this.emit(new GkAccessResultEvent(result));
      } else {
        // Stays "opening" while the browser leaves; `pageshow` resets it if the user comes back.
        const { startAccessRequest } = flowModule ?? (await loadFlow());
        await startAccessRequest({ ...this.options(), navigate: this.navigate });
      }
    } catch (error) {
      this.status = 'idle';
      this.error = this.describe(error);
    }
  }

  private describe(error: unknown): string {
    const code = (error as { code?: unknown } | null)?.code;
    if (error instanceof Error && typeof code === 'string' && code.startsWith('invalid_')) {
      return this.s.accessButton.invalid(error.message);
    }
    return this.s.accessButton.failed;
  }

  private statusText(): string {
    const t = this.s.accessButton;
    switch (this.status) {
      case 'opening':
        return t.opening;
      case 'waiting':
        return this.mode === 'embedded' && !this.fallback ? t.waitingHere : this.fallback ? `${t.fellBack} ${t.waiting}` : t.waiting;
      case 'approved':
        return t.approved;
      case 'denied':
        return t.denied;
      case 'cancelled':
        return t.cancelled;
      case 'wentBack':
        return t.wentBack;
      case 'already_shared':
        return t.alreadyShared;
      case 'expired':
        return t.expired;
      case 'idle':
        return '';
    }
  }

  protected override render(): TemplateResult {
    const t = this.s.accessButton;
    const busy = this.status === 'opening' || this.status === 'waiting';
    const partner = this.partnerName?.trim();
    const status = this.statusText();
    return html`<button
        part="base"
        class="button primary"
        type="button"
        lang=${this.resolvedLocale}
        aria-disabled=${busy ? 'true' : 'false'}
        aria-describedby="status"
        @click=${() => void this.start()}
      >
        ${busy ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}
        <span part="label"><slot>${partner ? t.labelFor(partner) : t.label}</slot></span>
      </button>
      <div id="status" part="status" class="status" role="status" lang=${this.resolvedLocale}>
        ${this.error ? html`<p class="error">${this.error}</p>` : status ? html`<p class="progress status-${this.status}">${status}</p>` : nothing}
      </div>`;
  }
}
