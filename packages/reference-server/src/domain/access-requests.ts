/**
 * @module domain/access-requests
 * The access request's life: opened from the partner's link (pending, short TTL), shown on the
 * consent page, then approved (one grant per group × installation, an audit trail, optionally a
 * PKCE-bound authorization code), denied, or cancelled (the person went back to the partner,
 * e.g. because everything was already shared). Deciding is one conditional UPDATE in the store, so
 * two tabs or two server instances can never both decide one request.
 *
 * Every ending has a way back to the partner (its registered return URL with the outcome), or a
 * receipt without one: an expired request answers 410 with the way back (`error=expired`), and
 * reopening a request already answered (Back, or a reload of the link: same user, group,
 * `state` and return URL) finds that answer instead of opening a new request.
 */
import { isUuid } from '@grantkit/sdk/rules';
import { ConflictError, DomainError, NotFoundError, invalid } from '../errors.js';
import { randomToken, sha256 } from '../security/random.js';
import type { AccessRequest } from './model/access-request.js';
import type { Grant } from './model/grant.js';
import type { Group } from './model/group.js';
import type { Installation } from './model/installation.js';
import type { CancelReason } from './model/access-request.js';
import type { Page, PageRequest } from './model/page.js';
import type { Store } from './model/store.js';
import type { User } from './model/user.js';
import { parseAccessRequestParams, type AccessRequestParams } from './access-request-params.js';
import { DEFAULT_LOCALE, normaliseLocale, type Locale } from './locales.js';
import { parseLookupKey } from './lookup-keys.js';
import { holdsAll, normalisePermissions, type GrantPermission } from './permissions.js';
import { signedReturnUrl, type ReturnSigner } from './return-urls.js';
import { recordEvent } from './events.js';
import { mayOnInstallation } from './access-policy.js';
import { checkPreselection, consentInstallationPage, type ConsentInstallation } from './consent-installations.js';

export type { ConsentInstallation };

/** What the rules need besides the store. */
export interface AccessRequestContext {
  readonly store: Store;
  readonly now: Date;
  /** The issuer: `iss` on the return trip (RFC 9207) and the base of the receipt page. */
  readonly issuer: string;
  /** Signs the outcome of every return to the partner (`response`, JARM §2.1). */
  readonly signReturn: ReturnSigner;
  readonly ttlMinutes: number;
  readonly codeTtlSeconds: number;
}

/**
 * 410: the request expired before anyone decided. `redirectUrl` is the way back to the partner
 * (its return URL with `error=expired`; the `redirect_url` extension member, RFC 9457 §3.2), or
 * null when the request has none; `partner` names the group for the page's "Back to {partner}".
 */
export class AccessRequestExpiredError extends DomainError {
  constructor(
    readonly redirectUrl: string | null = null,
    readonly partner: string | null = null,
  ) {
    super(
      'access_request_expired',
      410,
      redirectUrl ? 'This access request has expired. Go back to the partner to start again.' : 'This access request has expired. Ask the partner for a new link.',
      redirectUrl ? { redirect_url: redirectUrl } : {},
    );
  }
}

export class AccessRequestDecidedError extends ConflictError {
  constructor(status: string) {
    super('access_request_decided', `This access request was already ${status}.`, { request_status: status });
  }
}

/** Resolves the group named in the URL; an unknown or malformed key is a 404. */
export async function findRequestingGroup(store: Store, rawLookupKey: string): Promise<Group> {
  const key = parseLookupKey(rawLookupKey);
  const group = key ? await store.groups.findByLookupKey(key) : undefined;
  if (!group) throw new DomainError('not_found', 404, `No partner has the lookup key "${rawLookupKey.slice(0, 16)}".`);
  return group;
}

/**
 * Checks the URL's parameters against the group (404 unknown key, 400 bad parameter); stores
 * nothing. `framers`: the origins that may frame the page this URL opens (the group's embedding
 * origins for `display=embedded`, none otherwise).
 */
