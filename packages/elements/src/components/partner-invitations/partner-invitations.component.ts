/**
 * @module
 * `<gk-partner-invitations>`: a partner's admin invites further members by email (only addresses
 * in the partner's registered domains) as Admin or Member, and sees the invitations sent.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { createPartnersClient, type Partner, type PartnerInvitation, type PartnerRole, type PartnersApi } from '@grantkit/sdk';
import { LoadingElement } from '../../base/loading-element.js';
import type { Catalogue } from '../../i18n/catalogue.js';
import { GkInvitationSentEvent } from '../../events/gk-invitation-sent.js';
import { formatDate } from '../../i18n/format.js';
import { classifyFailure } from '../../internal/failure.js';
import tokens from '../../styles/tokens.styles.js';
import stack from '../../styles/stack.styles.js';
import shared from '../invite-codes/invitations-shared.styles.js';
import tableStyles from '../invite-codes/table.styles.js';
import { domainList, emailDomain } from './email-domain.js';
import { partnerInvitationStrings, type PartnerInvitationStrings } from './i18n/index.js';
import styles from './partner-invitations.styles.js';
import { LoadMore, loadMoreStyles } from '../../internal/load-more.js';

/** The SDK client methods the element calls; any object with them works (tests, a full `createApiClient()`). */
export type PartnerInvitationsClient = Pick<PartnersApi, 'getPartner' | 'listPartnerInvitations' | 'invitePartnerMember'>;

/** What can be wrong with the email field. */
type FieldProblem = 'required' | 'invalid_email' | 'domain';
/** Why loading or sending failed: a message of the `errors` section, or `missing` (no `partner-id`). */
type Problem = Exclude<keyof PartnerInvitationStrings['errors'], FieldProblem> | 'missing';

/** The members of an SDK error read here (duck-typed: a page may hold two SDK copies). */
interface Coded {
  readonly code?: string;
  readonly errors?: readonly { readonly field: string }[];
  readonly cause?: { readonly allowed_domains?: readonly string[] };
}

const ROLES: readonly PartnerRole[] = ['admin', 'member'];

/**
 * The partner admin's invitation screen: the partner's name and registered email domains, a form
 * (email, Admin or Member, Send invitation) and the invitations sent, newest first, with their
 * status and dates. The address is checked before any request (format, then domain), the server's
 * `email_domain_not_allowed` lands on the same field, and every refusal is explained: not an admin
 * (403), session ended, no connection (with Try again).
 *
 * @summary Invite a partner's members by email and list the invitations.
 *
 * @event {GkInvitationSentEvent} gk-invitation-sent - An invitation was emailed. Detail: the `PartnerInvitation`.
 *
 * @csspart base - The card.
 * @csspart title - The heading (the partner's name).
 * @csspart domains - The allowed domains.
 * @csspart form - The invitation form.
 * @csspart email-input - The email field.
 * @csspart roles - The Admin / Member radio group.
 * @csspart submit - The Send invitation button.
 * @csspart status - The polite live region with the result of the last invitation.
 * @csspart error - Alerts (loading failed, sending refused).
 * @csspart load-more - The "Load more" footer while more invitations exist.
 * @csspart retry-button - Try again after a failed load.
 * @csspart table - The invitations table.
 * @csspart badge - An invitation's status.
 *
 * @cssproperty [--gk-color-primary=#1d5bd6] - The primary button and the radios.
 * @cssproperty [--gk-color-danger=#b42318] - Errors, expired and revoked invitations.
 * @cssproperty [--gk-color-success=#067647] - Accepted invitations and the result.
 * @cssproperty [--gk-color-surface=#ffffff] - Card background.
 * @cssproperty [--gk-color-border=#d3d9e1] - Borders and table rules.
 * @cssproperty [--gk-radius=12px] - Card corner radius.
 * @cssproperty [--gk-max-width=48rem] - Width of the card.
 */
export class GkPartnerInvitations extends LoadingElement<PartnerInvitationStrings> {
  static override styles = [tokens, shared, tableStyles, styles, stack, loadMoreStyles];

