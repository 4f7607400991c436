/**
 * @module domain/partner-context
 * What the partner rules need: the store, mail, a clock, the public URL (for links) and the
 * acting person. Plain values: no HTTP here.
 */
import type { InvitationMailer } from './model/invitation-mail.js';
import type { Locale } from './locales.js';
import type { Store } from './model/store.js';
import type { User } from './model/user.js';

export interface PartnerContext {
  readonly store: Store;
  readonly mail: InvitationMailer;
  readonly now: Date;
  /** Base for links in emails and logo URLs, without a trailing slash. */
  readonly publicUrl: string;
  readonly invitationTtlHours: number;
  /** Language of the emails this request sends (the sender's, from Accept-Language). */
  readonly locale?: Locale;
}

export interface Actor {
  readonly user: User;
}

/** The audit actor fields for a person. */
export const actorFields = (user: User) => ({ actorUserId: user.id, actorLabel: user.name || user.email });