export async function checkAccessRequestUrl(
  store: Store,
  rawLookupKey: string,
  query: URLSearchParams,
): Promise<{ group: Group; params: AccessRequestParams; framers: readonly string[] }> {
  const group = await findRequestingGroup(store, rawLookupKey);
  const [registeredReturnUrls, embeddingOrigins] = await Promise.all([store.groups.listReturnUrls(group.id), store.groups.listEmbeddingOrigins(group.id)]);
  const params = parseAccessRequestParams(query, { registeredReturnUrls, embeddable: embeddingOrigins.length > 0 });
  return { group, params, framers: params.display === 'embedded' ? embeddingOrigins : [] };
}

/** Stores a pending request for the logged-in user. */
export async function openAccessRequest(
  ctx: AccessRequestContext,
  { group, params, user, locale }: { group: Group; params: AccessRequestParams; user: User; locale: Locale },
): Promise<AccessRequest> {
  return ctx.store.accessRequests.create({
    groupId: group.id,
    userId: user.id,
    preselectedInstallationId: params.installationId,
    locale,
    returnUrl: params.returnUrl,
    partnerName: params.partnerName,
    showExisting: params.showExisting,
    state: params.state,
    codeChallenge: params.codeChallenge,
    display: params.display,
    permissions: params.permissions ?? normalisePermissions(group.defaultPermissions),
    createdAt: ctx.now,
    expiresAt: new Date(ctx.now.getTime() + ctx.ttlMinutes * 60_000),
  });
}

/** The origins that may frame a stored request's pages: its group's embedding origins when it was opened embedded. */
export async function requestFramers(store: Store, request: AccessRequest): Promise<readonly string[]> {
  return request.display === 'embedded' ? store.groups.listEmbeddingOrigins(request.groupId) : [];
}

/** What reading a request needs: the store, the clock, and the issuer for the way back. */
export type RequestReader = Pick<AccessRequestContext, 'store' | 'now' | 'issuer' | 'signReturn'>;

/** What building the way back needs: the issuer (`iss`, RFC 9207) and the signer (`response`). */
type ReturnContext = Pick<AccessRequestContext, 'issuer' | 'signReturn'>;

/**
 * The request if it is this user's (else 404), still pending (else 409) and not expired (else
 * 410 with the way back to the partner, see expiredReturn).
 */
export async function loadPendingRequest({ store, now, issuer, signReturn }: RequestReader, id: string, userId: string): Promise<AccessRequest> {
  const request = isUuid(id) ? await store.accessRequests.findById(id) : undefined;
  if (!request || request.userId !== userId) throw new NotFoundError('access request', 'access_request_not_found');
  if (request.status !== 'pending') throw new AccessRequestDecidedError(request.status);
  if (request.expiresAt.getTime() <= now.getTime()) {
    const group = await store.groups.findById(request.groupId);
    throw new AccessRequestExpiredError(group ? await expiredReturn({ store, issuer, signReturn }, request, group) : null, group?.name ?? null);
  }
  return request;
}

/**
 * What the consent card has to say before anyone chooses (GitHub's "already installed" case):
 * - `choose`: installations to choose from;
 * - `preselected_shared`: the installation the link named is already shared with this partner;
 * - `preselected_unknown`: the link named an installation that is not this person's (or none);
 * - `all_shared`: every installation this person may share is already shared with this partner;
 * - `no_installations`: this person owns or administers no installation.
 * In every case but `choose` the card offers the way back to the partner (cancelAccessRequest).
 */
export type ConsentSituation = 'choose' | 'preselected_shared' | 'preselected_unknown' | 'all_shared' | 'no_installations';

export interface ConsentView {
  readonly request: AccessRequest;
  readonly group: Group;
  readonly locale: Locale;
  readonly permissions: readonly GrantPermission[];
  /** The first page of installations offered (see consentInstallationPage), the preselected one first. */
  readonly installations: Page<ConsentInstallation>;
  /** The preselected installation when it is offered. */
  readonly preselectedInstallationId: string | null;
  /** The installation the link named, when it is this person's (so the card can name it). */
  readonly namedInstallation: Installation | null;
  readonly situation: ConsentSituation;
}

