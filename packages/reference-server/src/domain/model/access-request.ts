/**
 * @module domain/model/access-request
 * Entity types and the storage port (implemented by storage/access-request-store.ts) of this part of the domain.
 */

/** `page` (a top-level window, the default), `popup`, or `embedded` (framed by a registered origin). */
export const DISPLAYS = ['page', 'popup', 'embedded'] as const;
export type Display = (typeof DISPLAYS)[number];

export type AccessRequestStatus = 'pending' | 'approved' | 'denied' | 'cancelled';

/**
 * Why the person went back to the partner without deciding: everything offered was already
 * shared with it, or the request did not fit (say, it named an installation that is not theirs).
 */
export type CancelReason = 'already_shared' | 'cancelled';

export interface AccessRequest {
  readonly id: string;
  readonly groupId: string;
  /** The user who opened the request URL; only they may see and decide it. */
  readonly userId: string;
  readonly preselectedInstallationId: string | null;
  readonly locale: string;
  readonly returnUrl: string | null;
  readonly partnerName: string | null;
  readonly showExisting: boolean;
  readonly state: string | null;
  readonly codeChallenge: string | null;
  /** How the request was opened: an `embedded` one returns by postMessage to its frame's parent. */
  readonly display: Display;
  readonly status: AccessRequestStatus;
  readonly createdAt: Date;
  readonly expiresAt: Date;
  readonly decidedAt: Date | null;
  /** The installation chosen on approval. */
  readonly installationId: string | null;
  readonly grantId: string | null;
  /** Set when the status is `cancelled`. */
  readonly cancelReason: CancelReason | null;
}

export type NewAccessRequest = Pick<
  AccessRequest,
  'groupId' | 'userId' | 'preselectedInstallationId' | 'locale' | 'returnUrl' | 'partnerName' | 'showExisting' | 'state' | 'codeChallenge' | 'expiresAt'
> & { id?: string; createdAt: Date; display?: Display };

/** An authorization code as stored: the hash only, bound to its request, grant, client, redirect and challenge. */
export interface AuthorizationCode {
  readonly codeHash: string;
  readonly accessRequestId: string;
  readonly grantId: string;
  /** The group's lookup key (RFC 6749 client_id). */
  readonly clientId: string;
  /** The return URL the code was sent to (RFC 6749 §4.1.3 redirect_uri). */
  readonly redirectUri: string;
  /** PKCE S256 challenge (RFC 7636 §4.6 compares the verifier against it). */
  readonly codeChallenge: string;
  readonly createdAt: Date;
  readonly expiresAt: Date;
  readonly usedAt: Date | null;
}

export interface ConsumedAuthorizationCode extends AuthorizationCode {
  /**
   * True when the code had been used before this call: a replay. RFC 6749 §4.1.2 — the server
   * should then revoke the tokens issued from it (the grant id says which).
   */
  readonly alreadyUsed: boolean;
  /** True when `now` is at or past `expiresAt` (the token endpoint must refuse it). */
  readonly expired: boolean;
}

export interface AccessRequestStore {
  create(request: NewAccessRequest): Promise<AccessRequest>;
  findById(id: string): Promise<AccessRequest | undefined>;
  /**
   * Decides a request in one conditional UPDATE: only the request's own user, only while it is
   * pending and not expired at `now`. Returns the decided request, or undefined when any
   * condition failed (the caller reads the row again to say why).
   */
  decide(d: {
    id: string;
    userId: string;
    status: 'approved' | 'denied' | 'cancelled';
    installationId: string | null;
    cancelReason?: CancelReason | undefined;
    now: Date;
  }): Promise<AccessRequest | undefined>;
  /**
   * The latest request this user approved or denied for the same link: the same group, `state`
   * and return URL (none matches none).
   */
  findAnswered(link: { userId: string; groupId: string; state: string; returnUrl: string | null }): Promise<AccessRequest | undefined>;
  /** Records the grant an approval produced. */
  setGrant(id: string, grantId: string): Promise<void>;
  createAuthorizationCode(code: Omit<AuthorizationCode, 'usedAt'>): Promise<void>;
  /**
   * Marks a code used, atomically, and returns it; a second call returns the same row with
   * `alreadyUsed: true`. Undefined when no such code exists. The caller still checks `expired`,
   * client id, redirect URI and the PKCE verifier.
   */
  consumeAuthorizationCode(codeHash: string, now: Date): Promise<ConsumedAuthorizationCode | undefined>;
  /** Deletes requests and codes that expired before `before` (housekeeping). */
  purgeExpired(before: Date): Promise<number>;
}