  /** The partner (its group id); the user must be one of its admins. */
  @property({ attribute: 'partner-id' }) partnerId = '';
  /** The platform's URL when the element runs on another origin; the page's origin by default. */
  @property() server?: string;
  /** The same as `server`, under the name the other management elements use. */
  @property({ attribute: 'api-base' }) apiBase?: string;
  /** The API client; by default the SDK's `createPartnersClient` with the session cookie. */
  @property({ attribute: false }) client?: PartnerInvitationsClient;

  @state() private loading = true;
  @state() private loadError: Problem | '' = '';
  @state() private partner?: Partner;
  @state() private invitations: PartnerInvitation[] = [];
  /** Invitations come a page at a time: "Load more" appends the next. */
  private readonly paging = new LoadMore<PartnerInvitation>(this, (cursor) => this.api.listPartnerInvitations(this.partnerId, { cursor }), (items) => (this.invitations = [...this.invitations, ...items]));
  @state() private email = '';
  @state() private inviteRole: PartnerRole = 'member';
  @state() private fieldError: FieldProblem | '' = '';
  /** The domains named in the field error (the server's list when it sent one). */
  @state() private allowed: readonly string[] = [];
  @state() private formError: Problem | '' = '';
  @state() private busy = false;
  @state() private sent?: PartnerInvitation;

  protected readonly i18n: Catalogue<PartnerInvitationStrings> = partnerInvitationStrings;
  private get api(): PartnerInvitationsClient {
    return this.client ?? this.defaultClient(this.server || this.apiBase, (baseUrl) => createPartnersClient({ baseUrl }));
  }

  protected loadKey(): readonly unknown[] {
    return [this.partnerId, this.client, this.server, this.apiBase];
  }

  /** Reloads the partner (name, domains) and its invitations. */
  async load(): Promise<void> {
    this.loadError = '';
    if (!this.partnerId) {
      this.loading = false;
      this.loadError = 'missing';
      return;
    }
    this.loading = true;
    try {
      const [partner, list] = await Promise.all([this.api.getPartner(this.partnerId), this.api.listPartnerInvitations(this.partnerId)]);
      this.partner = partner;
      this.invitations = this.paging.first(list);
    } catch (error) {
      this.partner = undefined;
      this.loadError = this.problem(error);
    } finally {
      this.loading = false;
    }
  }

  /** Try again after a failed load; focus then goes to the partner's heading, or to the new error. */
  private async retry(): Promise<void> {
    await this.load();
    this.focusSelector = this.loadError ? '#form-error' : '#title';
    this.requestUpdate();
  }

  /** Which message explains a failed call. */
  private problem(error: unknown): Problem {
    const code = (error as Coded | null)?.code;
    if (code === 'not_group_admin') return code;
    const failure = classifyFailure(error);
    return failure === 'network' || failure === 'unauthenticated' || failure === 'not_found' ? failure : 'server';
  }