/** How many installations the consent card shows before "Show more". */
export const CONSENT_FIRST_PAGE = 20;

/** The request and its group, for its own user while pending (404/409/410 otherwise). */
async function loadConsentSubject(reader: RequestReader, id: string, userId: string): Promise<{ request: AccessRequest; group: Group }> {
  const { store } = reader;
  const request = await loadPendingRequest(reader, id, userId);
  const group = await store.groups.findById(request.groupId);
  if (!group || group.deactivatedAt) throw new NotFoundError('access request', 'access_request_not_found');
  return { request, group };
}

/** Everything the consent page and `<gk-consent>` show. */
export async function consentView(reader: RequestReader, id: string, userId: string): Promise<ConsentView> {
  const { store } = reader;
  const { request, group } = await loadConsentSubject(reader, id, userId);
  const preselection = await checkPreselection(store, request, userId);
  const installations = await consentInstallationPage(store, { request, userId, preselection, page: { limit: CONSENT_FIRST_PAGE } });
  const situation: ConsentSituation =
    preselection.kind === 'shared'
      ? 'preselected_shared'
      : preselection.kind === 'unknown'
        ? 'preselected_unknown'
        : installations.items.length > 0
          ? 'choose'
          : (await store.installations.hasManageable(userId))
            ? 'all_shared'
            : 'no_installations';
  return {
    request,
    group,
    locale: normaliseLocale(request.locale) ?? DEFAULT_LOCALE,
    permissions: normalisePermissions(request.permissions),
    installations,
    preselectedInstallationId: preselection.kind === 'offered' ? preselection.installation.id : null,
    namedInstallation: preselection.kind === 'offered' || preselection.kind === 'shared' ? preselection.installation : null,
    situation,
  };
}

/** `GET /api/access-requests/:id/installations`: a further page, or a search, for the request's own user. */
export async function consentInstallations(
  reader: RequestReader,
  { id, userId, search, page }: { id: string; userId: string; search?: string | undefined; page: PageRequest },
): Promise<Page<ConsentInstallation>> {
  const { store } = reader;
  const { request } = await loadConsentSubject(reader, id, userId);
  const preselection = await checkPreselection(store, request, userId);
  return consentInstallationPage(store, { request, userId, preselection, search: search?.trim() || undefined, page });
}

/** Says why a conditional decide matched nothing. */
async function explainUndecided(reader: RequestReader, id: string, userId: string): Promise<never> {
  await loadPendingRequest(reader, id, userId);
  // Pending and not expired on re-read: it was decided between our two reads.
  throw new AccessRequestDecidedError('decided');
}

export interface Decision {
  readonly request: AccessRequest;
  /** Where the browser goes next: the return URL with the return-trip parameters, or the receipt page. */
  readonly redirectUrl: string;
}

export interface Approval extends Decision {
  readonly grant: Grant;
  readonly grantCreated: boolean;
  /** The authorization code in clear (only in the redirect URL; never stored or logged). */
  readonly code: string | null;
}

function receiptUrl(issuer: string, requestId: string): string {
  return `${issuer}/access/receipt/${requestId}`;
}

/** The page an embedded request ends on: it hands the return-trip parameters to the frame's parent. */
export const EMBEDDED_RETURN_PATH = '/access/embedded-return';
const embeddedReturnUrl = (issuer: string): string => `${issuer}${EMBEDDED_RETURN_PATH}`;

/**
 * Approves: claims the request (one conditional UPDATE), creates the group's grant on the
 * installation with what the request asks, or widens the existing one to the union (asking for
 * less than it holds changes nothing), records `grant.created` (when new) or `grant.updated`
 * (`widened`, when it grew) and `access_request.approved`, and issues
 * a code when the request carried a PKCE challenge and a return URL. One transaction: a failure
 * anywhere leaves the request pending and nothing stored.
 */
