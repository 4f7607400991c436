/**
 * @module
 * English copy of the consent card: `<gk-consent>` loads it lazily, and the server's
 * no-JavaScript consent page reads it through `@grantkit/elements/consent-strings`.
 */

/** The consent card's copy. */
export interface ConsentStrings {
  readonly heading: (partner: string) => string;
  readonly intro: (partner: string) => string;
  readonly introducedAs: (name: string) => string;
  readonly logoAlt: (partner: string) => string;
  readonly permissionsHeading: (partner: string) => string;
  readonly permissions: {
    readonly 'installation:read': string;
    readonly 'installation:settings': string;
    readonly 'chargers:control': string;
  };
  /** Above what the partner already holds on the chosen installation (approving widens it). */
  readonly held: string;
  /** Above what the partner asks in addition to what it holds. */
  readonly added: string;
  readonly scopeNote: string;
  readonly pickerLegend: string;
  readonly alreadyShared: string;
  readonly approve: string;
  readonly deny: string;
  readonly approvedRedirect: (partner: string) => string;
  readonly deniedRedirect: (partner: string) => string;
  readonly chooseInstallation: string;
  readonly expiredTitle: string;
  readonly expiredBody: (partner: string | undefined) => string;
  /** The expired request's body when the server gave the way back to the partner. */
  readonly expiredBack: (partner: string) => string;
  readonly approved: string;
  readonly denied: string;
  readonly notFoundTitle: string;
  readonly notFoundBody: string;
  readonly decidedTitle: string;
  readonly decidedBody: string;
  readonly networkTitle: string;
  readonly serverTitle: string;
  readonly noInstallationsTitle: string;
  readonly noInstallationsBody: string;
  /** Every installation the person may share is already shared with the partner. */
  readonly allSharedTitle: (partner: string) => string;
  /** The installation the link named is already shared with the partner. */
  readonly preselectedSharedTitle: (partner: string, installation: string) => string;
  readonly alreadySharedBody: string;
  /** The link named an installation that is not the person's (or none at all). */
  readonly preselectedUnknownTitle: string;
  readonly preselectedUnknownBody: string;
  /** Ends the request without a decision and returns to the partner. */
  readonly backTo: (partner: string) => string;
  readonly searchLabel: string;
  readonly search: string;
  readonly showMore: string;
  /** Announced after a search or "Show more": how many installations the list now shows. */
  readonly shown: (count: number) => string;
  readonly noMatches: (query: string) => string;
  readonly cancelledRedirect: (partner: string) => string;
  readonly cancelled: string;
}

const consent: ConsentStrings = {
  heading: (partner) => `${partner} asks for access`,
  intro: (partner) => `${partner} wants to manage one of your installations on your behalf.`,
  introducedAs: (name) => `Introduced as “${name}”`,
  logoAlt: (partner) => `${partner} logo`,
  permissionsHeading: (partner) => `If you approve, every member of ${partner} can:`,
  permissions: {
    'installation:read': 'View the installation and its charging history',
    'installation:settings': 'Change installation settings',
    'chargers:control': 'Control and configure all chargers connected to the site',
  },
  held: 'Already allowed:',
  added: 'Also asks:',
  scopeNote: 'Access applies to the whole installation, not only to individual chargers. You can revoke it at any time.',
  pickerLegend: 'Installation to share',
  alreadyShared: 'Already shared',
  approve: 'Approve',
  deny: 'Deny',
  approvedRedirect: (partner) => `Access approved. Taking you back to ${partner}…`,
  deniedRedirect: (partner) => `Request denied. Taking you back to ${partner}…`,
  chooseInstallation: 'Choose an installation you own or administer.',
  expiredTitle: 'This access request has expired',
  expiredBody: (partner) => `Ask ${partner ?? 'the partner'} to send you a new link.`,
  expiredBack: (partner) => `Nothing was shared. Go back to ${partner} to start again.`,
  approved: 'Access approved.',
  denied: 'Request denied.',
  notFoundTitle: 'Access request not found',
  notFoundBody: 'The link may be incomplete. Open the link you received again, or ask for a new one.',
  decidedTitle: 'This request has already been answered',
  decidedBody: 'Nothing more to do here. You can manage access from the installation’s permissions.',
  networkTitle: 'No connection',
  serverTitle: 'Something went wrong',
  noInstallationsTitle: 'No installation to share',
  noInstallationsBody: 'You do not own or administer an installation that could be shared. Go back to the partner, or log in with another account.',
  allSharedTitle: (partner) => `${partner} already has access to all your installations`,
  preselectedSharedTitle: (partner, installation) => `${partner} already has access to ${installation}`,
  alreadySharedBody: 'Nothing more to share. You can manage who has access from your installations’ permissions.',
  preselectedUnknownTitle: 'The installation in the link is not one of yours',
  preselectedUnknownBody: 'It does not exist, or you do not own or administer it. Choose one of yours below, or go back to the partner.',
  backTo: (partner) => `Back to ${partner}`,
  searchLabel: 'Search your installations by name or address',
  search: 'Search',
  showMore: 'Show more',
  shown: (count) => (count === 1 ? '1 installation shown' : `${count} installations shown`),
  noMatches: (query) => `No installation matches “${query}”.`,
  cancelledRedirect: (partner) => `Taking you back to ${partner}…`,
  cancelled: 'Request closed without sharing.',
};

export default consent;