  private invalid(problem: FieldProblem, allowed: readonly string[] = this.partner?.domains ?? []): void {
    this.fieldError = problem;
    this.allowed = allowed;
    this.focusSelector = '#email';
  }

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    const partner = this.partner;
    if (this.busy || !partner) return;
    this.formError = '';
    this.sent = undefined;
    const email = this.email.trim();
    const domain = emailDomain(email);
    // Checked here first, so an address the server would refuse is never sent.
    if (!email || !domain) return this.invalid(email ? 'invalid_email' : 'required');
    if (!partner.domains.includes(domain)) return this.invalid('domain');
    this.fieldError = '';
    this.busy = true;
    try {
      const invitation = await this.api.invitePartnerMember(partner.id, { email, role: this.inviteRole });
      this.invitations = [invitation, ...this.invitations.filter((i) => i.id !== invitation.id)];
      this.sent = invitation;
      this.email = '';
      this.inviteRole = 'member';
      this.focusSelector = '#result';
      this.emit(new GkInvitationSentEvent(invitation));
    } catch (error) {
      const e = (error ?? {}) as Coded;
      if (e.code === 'email_domain_not_allowed') this.invalid('domain', e.cause?.allowed_domains ?? partner.domains);
      else if (e.code === 'validation_failed' && e.errors?.some((f) => f.field === 'email')) this.invalid('invalid_email');
      else {
        this.formError = this.problem(error);
        this.focusSelector = '#form-error';
      }
    } finally {
      this.busy = false;
    }
  }

  private message(problem: Problem): string {
    return problem === 'missing' ? this.s.missingPartner : this.s.errors[problem];
  }

  private date(iso: string): string {
    return formatDate(this.resolvedLocale, iso);
  }

  private renderForm(partner: Partner): TemplateResult {
    const s = this.s;
    const field = this.fieldError;
    return html`<p part="domains" id="domains" class="hint">${s.domains(domainList(this.resolvedLocale, partner.domains))}</p>
<form part="form" novalidate aria-labelledby="title" aria-busy=${this.busy} @submit=${this.submit}>
<div class="field"><label for="email">${s.email}</label>
<input id="email" part="email-input" name="email" type="email" autocomplete="off" spellcheck="false" .value=${this.email}
aria-invalid=${field ? 'true' : 'false'} aria-describedby="email-error domains"
@input=${(e: Event) => ((this.email = (e.target as HTMLInputElement).value), (this.fieldError = ''))} />
<span id="email-error" class="field-error" aria-live="polite">${field === 'domain' ? s.errors.domain(domainList(this.resolvedLocale, this.allowed)) : field ? s.errors[field] : ''}</span></div>
<fieldset part="roles" class="roles"><legend>${s.role}</legend>
${ROLES.map((role) => html`<label class="check"><input type="radio" name="role" value=${role} .checked=${this.inviteRole === role}
@change=${() => (this.inviteRole = role)} /><span><strong>${s[role]}</strong> — ${s.hint[role]}</span></label>`)}</fieldset>
<div class="actions"><button type="submit" part="submit" class="button primary" aria-disabled=${this.busy ? 'true' : 'false'}>
${this.busy ? html`<span class="spinner" aria-hidden="true"></span>${s.sending}` : s.send}</button></div></form>`;
  }

  private renderList(): TemplateResult {
    const s = this.s;
    return html`<div class="block"><h3 id="list-title">${s.listTitle}</h3>
${this.invitations.length
  ? html`<div class="table-wrap" role="region" aria-labelledby="list-title" tabindex="0"><table part="table" aria-labelledby="list-title"><thead><tr>
${[s.col.email, s.col.role, s.col.status, s.col.sent, s.col.expires].map((c) => html`<th scope="col">${c}</th>`)}</tr></thead>
<tbody>${this.invitations.map((i) => html`<tr data-id=${i.id}><th scope="row">${i.email}</th><td data-label=${s.col.role}>${s[i.role]}</td>
<td data-label=${s.col.status}><span part="badge" class="badge ${i.status}">${s.status[i.status]}</span></td><td data-label=${s.col.sent}>${this.date(i.created_at)}</td><td data-label=${s.col.expires}>${this.date(i.expires_at)}</td></tr>`)}
</tbody></table></div>${this.paging.render()}`
  : html`<p class="hint">${s.empty}</p>`}</div>`;
  }

  override render() {
    const s = this.s;
    const partner = this.partner;
    const error = this.loadError || this.formError;
    return html`<section part="base" class="card" lang=${this.resolvedLocale} aria-labelledby="title" aria-busy=${this.loading}>
<h2 id="title" part="title" tabindex="-1">${partner ? s.title(partner.name) : s.heading}</h2>
<div part="status" role="status" aria-live="polite">${this.sent
  ? html`<p id="result" class="ok" tabindex="-1">${s.sent(this.sent.email, this.date(this.sent.expires_at))}</p>` : nothing}</div>
<div id="form-error" part="error" role="alert" tabindex="-1">${error ? html`<p class="error">${this.message(error)}</p>` : nothing}</div>
${this.loading
  ? html`<p class="hint" role="status"><span class="spinner" aria-hidden="true"></span> ${s.loading}</p>`
  : this.loadError === 'network' || this.loadError === 'server'
    ? html`<div><button type="button" part="retry-button" class="button secondary" @click=${this.retry}>${s.retry}</button></div>`
    : partner
      ? html`<p class="hint">${s.intro}</p>${this.renderForm(partner)}${this.renderList()}`
      : nothing}</section>`;
  }
}