export async function approveAccessRequest(
  ctx: AccessRequestContext,
  { id, user, installationId }: { id: string; user: User; installationId: string },
): Promise<Approval> {
  return ctx.store.transaction(async (store) => {
    const reader = { ...ctx, store };
    const pending = await loadPendingRequest(reader, id, user.id);
    const chosen = installationId.trim().toLowerCase();
    if (!(await mayOnInstallation(store, { kind: 'user', user }, chosen, 'manage'))) {
      throw invalid('installation_id', 'not_allowed', 'Choose one of the installations you own or administer.');
    }
    const decided =
      (await store.accessRequests.decide({ id: pending.id, userId: user.id, status: 'approved', installationId: chosen, now: ctx.now })) ??
      (await explainUndecided(reader, id, user.id));
    const group = (await store.groups.findById(decided.groupId))!;
    const asked = normalisePermissions(decided.permissions);
    const { grant: held, created } = await store.grants.upsertActive({ groupId: group.id, installationId: chosen, permissions: asked, createdBy: user.id });
    const audit = { at: ctx.now, actorUserId: user.id, actorLabel: user.name, groupId: group.id, installationId: chosen };
    let grant = held;
    if (created) {
      await recordEvent(store, { ...audit, type: 'grant.created', subjectId: grant.id, data: { grant_id: grant.id, permissions: grant.permissions, access_request_id: decided.id } });
    } else if (!holdsAll(held.permissions, asked)) {
      // One grant per group and installation: approving more widens it to the union; asking for less changes nothing.
      const widened = normalisePermissions([...held.permissions, ...asked]);
      grant = (await store.grants.setPermissions(held.id, widened))!;
      await recordEvent(store, {
        ...audit,
        type: 'grant.updated',
        subjectId: grant.id,
        data: { grant_id: grant.id, previous_permissions: normalisePermissions(held.permissions), permissions: widened, how: 'widened', access_request_id: decided.id },
      });
    }
    await store.accessRequests.setGrant(decided.id, grant.id);
    await recordEvent(store, { ...audit, type: 'access_request.approved', subjectId: decided.id, data: { grant_id: grant.id, access_request_id: decided.id } });

    let code: string | null = null;
    if (decided.codeChallenge && decided.returnUrl) {
      code = randomToken();
      await store.accessRequests.createAuthorizationCode({
        codeHash: sha256(code),
        accessRequestId: decided.id,
        grantId: grant.id,
        clientId: group.lookupKey,
        redirectUri: decided.returnUrl,
        codeChallenge: decided.codeChallenge,
        createdAt: ctx.now,
        expiresAt: new Date(ctx.now.getTime() + ctx.codeTtlSeconds * 1000),
      });
    }
    const approved = { ...decided, grantId: grant.id };
    const redirectUrl = (await approvedReturn(ctx, approved, group, code)) ?? receiptUrl(ctx.issuer, decided.id);
    return { request: approved, grant, grantCreated: created, code, redirectUrl };
  });
}

/** Denies: claims the request, records `access_request.denied`, and says where to go. */
export async function denyAccessRequest(ctx: AccessRequestContext, { id, user }: { id: string; user: User }): Promise<Decision> {
  return ctx.store.transaction(async (store) => {
    const reader = { ...ctx, store };
    await loadPendingRequest(reader, id, user.id);
    const decided =
      (await store.accessRequests.decide({ id, userId: user.id, status: 'denied', installationId: null, now: ctx.now })) ??
      (await explainUndecided(reader, id, user.id));
    const group = (await store.groups.findById(decided.groupId))!;
    await recordEvent(store, {
      at: ctx.now,
      actorUserId: user.id,
      actorLabel: user.name,
      type: 'access_request.denied',
      groupId: group.id,
      subjectId: decided.id,
      data: { access_request_id: decided.id },
    });
    return { request: decided, redirectUrl: await unsuccessfulReturn(ctx, decided, group, 'access_denied') };
  });
}

/** Whether the outcome goes back to the partner (a return URL, or the frame's parent) rather than to the receipt page. */
const returnsToPartner = (request: AccessRequest): boolean => request.returnUrl !== null || request.display === 'embedded';

/**
 * Where the return-trip parameters go: the partner's return URL, or for an embedded request the
 * platform's embedded-return page, which posts the same parameters to the frame's parent
 * (http/routes/embedded-return.ts): a framed page must not navigate itself to the partner.
 */
function returnDestination(ctx: ReturnContext, request: AccessRequest, group: Group, params: Readonly<Record<string, string | null | undefined>>): Promise<string> {
  // Signed either way (`response`, JARM §2.1): the embedded-return page relays it with the rest.
  return signedReturnUrl(ctx.signReturn, request.display === 'embedded' ? embeddedReturnUrl(ctx.issuer) : request.returnUrl!, group.lookupKey, params);
}

/**
 * The return trip of an approval: the partner's return URL with `success=true`, the
 * installation, `lookup_key`, the grant, `state` and `iss` (RFC 9207), and the code when one
 * was issued; null when the request has no return URL (or lost its grant since).
 */
async function approvedReturn(ctx: ReturnContext, request: AccessRequest, group: Group, code: string | null): Promise<string | null> {
  if (!request.installationId || !request.grantId || !returnsToPartner(request)) return null;
  return returnDestination(ctx, request, group, {
    success: 'true',
    installation_id: request.installationId,
    lookup_key: group.lookupKey,
    grant_id: request.grantId,
    state: request.state,
    iss: ctx.issuer,
    code,
  });
}

/**
 * The return trip of a request that ends without a grant: the partner's return URL with
 * `success=false`, the error, `lookup_key`, `state` and `iss` (RFC 9207), or the receipt page
 * when the request has no return URL.
 */
async function unsuccessfulReturn(
  ctx: ReturnContext,
  request: AccessRequest,
  group: Group,
  error: 'access_denied' | CancelReason | 'expired',
  installationId: string | null = null,
): Promise<string> {
  return returnsToPartner(request)
    ? returnDestination(ctx, request, group, {
        success: 'false',
        error,
        installation_id: installationId,
        lookup_key: group.lookupKey,
        state: request.state,
        iss: ctx.issuer,
      })
    : receiptUrl(ctx.issuer, request.id);
}

/**
 * An expired request's way back: its return URL with `error=expired`, only while the group
 * still registers that URL (it was checked when the request was opened; the partner may have
 * removed it since, and an unregistered URL is never a redirect target, RFC 9700 §4.1.3) and
 * the partner is active. Null otherwise: the page says what happened instead.
 */
async function expiredReturn(ctx: Pick<AccessRequestContext, 'store' | 'issuer' | 'signReturn'>, request: AccessRequest, group: Group): Promise<string | null> {
  if (group.deactivatedAt) return null;
  if (request.display === 'embedded') return (await ctx.store.groups.listEmbeddingOrigins(group.id)).length ? unsuccessfulReturn(ctx, request, group, 'expired') : null;
  if (!request.returnUrl || !(await ctx.store.groups.listReturnUrls(group.id)).includes(request.returnUrl)) return null;
  return unsuccessfulReturn(ctx, request, group, 'expired');
}

/** A cancelled request's way back: `installation_id` names the preselected installation when it was already shared. */
function cancelledReturn(ctx: ReturnContext, request: AccessRequest, group: Group): Promise<string> {
  const reason = request.cancelReason ?? 'cancelled';
  return unsuccessfulReturn(ctx, request, group, reason, reason === 'already_shared' ? request.preselectedInstallationId : null);
}

/**
 * "Back to the partner": ends a pending request without a decision (everything offered was
 * already shared, or the request did not fit), records `access_request.cancelled`, and says
 * where to go. Idempotent: cancelling a cancelled request answers the same way again and
 * records nothing more (a double click, or a retry after a lost answer).
 */
export async function cancelAccessRequest(
  ctx: AccessRequestContext,
  { id, user, reason }: { id: string; user: User; reason: CancelReason },
): Promise<Decision> {
  return ctx.store.transaction(async (store) => {
    const reader = { ...ctx, store };
    const again = await cancelledBefore(store, id, user.id);
    if (again) return again;
    await loadPendingRequest(reader, id, user.id);
    const decided = await store.accessRequests.decide({ id, userId: user.id, status: 'cancelled', installationId: null, cancelReason: reason, now: ctx.now });
    if (!decided) return (await cancelledBefore(store, id, user.id)) ?? (await explainUndecided(reader, id, user.id));
    const group = (await store.groups.findById(decided.groupId))!;
    await recordEvent(store, {
      at: ctx.now,
      actorUserId: user.id,
      actorLabel: user.name,
      type: 'access_request.cancelled',
      groupId: group.id,
      subjectId: decided.id,
      data: { access_request_id: decided.id, reason },
    });
    return { request: decided, redirectUrl: await cancelledReturn(ctx, decided, group) };

    async function cancelledBefore(s: Store, requestId: string, userId: string): Promise<Decision | undefined> {
      const request = isUuid(requestId) ? await s.accessRequests.findById(requestId) : undefined;
      if (!request || request.userId !== userId || request.status !== 'cancelled') return undefined;
      const group = (await s.groups.findById(request.groupId))!;
      return { request, redirectUrl: await cancelledReturn(ctx, request, group) };
    }
  });
}

/** A decided request for its receipt page (the request's own user only). */
export async function decidedRequest(store: Store, id: string, userId: string): Promise<{ request: AccessRequest; group: Group; installation: Installation | null }> {
  const request = isUuid(id) ? await store.accessRequests.findById(id) : undefined;
  if (!request || request.userId !== userId || request.status === 'pending') throw new NotFoundError('access request', 'access_request_not_found');
  const group = (await store.groups.findById(request.groupId))!;
  const installation = request.installationId ? ((await store.installations.findById(request.installationId)) ?? null) : null;
  return { request, group, installation };
}

/** A request this user answered before, found again by findAnsweredRequest. */
export interface AnsweredRequest {
  /** Approved or denied. */
  readonly request: AccessRequest;
  readonly group: Group;
  /** The installation shared, when approved (and it still exists). */
  readonly installation: Installation | null;
  /** The way back to the partner with the same outcome, or null when the request has no return URL. */
  readonly backUrl: string | null;
}

/**
 * The request this user already answered for the same link: same group, same `state` (the
 * partner's transaction, RFC 6749 §10.12) and same return URL, approved or denied. Reopening it
 * (Back after deciding, or reloading the link) shows that answer: never the card again, never a
 * second approval. Without a `state` two visits cannot be told apart, so each opens a request.
 * The way back repeats the outcome without a code (it was issued once, for the first return),
 * which the SDK takes for the same return again (`repeated`), not a new one.
 */
export async function findAnsweredRequest(
  ctx: Pick<AccessRequestContext, 'store' | 'issuer' | 'signReturn'>,
  { group, params, user }: { group: Group; params: AccessRequestParams; user: User },
): Promise<AnsweredRequest | undefined> {
  if (!params.state) return undefined;
  const request = await ctx.store.accessRequests.findAnswered({ userId: user.id, groupId: group.id, state: params.state, returnUrl: params.returnUrl });
  if (!request) return undefined;
  const installation = request.installationId ? ((await ctx.store.installations.findById(request.installationId)) ?? null) : null;
  const backUrl =
    request.status === 'approved'
      ? await approvedReturn(ctx, request, group, null)
      : request.returnUrl
        ? await unsuccessfulReturn(ctx, request, group, 'access_denied')
        : null;
  return { request, group, installation, backUrl };
}
